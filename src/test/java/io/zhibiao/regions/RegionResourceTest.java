package io.zhibiao.regions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class RegionResourceTest {

    @Inject
    DSLContext dsl;

    /** Nationwide roll-ups and rankings read every region of a level without walking the tree (series.ChildValues). */
    @Test
    void everyRegionDescendsFromChina() {
        int reachable = dsl.fetchOne("WITH RECURSIVE tree(code) AS (SELECT code FROM region WHERE parent_code = '000000' "
                + "UNION ALL SELECT r.code FROM region r JOIN tree ON r.parent_code = tree.code) SELECT count(*) FROM tree")
                .get(0, Integer.class);
        int regions = dsl.fetchCount(dsl.selectFrom("region").where("code <> '000000'"));
        assertEquals(regions, reachable);
    }

    @Test
    void jiangxiHasElevenPrefectureLevelChildren() {
        given().queryParam("parent", "360000").queryParam("level", "prefecture")
                .when().get("/api/regions")
                .then().statusCode(200)
                .body("$", hasSize(11))
                .body("parentCode", everyItem(equalTo("360000")))
                .body("find { it.code == '360600' }.name", equalTo("鹰潭市"));
        given().when().get("/api/regions/360000")
                .then().statusCode(200)
                .body("children", hasSize(11))
                .body("parent.code", equalTo("000000"));
    }

    @Test
    void yujiangDistrictSitsUnderYingtanCity() {
        given().when().get("/api/regions/360603")
                .then().statusCode(200)
                .body("region.name", equalTo("余江区"))
                .body("region.level", equalTo("county"))
                .body("parent.code", equalTo("360600"))
                .body("ancestors.code", equalTo(java.util.List.of("360600", "360000", "000000")));
    }

    @Test
    void listsEveryProvinceLevelUnit() {
        given().queryParam("level", "province").when().get("/api/regions")
                .then().statusCode(200).body("$", hasSize(31));
    }

    @Test
    void answersNotFoundForAnUnknownCode() {
        given().when().get("/api/regions/999999")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No region has the code 999999"));
    }

    @Test
    void answersBadRequestForAMalformedCode() {
        given().when().get("/api/regions/36060X")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("Parameter 'code' must be a 6-digit region code"));
    }

    @Test
    void rejectsAnUnknownLevel() {
        given().queryParam("level", "village").when().get("/api/regions")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("Parameter 'level' must be one of"));
    }

    @Test
    void listsRegionsAsCsvForSpreadsheets() {
        byte[] csv = given().queryParam("parent", "360000").queryParam("format", "csv")
                .when().get("/api/regions")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(text.startsWith("\uFEFF"), "a BOM lets Excel read UTF-8");
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("360600,鹰潭市,鹰潭,prefecture,360000"), text);
    }
}
