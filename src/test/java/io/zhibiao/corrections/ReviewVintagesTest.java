package io.zhibiao.corrections;

import static io.restassured.RestAssured.given;
import static io.zhibiao.corrections.CorrectionsTest.etag;
import static io.zhibiao.corrections.CorrectionsTest.figure;
import static io.zhibiao.corrections.CorrectionsTest.id;
import static io.zhibiao.corrections.CorrectionsTest.review;
import static io.zhibiao.corrections.CorrectionsTest.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.zhibiao.ingest.Ingest;
import jakarta.inject.Inject;

/**
 * A review is a new vintage: /vintages lists it (who, when, the verdict, from what to what) on the day asOf= starts
 * answering it, in step with /history, and keeps doing so after re-extraction. Real extractor, real PostgreSQL.
 */
@QuarkusTest
class ReviewVintagesTest {

    static final String TODAY = LocalDate.now().toString();
    static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

    @Inject
    Ingest ingest;

    static JsonPath vintages(long id) {
        return given().get("/api/observations/" + id + "/vintages").then().statusCode(200).extract().jsonPath();
    }

    static long value(JsonPath json, String path) {
        return ((Number) json.get(path)).longValue();
    }

    /** The value asOf= gives for a figure's series point (null when the series holds no point of that id). */
    static Long pointAsOf(String indicator, String region, long id, String day) {
        List<Map<String, Object>> points = given().queryParam("indicator", indicator).queryParam("region", region)
                .queryParam("asOf", day).get("/api/series").then().statusCode(200).extract().jsonPath()
                .getList("series.points.flatten()");
        return points.stream().filter(p -> ((Number) p.get("observationId")).longValue() == id)
                .map(p -> ((Number) p.get("value")).longValue()).findFirst().orElse(null);
    }

    @Test
    void aCorrectionAndAnAcceptanceBeginAVintageOnTheirDayWithWhoAndFromWhatToWhat() {
        var loan = figure(store("宁乡市创业担保贷款", "2025-06-30",
                "截至5月底，宁乡市今年已发放创业担保贷款4.25亿元，扶持创业1830人。"), "loans.issued");
        long id = id(loan);
        String region = (String) loan.get("regionCode");
        JsonPath before = vintages(id);
        assertEquals(1, before.getList("vintages").size(), before.prettify());
        assertEquals("2025-06-30", before.getString("vintages[0].from"));
        assertTrue(before.getList("vintages[0].reviews").isEmpty(), "a publication began it");

        review(id, etag(id), "{\"verdict\":\"correct\",\"changes\":{\"value\":426000000},\"note\":\"原文4.26亿元\"}")
                .then().statusCode(200);
        JsonPath corrected = vintages(id);
        assertEquals(2, corrected.getList("vintages").size(), corrected.prettify());
        assertEquals(TODAY, corrected.getString("vintages[0].until"));
        assertEquals(425000000L, value(corrected, "vintages[0].value"));
        assertEquals(TODAY, corrected.getString("vintages[1].from"));
        assertNull(corrected.get("vintages[1].until"));
        assertEquals(426000000L, value(corrected, "vintages[1].value"));
        assertEquals(id, value(corrected, "vintages[1].observationId"));
        assertEquals("correct", corrected.getString("vintages[1].reviews[0].verdict"));
        assertEquals(425000000L, value(corrected, "vintages[1].reviews[0].before.value"));
        assertEquals(426000000L, value(corrected, "vintages[1].reviews[0].after.value"));
        assertEquals("原文4.26亿元", corrected.getString("vintages[1].reviews[0].note"));
        assertTrue(corrected.getString("vintages[1].reviews[0].editor.subject").startsWith("token:"));

        // The same story as the history and as asOf: the review's id, and the old value before its day.
        JsonPath history = given().get("/api/observations/" + id + "/history").jsonPath();
        assertEquals(history.getLong("reviews[0].id"), corrected.getLong("vintages[1].reviews[0].id"));
        assertEquals(history.getString("reviews[0].editor.name"), corrected.getString("vintages[1].reviews[0].editor.name"));
        assertEquals(425000000L, pointAsOf("loans.issued", region, id, YESTERDAY));
        assertEquals(426000000L, pointAsOf("loans.issued", region, id, TODAY));

        // An acceptance the same day changes no value; it joins the day's vintage, after the correction.
        review(id, etag(id), "{\"verdict\":\"accept\",\"note\":\"核对过\"}").then().statusCode(200);
        JsonPath accepted = vintages(id);
        assertEquals(2, accepted.getList("vintages").size(), accepted.prettify());
        assertEquals(List.of("correct", "accept"), accepted.getList("vintages[1].reviews.verdict"));
        assertEquals(426000000L, value(accepted, "vintages[1].reviews[1].before.value"));
    }

