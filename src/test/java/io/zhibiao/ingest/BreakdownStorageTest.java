package io.zhibiao.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * Figures on one indicator that are items of a classification (粗钢 and 钢材 of the products) are facts and series of
 * their own, apart from each other and from the indicator's total (V90).
 */
@QuarkusTest
class BreakdownStorageTest {

    /** 嘉峪关市, a year no other test writes: the total's growth and two products' growth. */
    private static final String REGION = "620200";
    private static final String TEXT = "2019年，嘉峪关市规模以上工业增加值增长6.5%，粗钢产量增长2.7%，钢材产量增长5.4%。";

    @Inject
    Ingest ingest;
    @Inject
    DSLContext dsl;

    private int document;

    @BeforeEach
    void storeTheBulletin() {
        document = DocumentResourceTest.authorized().contentType(ContentType.JSON)
                .body(Map.of("title", "嘉峪关市统计公报", "source", "嘉峪关日报", "published", "2020-03-20",
                        "text", TEXT + "（编号" + UUID.randomUUID() + "）"))
                .when().post("/api/documents")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void storesEachProductAsItsOwnFact() {
        assertEquals(List.of("product=粗钢", "product=钢材"), dsl.fetchValues("""
                SELECT breakdown FROM fact WHERE indicator_code = 'output.mass.yoy' AND region_code = ?
                  AND period_start = DATE '2019-01-01' ORDER BY breakdown""", REGION));
        given().when().get("/api/documents/" + document)
                .then().statusCode(200)
                .body("observations.breakdown.product", hasItem("钢材"));
    }

    @Test
    void givesEveryProductItsOwnSeriesAndLeavesTheTotalAlone() {
        series("output.mass.yoy", "product:粗钢")
                .body("breakdown.product", equalTo("粗钢"))
                .body("series[0].points.size()", equalTo(1))
                .body("series[0].points[0].value", equalTo(2.7f));
        series("output.mass.yoy", "product:钢材")
                .body("series[0].points[0].value", equalTo(5.4f));
        series("output.mass.yoy", null)
                .body("breakdown", nullValue())
                .body("series[0].points.size()", equalTo(0));
        series("industry.value_added.yoy", null)
                .body("series[0].points.size()", equalTo(1))
                .body("series[0].points[0].value", equalTo(6.5f));
    }

    @Test
    void latestValuesAndRankingsTakeTheBreakdown() {
        given().queryParam("indicator", "output.mass.yoy").queryParam("level", "prefecture")
                .queryParam("parent", "620000").queryParam("breakdown", "product:钢材")
                .when().get("/api/latest")
                .then().statusCode(200)
                .body("breakdown.product", equalTo("钢材"))
                .body("regions.find { it.region.code == '620200' }.value", equalTo(5.4f));
        given().queryParam("indicator", "output.mass.yoy").queryParam("level", "prefecture")
                .queryParam("parent", "620000").queryParam("period", "2019").queryParam("breakdown", "product:粗钢")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("ranking[0].value.value", equalTo(2.7f));
    }

    /** Every CSV answer names the breakdown in one place, right before the region; the total's CSV has no such column. */
    @Test
    void everyCsvAnswerNamesTheBreakdownBeforeTheRegion() {
        Map<String, Map<String, String>> reads = Map.of(
                "/api/series", Map.of("region", REGION, "from", "2019", "to", "2019"),
                "/api/aggregate", Map.of("parent", "620000", "level", "prefecture", "period", "2019", "fn", "max"),
                "/api/latest", Map.of("parent", "620000", "level", "prefecture"),
                "/api/rankings", Map.of("parent", "620000", "level", "prefecture", "period", "2019"));
        reads.forEach((path, params) -> {
            List<String> lines = csv(path, params, "product:粗钢");
            List<String> header = List.of(lines.get(0).split(","));
            int at = header.indexOf("breakdown");
            assertEquals(header.indexOf("region_code") - 1, at, path + " " + header);
            String row = lines.stream().filter(l -> l.contains(REGION)).findFirst().orElseThrow();
            assertEquals("product=粗钢", row.split(",")[at], path + " " + row);
            assertEquals(-1, csv(path, params, null).get(0).indexOf("breakdown"), path + ": the total's CSV as before");
        });
    }

    private static List<String> csv(String path, Map<String, String> params, String breakdown) {
        var request = given().queryParams(params).queryParam("indicator", "output.mass.yoy").queryParam("format", "csv");
        if (breakdown != null) {
            request = request.queryParam("breakdown", breakdown);
        }
        String body = request.when().get(path).then().statusCode(200).extract().asString();
        return List.of(body.replace("\uFEFF", "").split("\r?\n")); // without the byte-order mark spreadsheets read
    }

    @Test
    void reextractionKeepsTheIdsAndBreakdowns() {
        List<?> before = rows();
        ingest.reextract(document, false);
        assertEquals(before, rows());
    }

    @Test
    void jsonStatNamesTheBreakdown() {
        given().queryParam("indicator", "output.mass.yoy").queryParam("region", REGION).queryParam("from", "2019")
                .queryParam("to", "2019").queryParam("breakdown", "product:粗钢").queryParam("format", "jsonstat")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("extension.breakdown.product", equalTo("粗钢"))
                .body("label", containsString("粗钢"))
                .body("value[0]", equalTo(2.7f));
    }

    @Test
    void theCatalogSaysWhichClassificationsSplitAnIndicator() {
        given().when().get("/api/indicators/output.mass.yoy")
                .then().statusCode(200)
                .body("code", equalTo("output.mass.yoy"))
                .body("classifications", hasItem("product"));
        given().when().get("/api/classifications")
                .then().statusCode(200)
                .body("find { it.dimension == 'product' }.items", hasItem("粗钢"));
    }

    @Test
    void rejectsAMalformedBreakdown() {
        for (String bad : List.of("product", "product:", ":粗钢", "product:粗钢,product:钢材", "Product:粗钢", "a:b;c=d")) {
            given().queryParam("indicator", "output.mass.yoy").queryParam("region", REGION).queryParam("breakdown", bad)
                    .when().get("/api/series")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("'breakdown'"));
        }
    }

    private ValidatableResponse series(String indicator, String breakdown) {
        var request = given().queryParam("indicator", indicator).queryParam("region", REGION)
                .queryParam("from", "2019").queryParam("to", "2019");
        if (breakdown != null) {
            request = request.queryParam("breakdown", breakdown);
        }
        return request.when().get("/api/series").then().statusCode(200);
    }

    private List<?> rows() {
        return dsl.fetchValues("SELECT id || ' ' || indicator_code || ' ' || breakdown FROM observation "
                + "WHERE document_id = ? ORDER BY id", document);
    }
}
