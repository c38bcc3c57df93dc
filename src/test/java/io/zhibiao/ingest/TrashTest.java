package io.zhibiao.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zhibiao.charts.Prerenderer;
import io.zhibiao.series.Fixtures;
import jakarta.inject.Inject;

/**
 * Deletions that can be undone: a document in the trash leaves every answer at once (series, JSON-stat, roll-ups,
 * latest values, rankings, targets, provenance, checks, the review queue, the document list, the indicators of a
 * region, pre-rendered charts and their CSV), as-of answers for days before the deletion still see it, and a restore
 * gives back every answer byte for byte, with the same observation ids.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrashTest {

    static final String T = "t.trash.loans";
    static final String PARENT = "360400"; // 九江市
    static final String X = "360423";      // 武宁县: years from the kept document and the trashed one
    static final String Y = "360424";      // 修水县: a target from the kept one, actuals from the trashed one
    static final String Z = "360425";      // 永修县: only the trashed document reports it
    static final String W = "360426";      // 德安县: only the kept one
    static final String SOURCE = "回收站测试报";

    @Inject
    DSLContext dsl;
    @Inject
    Prerenderer prerenderer;
    @Inject
    TrashPurger purger;

    static long kept;
    static long trashed;

    @BeforeEach
    void storeTwoDocumentsOnce() throws InterruptedException {
        if (trashed != 0) {
            return;
        }
        Fixtures data = Fixtures.here();
        data.indicator(T, "money_cny", true);
        // A database this class ran on before: its documents and charts go (the fact table follows by trigger).
        dsl.execute("DELETE FROM document WHERE source = ?", SOURCE);
        dsl.execute("DELETE FROM chart WHERE indicator_code = ?", T);
        kept = data.announcedDocument("九江各县贷款（上半年）", SOURCE, LocalDate.of(2025, 6, 1), PARENT, doc -> {
            for (int year = 2021; year <= 2023; year++) {
                data.observation(doc, T, X, year, 10e8 + year);
            }
            data.observation(doc, T, Y, 2023, 7e8);
            data.observation(doc, T, W, 2023, 5e8);
            data.observation(doc, T, Y, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "target", 9e8);
        });
        trashed = data.announcedDocument("九江各县贷款（全年）", SOURCE, LocalDate.of(2026, 2, 1), PARENT, doc -> {
            data.observation(doc, T, X, 2023, 30e8); // a newer report of a fact the kept document has, and far off it
            data.observation(doc, T, X, 2024, 12e8);
            data.observation(doc, T, X, 2025, 13e8);
            data.observation(doc, T, Y, 2024, 7.5e8);
            data.observation(doc, T, Y, 2025, 8e8);
            for (int year = 2021; year <= 2025; year++) {
                data.observation(doc, T, Z, year, 3e8 + year);
            }
        });
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
    }

    /** Every answer the two documents feed, by name; charts as their CSV and PNG bytes. */
    private Map<String, byte[]> answers(String asOf) {
        String at = asOf == null ? "" : "&asOf=" + asOf;
        var urls = new LinkedHashMap<String, String>();
        urls.put("series", "/api/series?indicator=" + T + "&region=" + String.join(",", X, Y, Z, W) + at);
        urls.put("jsonstat", "/api/series?indicator=" + T + "&region=" + String.join(",", X, Y, Z, W) + "&format=jsonstat" + at);
        urls.put("aggregate", "/api/aggregate?indicator=" + T + "&parent=" + PARENT + "&level=county&period=2025" + at);
        urls.put("latest", "/api/latest?indicator=" + T + "&parent=" + PARENT + "&level=county" + at);
        urls.put("rankings", "/api/rankings?indicator=" + T + "&parent=" + PARENT + "&level=county&period=2023" + at);
        urls.put("render", "/api/charts/render.csv?indicator=" + T + "&region=" + X + at);
        if (asOf == null) { // these take no asOf
            urls.put("targets", "/api/targets?indicator=" + T + "&region=" + Y);
            urls.put("checks", "/api/checks?indicator=" + T);
            urls.put("review", "/api/review?region=" + PARENT + "&indicator=" + T);
            urls.put("documents", "/api/documents?source=" + SOURCE);
            urls.put("indicators", "/api/indicators?region=" + PARENT + "&descendants=true");
        }
        Map<String, byte[]> answers = new LinkedHashMap<>();
        urls.forEach((name, url) -> answers.put(name, body(url)));
        // A finding's id is a row id of check_finding, made anew whenever a write touches its series (any ingest
        // does): not part of what is compared, in the checks and in the review queue. Everything else of them is.
        for (String withFindings : List.of("checks", "review")) {
            answers.computeIfPresent(withFindings, (name, bytes) -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("\\{\"id\":[0-9]+,\"check\"", "{\"check\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (asOf == null) {
            for (String key : chartKeys()) {
                answers.put(key + ".csv", body("/api/charts/" + key + ".csv"));
                answers.put(key + ".png", body("/api/charts/" + key + ".png"));
            }
        }
        return answers;
    }

    private static byte[] body(String url) {
        return given().when().get(url).then().statusCode(200).extract().asByteArray();
    }

    private static Set<String> chartKeys() {
        List<String> keys = given().queryParam("indicator", T).queryParam("size", 100).when().get("/api/charts")
                .then().statusCode(200).extract().path("items.key");
        return new TreeSet<>(keys);
    }

    private static List<Long> observationIds(long document) {
        List<Number> ids = given().when().get("/api/documents/" + document).then().statusCode(200)
                .extract().path("observations.id");
        return ids.stream().map(Number::longValue).toList();
    }

    private static String cursor() {
        return given().when().get("/api/changes").then().statusCode(200).extract().path("cursor");
    }

    private static RequestSpecification writer() {
        return given().header("Authorization", "Bearer test-token");
    }

    private static String yesterdayInChina() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    }

    @Test
    @Order(1)
    void aTrashedDocumentLeavesEveryAnswerAndARestoreGivesEachBackByteForByte() throws InterruptedException {
        Map<String, byte[]> before = answers(null);
        Map<String, byte[]> beforeAsOfYesterday = answers(yesterdayInChina());
        List<Long> ids = observationIds(trashed);
        Set<String> chartsBefore = chartKeys();
        assertTrue(chartsBefore.contains("series_" + T + "_" + Z), "Z's series is charted: " + chartsBefore);
        assertTrue(chartsBefore.contains("compare_" + T + "_" + PARENT), chartsBefore.toString());
        given().when().get("/api/checks?indicator=" + T).then().body("items.check", hasItem("conflicting_reports"));
        String start = cursor();

        writer().when().delete("/api/documents/" + trashed).then().statusCode(204);
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));

        Map<String, byte[]> during = answers(null);
        for (String name : List.of("series", "jsonstat", "aggregate", "latest", "rankings", "targets", "render", "checks",
                "documents", "indicators")) {
            assertFalse(java.util.Arrays.equals(before.get(name), during.get(name)), name + " should change: "
                    + new String(during.get(name), java.nio.charset.StandardCharsets.UTF_8));
        }
        String series = new String(during.get("series"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(series.contains("30000202"), "Z has no figure left: " + series);
        assertFalse(series.contains("3000000000"), "the kept document's 2023 value is chosen again: " + series);
        given().when().get("/api/checks?indicator=" + T).then().body("items.check", not(hasItem("conflicting_reports")));
        given().when().get("/api/observations/" + ids.get(0)).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().queryParam("source", SOURCE).when().get("/api/documents").then().body("items.id", not(hasItem((int) trashed)));
        given().queryParam("trashed", "true").when().get("/api/documents").then().statusCode(200)
                .body("items.id", hasItem((int) trashed));
        given().when().get("/api/documents/" + trashed).then().statusCode(200)
                .body("trashedAt", notNullValue()).body("purgeAfter", notNullValue());
        // Pre-rendered charts: Z's chart is gone, the comparison is redrawn without the trashed year.
        Set<String> chartsDuring = chartKeys();
        assertFalse(chartsDuring.contains("series_" + T + "_" + Z), chartsDuring.toString());
        given().when().get("/api/charts/series_" + T + "_" + Z + ".csv").then().statusCode(404);
        String compare = given().when().get("/api/charts/compare_" + T + "_" + PARENT + ".csv").then().statusCode(200)
                .extract().asString();
        assertFalse(compare.contains("2025"), compare);
        String xCsv = given().when().get("/api/charts/series_" + T + "_" + X + ".csv").then().statusCode(200)
                .extract().asString();
        assertFalse(xCsv.contains("2024"), "the chart of X was redrawn without the trashed years: " + xCsv);
        // As of yesterday the document was there: those answers did not change.
        Map<String, byte[]> duringAsOfYesterday = answers(yesterdayInChina());
        beforeAsOfYesterday.forEach((name, bytes) -> assertArrayEquals(bytes, duringAsOfYesterday.get(name), name));
        given().queryParam("asOf", yesterdayInChina()).when().get("/api/observations/" + ids.get(0)).then().statusCode(200);
        // The change feed says which series the deletion changed, and why.
        given().queryParam("since", start).when().get("/api/changes").then().statusCode(200)
                .body("changes.findAll { it.indicator == '" + T + "' }.reasons.flatten()", hasItem("delete"))
                .body("changes.findAll { it.indicator == '" + T + "' }.region", hasItem(Z));

        String beforeRestore = cursor();
        writer().when().post("/api/documents/" + trashed + "/restore").then().statusCode(200)
                .body("id", equalTo((int) trashed)).body("trashedAt", equalTo(null));
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));

        Map<String, byte[]> after = answers(null);
        assertEquals(before.keySet(), after.keySet(), "the same charts are pre-rendered again");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " differs after the restore: "
                + new String(after.get(name), java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(ids, observationIds(trashed), "the observations come back with their ids");
        given().queryParam("since", beforeRestore).when().get("/api/changes").then().statusCode(200)
                .body("changes.findAll { it.indicator == '" + T + "' }.reasons.flatten()", hasItem("restore"));
    }

    @Test
    @Order(2)
    void theSameTextWhileInTheTrashAnswers409PointingAtTheRestore() {
        String text = "2025年，九江市湖口县发放创业担保贷款2.4亿元。" + UUID.randomUUID();
        Map<String, String> body = Map.of("title", "湖口县创业贷款", "source", "回收站测试报", "published", "2026-01-06",
                "text", text);
        int id = writer().contentType(ContentType.JSON).body(body).post("/api/documents").then().statusCode(201)
                .extract().path("id");
        writer().when().delete("/api/documents/" + id).then().statusCode(204);
        writer().when().delete("/api/documents/" + id).then().statusCode(204); // already there: nothing changes
        writer().contentType(ContentType.JSON).body(body).post("/api/documents").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("POST /api/documents/" + id + "/restore"));
        writer().when().post("/api/documents/" + id + "/restore").then().statusCode(200);
        writer().contentType(ContentType.JSON).body(body).post("/api/documents").then().statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    @Order(3)
    void restoringAnUnknownOrPurgedDocumentAnswers404AndOnlyAnAdminPurges() {
        long unknown = dsl.fetchOne("SELECT coalesce(max(id), 0) + 1000 FROM document").get(0, Long.class);
        writer().when().post("/api/documents/" + unknown + "/restore").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        long doc = Fixtures.here().announcedDocument("清除测试", SOURCE, LocalDate.of(2026, 1, 2), null,
                d -> Fixtures.here().observation(d, T, W, 2020, 1e8));
        writer().when().delete("/api/documents/" + doc).then().statusCode(204);
        String start = cursor();
        writer().queryParam("purge", "true").when().delete("/api/documents/" + doc).then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("role admin"));
        given().header("Authorization", "Bearer editor-token").queryParam("purge", "true").when()
                .delete("/api/documents/" + doc).then().statusCode(403);
        admin().queryParam("purge", "true").when().delete("/api/documents/" + doc).then().statusCode(204);
        writer().when().post("/api/documents/" + doc + "/restore").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("purged"));
        admin().queryParam("purge", "true").when().delete("/api/documents/" + doc).then().statusCode(404);
        given().queryParam("since", start).when().get("/api/changes").then().statusCode(200)
                .body("changes.findAll { it.region == '" + W + "' }.reasons.flatten()", hasItem("purge"));
        assertEquals(0, dsl.fetchCount(dsl.selectFrom("observation").where("document_id = ?", doc)));
    }

    @Test
    @Order(4)
    void thePurgeRemovesWhatOutlivedTheRetentionAndNothingElse() {
        long old = Fixtures.here().announcedDocument("过期清除", SOURCE, LocalDate.of(2026, 1, 3), null,
                d -> Fixtures.here().observation(d, T, W, 2019, 1e8));
        long recent = Fixtures.here().announcedDocument("近期删除", SOURCE, LocalDate.of(2026, 1, 4), null,
                d -> Fixtures.here().observation(d, T, W, 2018, 1e8));
        writer().when().delete("/api/documents/" + old).then().statusCode(204);
        writer().when().delete("/api/documents/" + recent).then().statusCode(204);
        // As if the first went 31 days ago (the retention is 30 days).
        dsl.execute("UPDATE document SET deleted_at = now() - interval '31 days' WHERE id = ?", old);
        assertTrue(purger.purgeDue() >= 1);
        given().when().get("/api/documents/" + old).then().statusCode(404);
        given().when().get("/api/documents/" + recent).then().statusCode(200).body("trashedAt", notNullValue());
        assertNotEquals(0, dsl.fetchCount(dsl.selectFrom("observation").where("document_id = ?", recent)));
        List<Object> kept = new ArrayList<>(given().queryParam("trashed", "true").queryParam("size", 100)
                .when().get("/api/documents").then().extract().path("items.id"));
        assertTrue(kept.contains((int) recent) && !kept.contains((int) old), kept.toString());
    }

    /** A token with the admin role. */
    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer admin-token");
    }
}