    @Test
    void aRejectionFallsBackToTheOlderReportAndASecondLeavesTheFactWithoutValue() {
        long older = id(figure(store("浏阳市贷款（一）", "2025-01-10", "2024年，浏阳市发放创业担保贷款3.15亿元。"),
                "loans.issued"));
        var newerFigure = figure(store("浏阳市贷款（二）", "2025-03-10", "2024年，浏阳市发放创业担保贷款3.42亿元。"),
                "loans.issued");
        long newer = id(newerFigure);
        String region = (String) newerFigure.get("regionCode");
        JsonPath published = vintages(newer);
        assertEquals(List.of("2025-01-10", "2025-03-10"), published.getList("vintages.from"), published.prettify());

        review(newer, etag(newer), "{\"verdict\":\"reject\",\"note\":\"错稿\"}").then().statusCode(200);
        // The rejected figure's id still answers: its fact is the one its review found it in.
        JsonPath rejected = vintages(newer);
        assertEquals(List.of("2025-01-10", "2025-03-10", TODAY), rejected.getList("vintages.from"), rejected.prettify());
        assertEquals(315000000L, value(rejected, "vintages[2].value"));
        assertEquals(older, value(rejected, "vintages[2].observationId"));
        assertEquals("reject", rejected.getString("vintages[2].reviews[0].verdict"));
        assertEquals(newer, value(rejected, "vintages[2].reviews[0].observationId"));
        assertNull(rejected.get("vintages[2].reviews[0].after"));
        assertEquals(rejected.getList("vintages"), vintages(older).getList("vintages"), "one fact, one story");
        assertEquals(342000000L, pointAsOf("loans.issued", region, newer, YESTERDAY));
        assertNull(pointAsOf("loans.issued", region, newer, TODAY));
        assertEquals(315000000L, pointAsOf("loans.issued", region, older, TODAY));

        review(older, etag(older), "{\"verdict\":\"reject\"}").then().statusCode(200);
        JsonPath none = vintages(older);
        assertEquals(3, none.getList("vintages").size(), "both rejections take effect today: " + none.prettify());
        assertNull(none.get("vintages[2].value"));
        assertNull(none.get("vintages[2].observationId"));
        assertEquals(List.of("reject", "reject"), none.getList("vintages[2].reviews.verdict"));
    }

    @Test
    void aFigureMovedToAnotherRegionKeepsItsVintagesThroughAReextraction() throws Exception {
        var loan = figure(store("醴陵市创业担保贷款", "2025-08-31",
                "截至7月底，醴陵市今年已发放创业担保贷款2.18亿元。"), "loans.issued");
        long id = id(loan);
        String from = (String) loan.get("regionCode");
        review(id, etag(id), "{\"verdict\":\"correct\",\"changes\":{\"region\":\"430211\"},\"note\":\"是天元区的\"}")
                .then().statusCode(200);
        JsonPath moved = vintages(id);
        // In its new fact the figure holds from the day it was moved there; before, the fact had no report.
        assertEquals("430211", moved.getString("region.code"));
        assertEquals(List.of(TODAY), moved.getList("vintages.from"), moved.prettify());
        assertEquals(from, moved.getString("vintages[0].reviews[0].before.region"));
        assertEquals("430211", moved.getString("vintages[0].reviews[0].after.region"));
        assertEquals(218000000L, pointAsOf("loans.issued", from, id, YESTERDAY));
        assertNull(pointAsOf("loans.issued", "430211", id, YESTERDAY));

        long document = given().get("/api/observations/" + id).jsonPath().getLong("document.id");
        assertTrue(ingest.reextract(document, false));
        assertEquals(moved.getList("vintages"), vintages(id).getList("vintages"), "re-extraction changed no vintage");
        assertEquals(218000000L, pointAsOf("loans.issued", from, id, YESTERDAY));
        assertEquals(218000000L, pointAsOf("loans.issued", "430211", id, TODAY));
        assertNull(pointAsOf("loans.issued", from, id, TODAY));
    }
}
