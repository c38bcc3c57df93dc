package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** What a front end can find out without guessing: indicators of a region, regions by name, documents. */
@QuarkusTest
class DiscoveryTest {

    static final String LOANS = "t11dis.loans";
    static final String PROJECTS = "t11dis.projects";
    static final String ALTAY = "654300";
    static final String JIMUNAI = "654326";

    @Inject
    DSLContext dsl;

    @BeforeEach
    void storeReports() {
        Fixtures.writeOnce(LOANS, "money_cny", true, data -> {
            data.indicator(PROJECTS, "count", true);
            long doc = data.document("吉木乃县 2025", LocalDate.of(2026, 1, 5));
            data.observation(doc, LOANS, JIMUNAI, 2024, 3e8);
            data.observation(doc, LOANS, JIMUNAI, 2025, 4e8);
            data.observation(doc, LOANS, JIMUNAI, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30), "actual", 2e8);
            data.observation(doc, PROJECTS, ALTAY, 2025, 45);
        });
    }

    @Test
    void listsTheIndicatorsWithDataForARegion() {
        given().queryParam("region", JIMUNAI)
                .when().get("/api/indicators")
                .then().statusCode(200)
                .body("code", contains(LOANS))
                .body("[0].observations", equalTo(3))
                .body("[0].firstPeriodStart", equalTo("2024-01-01"))
                .body("[0].lastPeriodEnd", equalTo("2025-12-31"))
                .body("[0].periodTypes", contains("year", "ytd"));
        given().queryParam("region", ALTAY).queryParam("descendants", "true")
                .when().get("/api/indicators")
                .then().statusCode(200)
                .body("code", contains(LOANS, PROJECTS))
                .body("[1].regions", equalTo(1));
        given().when().get("/api/indicators")
                .then().statusCode(200)
                .body("code", hasItem(PROJECTS))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("observations")));
    }

    @Test
    void findsRegionsByName() {
        given().queryParam("q", "武侯")
                .when().get("/api/regions")
                .then().statusCode(200)
                .body("code", contains("510107"));
        given().queryParam("q", "南昌").queryParam("level", "prefecture")
                .when().get("/api/regions")
                .then().statusCode(200)
                .body("code", contains("360100"));
    }

    @Test
    void readsParentWithLevelAsEveryRegionOfThatLevelUnderIt() {
        int counties = dsl.fetchCount(dsl.selectFrom("region").where("level = 'county' AND code LIKE '36%'"));
        given().queryParam("parent", "360000").queryParam("level", "county")
                .when().get("/api/regions")
                .then().statusCode(200)
                .body("$", hasSize(counties))
                .body("level", everyItem(equalTo("county")));
    }

    @Test
    void namesUnknownQueryParameters() {
        given().queryParam("indicator", LOANS).queryParam("regoin", "510107").queryParam("region", "510107")
                .when().get("/api/series")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("Unknown query parameter 'regoin'; this operation takes"));
        given().queryParam("levle", "county")
                .when().get("/api/regions")
                .then().statusCode(400)
                .body("detail", startsWith("Unknown query parameter 'levle'"));
        given().queryParam("indicator", LOANS).queryParam("region", "510107").queryParam("periodType", "week")
                .when().get("/api/series")
                .then().statusCode(400)
                .body("detail", startsWith("Parameter 'periodType' must be one of [year, quarter, month, ytd, span, asof]"));
    }

    @Test
    void keepsADocumentsUrlAndServesItsText() {
        String text = "2025年，武侯区新开工重点项目45个，完成投资128.6亿元。" + System.nanoTime();
        String outlet = "成都日报 " + System.nanoTime();
        int id = given().header("Authorization", "Bearer test-token").contentType("application/json")
                .body(java.util.Map.of("title", "武侯区项目建设", "source", outlet, "published", "2026-01-05",
                        "region", "510107", "text", text, "url", "https://example.cn/wuhou/2026/01/05.html"))
                .when().post("/api/documents")
                .then().statusCode(201)
                .body("url", equalTo("https://example.cn/wuhou/2026/01/05.html"))
                .extract().path("id");
        String served = given().when().get("/api/documents/" + id + "/text")
                .then().statusCode(200).contentType(startsWith("text/plain")).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(text, served);
        given().queryParam("source", outlet).queryParam("publishedFrom", "2026-01-01")
                .queryParam("publishedTo", "2026-01-31").queryParam("region", "510000")
                .when().get("/api/documents")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        given().queryParam("source", outlet).queryParam("region", "360000")
                .when().get("/api/documents")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().header("Authorization", "Bearer test-token").contentType("application/json")
                .body(java.util.Map.of("title", "t", "source", "s", "published", "2026-01-05", "text", "x", "url", "javascript:alert(1)"))
                .when().post("/api/documents")
                .then().statusCode(400)
                .body("detail", startsWith("Field 'url' must be an absolute http or https URL"));
    }
}
