package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static io.zhibiao.series.NumberMatcher.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * asOf= on every read endpoint: 分宜县 reported 2.9亿 on 2025-03-01, repeated it on 2025-06-01 and revised it to
 * 3亿 on 2026-01-08; 渝水区 reported 5亿 only on 2026-01-08.
 */
@QuarkusTest
class AsOfTest {

    static final String LOANS = "t14asof.loans";
    static final String FENYI = "360521";
    static final String YUSHUI = "360502";
    static final String XINYU = "360500";

    @Inject
    DSLContext dsl;

    @BeforeEach
    void storeVintages() {
        Fixtures.writeOnce(LOANS, "money_cny", true, data -> {
            long first = data.document("分宜县 初报", LocalDate.of(2025, 3, 1));
            long repeat = data.document("分宜县 再报", LocalDate.of(2025, 6, 1));
            long revised = data.document("分宜县 修订", LocalDate.of(2026, 1, 8));
            data.observation(first, LOANS, FENYI, 2025, 2.9e8);
            data.observation(repeat, LOANS, FENYI, 2025, 2.9e8);
            data.observation(revised, LOANS, FENYI, 2025, 3e8);
            data.observation(revised, LOANS, YUSHUI, 2025, 5e8);
        });
    }

    private long idOf(String title, String region) {
        return dsl.fetchOne("SELECT o.id FROM observation o JOIN document d ON d.id = o.document_id "
                + "WHERE o.indicator_code = ? AND d.title = ? AND o.region_code = ?", LOANS, title, region).get(0, Long.class);
    }

    @Test
    void seriesAnswersWhatWasKnownOnTheDay() {
        given().queryParam("indicator", LOANS).queryParam("region", FENYI).queryParam("asOf", "2025-12-31")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("asOf", equalTo("2025-12-31"))
                .body("series[0].points", hasSize(1))
                .body("series[0].points[0].value", number(2.9e8))
                .body("series[0].points[0].alternatives", equalTo(1)); // the repeat of 2025-06-01; the revision not yet
        given().queryParam("indicator", LOANS).queryParam("region", FENYI).queryParam("asOf", "2026-01-08")
                .when().get("/api/series")
                .then().statusCode(200).body("series[0].points[0].value", number(3e8))
                .body("series[0].points[0].alternatives", equalTo(2));
        given().queryParam("indicator", LOANS).queryParam("region", FENYI).queryParam("asOf", "2025-02-28")
                .when().get("/api/series")
                .then().statusCode(200).body("series[0].points", hasSize(0));
        // Without asOf: today's answer, the revision, and no asOf in it.
        given().queryParam("indicator", LOANS).queryParam("region", FENYI)
                .when().get("/api/series")
                .then().statusCode(200).body("series[0].points[0].value", number(3e8))
                .body("$", not(hasKey("asOf")));
    }

    @Test
    void rollUpsLatestValuesAndRankingsAnswerAsOfTheDay() {
        given().queryParam("indicator", LOANS).queryParam("parent", XINYU).queryParam("level", "county")
                .queryParam("period", "2025").queryParam("asOf", "2025-12-31")
                .when().get("/api/aggregate")
                .then().statusCode(200)
                .body("asOf", equalTo("2025-12-31"))
                .body("rollup.value", number(2.9e8))
                .body("coverage.reporting", equalTo(1));
        given().queryParam("indicator", LOANS).queryParam("parent", XINYU).queryParam("level", "county")
                .queryParam("period", "2025")
                .when().get("/api/aggregate")
                .then().statusCode(200)
                .body("rollup.value", number(8e8))
                .body("coverage.reporting", equalTo(2));
        given().queryParam("indicator", LOANS).queryParam("parent", XINYU).queryParam("level", "county")
                .queryParam("asOf", "2025-12-31")
                .when().get("/api/latest")
                .then().statusCode(200)
                .body("asOf", equalTo("2025-12-31"))
                .body("regions.find { it.region.code == '" + FENYI + "' }.value", number(2.9e8))
                .body("regions.find { it.region.code == '" + YUSHUI + "' }.value", nullValue());
        given().queryParam("indicator", LOANS).queryParam("parent", XINYU).queryParam("level", "county")
                .queryParam("period", "2025").queryParam("asOf", "2025-12-31")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("asOf", equalTo("2025-12-31"))
                .body("ranking", hasSize(1))
                .body("ranking[0].value.region.code", equalTo(FENYI))
                .body("ranking[0].value.value", number(2.9e8));
        given().queryParam("indicator", LOANS).queryParam("parent", XINYU).queryParam("level", "county")
                .queryParam("period", "2025").queryParam("asOf", "2026-01-08")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("ranking", hasSize(2))
                .body("ranking[0].value.region.code", equalTo(YUSHUI));
    }

