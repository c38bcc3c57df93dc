package io.zhibiao.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Confidence and reasons travel from the extractor to storage, provenance, series points and re-extraction. */
@QuarkusTest
class ConfidenceApiTest {

    @Inject
    DSLContext dsl;
    @Inject
    Ingest ingest;

    /** A stated place and a carried one, and a unique tail so the text is new every run. */
    private static String article() {
        return "2025年，德阳市旌阳区新开工重点项目38个，完成投资96.4亿元。当地新增就业岗位5200个。（编号" + UUID.randomUUID() + "）";
    }

    @Test
    void extractShowsConfidenceAndReasonsForEveryFigure() {
        JsonPath json = given().contentType("text/plain; charset=utf-8").body(article())
                .when().post("/api/extract?published=2026-01-20")
                .then().statusCode(200)
                .body("observations.size()", greaterThan(2))
                .body("observations.confidence", everyItem(lessThanOrEqualTo(1.0f)))
                .body("observations.reasons", everyItem(notNullValue()))
                .body("observations.reasons.flatten()", hasItem("region_carried"))
                .extract().jsonPath();
        List<Float> confidences = json.getList("observations.confidence", Float.class);
        assertTrue(confidences.stream().allMatch(c -> c > 0), confidences.toString());
    }

    @Test
    void storedFiguresKeepTheirConfidenceInProvenanceSeriesAndReextraction() {
        String text = article();
        int doc = DocumentResourceTest.authorized().contentType(ContentType.JSON)
                .body(Map.of("title", "旌阳区项目", "source", "德阳日报", "published", "2026-01-20", "text", text))
                .when().post("/api/documents")
                .then().statusCode(201).extract().path("id");
        List<Record> rows = dsl.fetch("SELECT id, indicator_code, region_code, confidence, reasons FROM observation "
                + "WHERE document_id = ? ORDER BY id", (long) doc);
        assertTrue(rows.size() > 2, rows.toString());
        for (Record r : rows) {
            assertNotNull(r.get("confidence"), r.toString());
            assertNotNull(r.get("reasons"), r.toString());
        }
        Record carried = rows.stream().filter(r -> Arrays.asList(r.get("reasons", String[].class)).contains("region_carried"))
                .findFirst().orElseThrow(() -> new AssertionError("no carried figure in " + rows));
        long id = carried.get("id", Long.class);
        float stored = carried.get("confidence", Float.class);

        given().when().get("/api/observations/" + id)
                .then().statusCode(200)
                .body("confidence", equalTo(rounded(stored)))
                .body("reasons", hasItem("region_carried"));

        given().when().get("/api/series?indicator=" + carried.get("indicator_code", String.class)
                        + "&region=" + carried.get("region_code", String.class) + "&from=2025-01-01&to=2025-12-31")
                .then().statusCode(200)
                .body("series.points.flatten().find { it.observationId == " + id + " }.confidence", equalTo(rounded(stored)));

        assertTrue(ingest.reextract(doc, false));
        Record again = dsl.fetchOne("SELECT confidence, reasons FROM observation WHERE id = ?", id);
        assertEquals(stored, again.get("confidence", Float.class));
        assertTrue(Arrays.asList(again.get("reasons", String[].class)).contains("region_carried"));
    }

    /** The stored real as answers write it: three decimals, a float for RestAssured's matcher. */
    private static float rounded(float stored) {
        return (float) (Math.round(stored * 1000.0) / 1000.0);
    }
}