    @Test
    void provenanceAsOfSeesOnlyReportsPublishedByThen() {
        long first = idOf("分宜县 初报", FENYI);
        given().queryParam("asOf", "2025-12-31").when().get("/api/observations/" + first)
                .then().statusCode(200)
                .body("chosen", equalTo(false)) // the repeat of 2025-06-01 is newer
                .body("otherReports", hasSize(1))
                .body("otherReports[0].document.title", equalTo("分宜县 再报"));
        given().when().get("/api/observations/" + first)
                .then().statusCode(200).body("otherReports", hasSize(2));
        long revised = idOf("分宜县 修订", FENYI);
        given().queryParam("asOf", "2025-12-31").when().get("/api/observations/" + revised)
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("published on or before 2025-12-31"));
    }

    @Test
    void chartsRenderedOnDemandDrawWhatWasKnownOnTheDay() {
        given().queryParam("indicator", LOANS).queryParam("region", FENYI).queryParam("asOf", "2025-12-31")
                .when().get("/api/charts/render.csv")
                .then().statusCode(200)
                .body(containsString(",290000000,"))
                .body(not(containsString(",300000000,")));
        given().queryParam("indicator", LOANS).queryParam("region", FENYI)
                .when().get("/api/charts/render.csv")
                .then().statusCode(200).body(containsString(",300000000,"));
        given().queryParam("indicator", LOANS).queryParam("region", FENYI).queryParam("asOf", "2025-02-01")
                .when().get("/api/charts/render.png")
                .then().statusCode(404);
    }

    @Test
    void vintagesListEachValueWithTheDayFromWhichItHeld() {
        given().when().get("/api/observations/" + idOf("分宜县 再报", FENYI) + "/vintages")
                .then().statusCode(200)
                .body("indicator", equalTo(LOANS))
                .body("region.code", equalTo(FENYI))
                .body("periodType", equalTo("year"))
                .body("vintages", hasSize(2)) // the repeat of 2025-06-01 changed nothing
                .body("vintages[0].from", equalTo("2025-03-01"))
                .body("vintages[0].until", equalTo("2026-01-08"))
                .body("vintages[0].value", number(2.9e8))
                .body("vintages[0].document.title", equalTo("分宜县 初报"))
                .body("vintages[1].from", equalTo("2026-01-08"))
                .body("vintages[1].until", nullValue())
                .body("vintages[1].value", number(3e8));
        given().when().get("/api/observations/999999999/vintages").then().statusCode(404);
        given().queryParam("asOf", "2025-12-31").when().get("/api/observations/1/vintages")
                .then().statusCode(400).body("detail", containsString("'asOf'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "20251231", "2025-12", "1899-12-31", "2101-01-01", " ", "２０２５-01-01"})
    void refusesABadAsOfOnEveryEndpoint(String bad) {
        String[] reads = {
            "/api/series?indicator=" + LOANS + "&region=" + FENYI,
            "/api/aggregate?indicator=" + LOANS + "&parent=" + XINYU + "&level=county&period=2025",
            "/api/latest?indicator=" + LOANS + "&parent=" + XINYU + "&level=county",
            "/api/rankings?indicator=" + LOANS + "&parent=" + XINYU + "&level=county&period=2025",
            "/api/observations/" + idOf("分宜县 初报", FENYI),
            "/api/charts/render.png?indicator=" + LOANS + "&region=" + FENYI,
        };
        for (String read : reads) {
            given().urlEncodingEnabled(false).when().get(read + (read.contains("?") ? "&" : "?") + "asOf="
                            + java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8))
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("detail", containsString("Parameter 'asOf'"));
        }
    }
}
