package io.zhibiao.corrections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zhibiao.ingest.Ingest;
import jakarta.inject.Inject;

/**
 * Every path of a review against the real PostgreSQL: the figures are read by the real extractor from texts of
 * this test, reviewed over HTTP, and read back through the series, the history, the list and re-extraction.
 */
@QuarkusTest
class CorrectionsTest {

    static final String EDITOR = "Bearer editor-token";

    @Inject
    Ingest ingest;
    @Inject
    DataSource dataSource;

    /** Stores a text and answers its observations, in the order the document lists them. */
    static List<Map<String, Object>> store(String title, String published, String text) {
        long id = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("title", title, "source", "校对测试报", "published", published, "text", text))
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        return given().get("/api/documents/" + id).then().statusCode(200).extract().jsonPath()
                .getList("observations");
    }

    static long documentOf(long observationId) {
        return given().get("/api/observations/" + observationId).then().statusCode(200).extract().jsonPath()
                .getLong("document.id");
    }

    static String etag(long id) {
        return given().get("/api/observations/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response review(long id, String ifMatch, String body) {
        var request = given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/api/observations/" + id + "/review");
    }

    static Map<String, Object> figure(List<Map<String, Object>> observations, String indicator) {
        return observations.stream().filter(o -> indicator.equals(o.get("indicator"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + indicator + " in " + observations));
    }

    static long id(Map<String, Object> o) {
        return ((Number) o.get("id")).longValue();
    }

    /** The points of one region's series of an indicator (all period types). */
    static List<Map<String, Object>> points(String indicator, String region) {
        return given().queryParam("indicator", indicator).queryParam("region", region).get("/api/series")
                .then().statusCode(200).extract().jsonPath().getList("series.points.flatten()");
    }

    @Test
    void aCorrectedRegionMovesTheFigureBetweenSeriesWithHistoryAndAsOf() {
        var obs = store("南康区创业担保贷款", "2025-06-30",
                "截至5月底，南康区今年已发放创业担保贷款3.68亿元，扶持创业2160人。");
        var loan = figure(obs, "loans.issued");
        long id = id(loan);
        String region = (String) loan.get("regionCode");
        assertEquals("360703", region, "the extractor reads 南康区");
        String before = etag(id);
        assertTrue(before.startsWith("\"o" + id + "-"), "a strong ETag of the figure: " + before);
        String cursor = given().get("/api/changes").then().statusCode(200).extract().jsonPath().getString("cursor");

        Response r = review(id, before, """
                {"verdict":"correct","changes":{"region":"360702","value":369000000},"note":"赣县区的数字, 3.69亿元"}""");
        r.then().statusCode(200).body("correction.verdict", equalTo("correct")).body("correction.state", equalTo("active"))
                .body("correction.after.region", equalTo("360702")).body("correction.before.region", equalTo("360703"))
                .body("correction.editor.subject", startsWith("token:"));
        String after = r.header("ETag");
        assertNotEquals(before, after);
        assertEquals(after, etag(id), "the answer's ETag is the figure's new one");

        // The figure left 南康区's series and joined 赣县区's, marked corrected.
        assertTrue(points("loans.issued", "360703").stream().noneMatch(p -> ((Number) p.get("observationId")).longValue() == id));
        var moved = points("loans.issued", "360702").stream()
                .filter(p -> ((Number) p.get("observationId")).longValue() == id).findFirst().orElseThrow();
        assertEquals("corrected", moved.get("reviewed"));
        assertEquals(369000000L, ((Number) moved.get("value")).longValue());
        String csv = given().queryParam("indicator", "loans.issued").queryParam("region", "360702")
                .queryParam("format", "csv").get("/api/series").then().statusCode(200).extract().asString();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",reviewed"), csv);
        assertTrue(csv.contains("," + id + ",") && csv.contains(",corrected"), csv);

        // The change feed names both series with the reason correction.
        var changes = given().queryParam("since", cursor).get("/api/changes").then().statusCode(200).extract()
                .jsonPath().getList("changes.findAll { it.reasons.contains('correction') }.region");
        assertTrue(changes.contains("360702") && changes.contains("360703"), "both series changed: " + changes);

        // As of yesterday (before the review) the old attributes answer; as of today the new ones.
        String yesterday = LocalDate.now().minusDays(1).toString();
        given().queryParam("asOf", yesterday).get("/api/observations/" + id).then().statusCode(200)
                .body("region.code", equalTo("360703")).body("value", equalTo(368000000));
        assertTrue(given().queryParam("indicator", "loans.issued").queryParam("region", "360703")
                .queryParam("asOf", yesterday).get("/api/series").then().statusCode(200).extract().jsonPath()
                .getList("series.points.flatten().observationId").stream()
                .anyMatch(o -> ((Number) o).longValue() == id), "asOf before the review: the old series holds it");
        given().queryParam("asOf", LocalDate.now().plusDays(1).toString()).get("/api/observations/" + id)
                .then().statusCode(200).body("region.code", equalTo("360702"));

        // History: who, when, from what to what, why.
        given().get("/api/observations/" + id + "/history").then().statusCode(200)
                .body("reviews.size()", equalTo(1))
                .body("reviews[0].editor.name", equalTo(given().get("/api/observations/" + id + "/history")
                        .jsonPath().getString("reviews[0].editor.name")))
                .body("reviews[0].before.value", equalTo(368000000)).body("reviews[0].after.value", equalTo(369000000))
                .body("reviews[0].note", equalTo("赣县区的数字, 3.69亿元"));

        // A second review with the first ETag is stale; with the new one it applies and the history grows.
        review(id, before, "{\"verdict\":\"accept\"}").then().statusCode(412)
                .contentType(startsWith("application/problem+json"));
        review(id, after, "{\"verdict\":\"accept\",\"note\":\"核对过\"}").then().statusCode(200);
        given().get("/api/observations/" + id + "/history").then().statusCode(200)
                .body("reviews.size()", equalTo(2)).body("reviews[0].current", equalTo(false))
                .body("reviews[1].current", equalTo(true)).body("reviews[1].verdict", equalTo("accept"));
        assertEquals("accepted", points("loans.issued", "360702").stream()
                .filter(p -> ((Number) p.get("observationId")).longValue() == id).findFirst().orElseThrow().get("reviewed"));
    }

    @Test
    void aRejectedFigureLeavesEverySeriesAndStaysOutAfterReextraction() throws Exception {
        var obs = store("于都县新增市场主体", "2025-07-15",
                "今年上半年，于都县新增市场主体5832户，同比增长6.4%；新增就业岗位1.2万个。");
        var figure = obs.get(0);
        long id = id(figure);
        String indicator = (String) figure.get("indicator");
        String region = (String) figure.get("regionCode");
        assertTrue(points(indicator, region).stream().anyMatch(p -> ((Number) p.get("observationId")).longValue() == id));
        review(id, etag(id), "{\"verdict\":\"reject\",\"note\":\"是上一年的数字\"}").then().statusCode(200)
                .body("etag", equalTo(null)).body("correction.after", equalTo(null));
        given().get("/api/observations/" + id).then().statusCode(404);
        assertTrue(points(indicator, region).stream().noneMatch(p -> ((Number) p.get("observationId")).longValue() == id));
        given().get("/api/observations/" + id + "/history").then().statusCode(200)
                .body("reviews[0].verdict", equalTo("reject"));

        long document = given().get("/api/observations/" + id(obs.get(1))).jsonPath().getLong("document.id");
        assertTrue(ingest.reextract(document, false));
        List<Map<String, Object>> again = given().get("/api/documents/" + document).jsonPath().getList("observations");
        assertEquals(obs.size() - 1, again.size(), "the rejected figure is not read back in");
        assertTrue(again.stream().noneMatch(o -> ((Number) o.get("start")).equals(figure.get("start"))
                && o.get("indicator").equals(indicator)));
        assertEquals("active", state(id));
    }

    @Test
    void aFigureNoLongerReadAtItsPlaceIsOrphanedAndListedAndOneReadRightIsRedundant() throws Exception {
        var obs = store("安义县招商", "2025-08-20",
                "1-7月，安义县新签约项目42个，签约金额达156.3亿元；新开工项目28个。");
        var first = obs.get(0);
        var second = obs.get(1);
        long a = id(first);
        long b = id(second);
        long document = documentOf(a);
        review(a, etag(a), "{\"verdict\":\"correct\",\"changes\":{\"kind\":\"target\"}}").then().statusCode(200);
        review(b, etag(b), "{\"verdict\":\"correct\",\"changes\":{\"qualifier\":\"approx\"}}").then().statusCode(200);
        // The extractor's reading changes: the first review now stands where the text has no figure (as if a new
        // extractor read the number elsewhere), and the second says what the extractor reads by itself.
        execute("UPDATE correction SET start_offset = 0, end_offset = 3, figure_text = '1-7' "
                + "WHERE observation_id = " + a + " AND current");
        execute("UPDATE correction SET after = jsonb_set(after, '{qualifier}', to_jsonb(CAST(? AS text))) "
                + "WHERE observation_id = " + b + " AND current", (String) second.get("qualifier"));
        assertTrue(ingest.reextract(document, false));
        assertEquals("orphaned", state(a));
        assertEquals("redundant", state(b));
        List<Long> orphans = given().queryParam("state", "orphaned").queryParam("size", 500).get("/api/corrections")
                .then().statusCode(200).extract().jsonPath().getList("items.observationId", Long.class);
        assertTrue(orphans.contains(a), "listed for review: " + orphans);
        // The orphaned figure is stored as the extractor reads it again: no review is on it.
        given().get("/api/documents/" + document).then().statusCode(200)
                .body("observations.find { it.start == " + first.get("start") + " && it.indicator == '"
                        + first.get("indicator") + "' }.kind", equalTo(first.get("kind")));
        String tsv = given().queryParam("format", "tsv").queryParam("state", "orphaned").get("/api/corrections")
                .then().statusCode(200).contentType(startsWith("text/tab-separated-values")).extract().asString();
        assertTrue(tsv.startsWith(String.join("\t", SentenceTable.HEADER)), tsv);
        assertTrue(tsv.lines().anyMatch(l -> l.startsWith("1-7月，安义县") && l.contains("\t2025-08-20\t")
                && l.contains("\ttarget\t") && l.contains("\tcorrect\torphaned\t")), tsv);
    }

    @Test
    void badInputAnswers400AndWritesNothing() throws Exception {
        var obs = store("进贤县数据", "2025-05-10", "一季度，进贤县实现地区生产总值98.6亿元，同比增长5.2%。");
        var gdp = obs.stream().filter(o -> "money_cny".equals(o.get("unitClass"))).findFirst().orElseThrow();
        long id = id(gdp);
        String tag = etag(id);
        for (String body : List.of(
                "{\"verdict\":\"correct\",\"changes\":{\"colour\":\"red\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"region\":\"360000\"},\"extra\":1}",
                "{\"verdict\":\"correct\",\"changes\":{\"unit\":\"%\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"indicator\":\"gdp.yoy\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"region\":\"369999\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"region\":\"nanchang\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"periodStart\":\"2025-04-01\",\"periodEnd\":\"2025-03-31\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"periodEnd\":\"2024-12-31\"}}",
                "{\"verdict\":\"correct\"}",
                "{\"verdict\":\"correct\",\"changes\":{}}",
                "{\"verdict\":\"accept\",\"changes\":{\"kind\":\"target\"}}",
                "{\"verdict\":\"reject\",\"changes\":{\"kind\":\"target\"}}",
                "{\"verdict\":\"approve\"}",
                "{\"changes\":{\"kind\":\"target\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"value\":\"many\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"kind\":\"planned\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"indicator\":\"no.such.indicator\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"unit\":\"furlongs\"}}",
                "{\"verdict\":\"correct\",\"changes\":{\"region\":\"" + gdp.get("regionCode") + "\"}}",
                "[1,2]", "not json", "")) {
            review(id, tag, body).then().statusCode(400).contentType(startsWith("application/problem+json"));
        }
        assertEquals(tag, etag(id), "nothing was written");
        assertEquals(0, count("SELECT count(*) FROM correction c JOIN observation o ON o.id = c.observation_id "
                + "WHERE o.id = " + id));
        review(id, null, "{\"verdict\":\"accept\"}").then().statusCode(428)
                .contentType(startsWith("application/problem+json"));
        review(id, "\"o" + id + "-0\"", "{\"verdict\":\"accept\"}").then().statusCode(412)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).header("If-Match", tag).body("{\"verdict\":\"accept\"}")
                .post("/api/observations/" + id + "/review").then().statusCode(401);
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"verdict\":\"accept\"}").post("/api/observations/" + id + "/review").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        review(99_999_999L, tag, "{\"verdict\":\"accept\"}").then().statusCode(404);
        given().queryParam("state", "lost").get("/api/corrections").then().statusCode(400);
        given().queryParam("format", "xml").get("/api/corrections").then().statusCode(400);
        given().queryParam("region", "12").get("/api/corrections").then().statusCode(400);
        assertEquals(tag, etag(id), "nothing was written");
        // A unit of the indicator's class, with its value, is fine.
        review(id, tag, "{\"verdict\":\"correct\",\"changes\":{\"unit\":\"万元\",\"value\":986000000}}")
                .then().statusCode(200).body("correction.after.unitClass", equalTo("money_cny"));
    }

    @Test
    void everyReviewSurvivesAReextractionOfAllDocuments() throws Exception {
        var obs = store("瑞金市经济数据", "2025-10-12", "前三季度，瑞金市规模以上工业增加值增长7.3%；"
                + "固定资产投资完成186.5亿元；新增城镇就业5620人；实际利用外资1.26亿美元。");
        assertTrue(obs.size() >= 3, "three figures at least: " + obs);
        long corrected = id(obs.get(0));
        long accepted = id(obs.get(1));
        long rejected = id(obs.get(2));
        review(corrected, etag(corrected), "{\"verdict\":\"correct\",\"changes\":{\"region\":\"360700\","
                + "\"periodStart\":\"2025-07-01\",\"periodType\":\"quarter\"}}").then().statusCode(200);
        review(accepted, etag(accepted), "{\"verdict\":\"accept\"}").then().statusCode(200);
        review(rejected, etag(rejected), "{\"verdict\":\"reject\"}").then().statusCode(200);
        var correctedBefore = given().get("/api/observations/" + corrected).jsonPath();

        given().header("Authorization", "Bearer admin-token").queryParam("all", true).post("/api/admin/reextract")
                .then().statusCode(202);
        for (int i = 0; i < 1200 && given().get("/api/admin/reextract").path("running").equals(true); i++) {
            Thread.sleep(100);
        }
        given().get("/api/admin/reextract").then().body("running", equalTo(false)).body("failed", equalTo(0));

        // The same ids (the figures are met at their places), the editor's attributes, the verdicts.
        given().get("/api/observations/" + corrected).then().statusCode(200)
                .body("region.code", equalTo("360700")).body("periodStart", equalTo("2025-07-01"))
                .body("periodType", equalTo("quarter"))
                .body("value", equalTo(correctedBefore.get("value")));
        assertEquals("active", state(corrected));
        assertEquals("active", state(accepted));
        assertEquals(1, count("SELECT count(*) FROM observation WHERE id = " + accepted + " AND reviewed = 'accepted'"));
        assertEquals(1, count("SELECT count(*) FROM observation WHERE id = " + corrected + " AND reviewed = 'corrected'"));
        given().get("/api/observations/" + rejected).then().statusCode(404);
        assertEquals(obs.size() - 1, given().get("/api/documents/" + documentOf(corrected)).jsonPath()
                .getList("observations").size());
    }

    @Test
    void aRejectedFigureLeavesItsFindingsAndAnAcceptedOneKeepsThemInTheQueue() {
        var first = store("新干县贷款（一）", "2025-01-10", "2024年，新干县发放创业担保贷款1.52亿元。");
        var second = store("新干县贷款（二）", "2025-01-20", "2024年，新干县发放创业担保贷款2.47亿元。");
        long a = id(figure(first, "loans.issued"));
        long b = id(figure(second, "loans.issued"));
        String region = (String) figure(first, "loans.issued").get("regionCode");
        List<Object> conflicting = given().queryParam("region", region).queryParam("check", "conflicting_reports")
                .get("/api/checks").then().statusCode(200).extract().jsonPath().getList("items.observations.flatten()");
        assertTrue(conflicting.contains((int) a) && conflicting.contains((int) b), "two reports disagree: " + conflicting);
        review(b, etag(b), "{\"verdict\":\"accept\"}").then().statusCode(200);
        List<Object> queued = given().queryParam("region", region).queryParam("size", 100).get("/api/review")
                .then().statusCode(200).extract().jsonPath().getList("items.observationId");
        assertTrue(queued.contains((int) b), "an accepted figure's findings still show: " + queued);
        review(a, etag(a), "{\"verdict\":\"reject\",\"note\":\"旧稿\"}").then().statusCode(200);
        assertTrue(given().queryParam("region", region).queryParam("check", "conflicting_reports").get("/api/checks")
                .then().statusCode(200).extract().jsonPath().getList("items.observations.flatten()").isEmpty(),
                "the rejected figure left its finding");
    }

    @Test
    void anIfNoneMatchOfTheFiguresTagAnswers304() {
        var obs = store("南昌县贷款", "2025-04-02", "2024年，南昌县金融机构发放涉农贷款86.2亿元。");
        long id = id(obs.get(0));
        String tag = etag(id);
        given().header("If-None-Match", tag).get("/api/observations/" + id).then().statusCode(304);
    }

    String state(long observationId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT state FROM correction WHERE observation_id = ? AND current")) {
            s.setLong(1, observationId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "a current review of " + observationId);
                return r.getString(1);
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    void execute(String sql, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            assertEquals(1, s.executeUpdate(), sql);
        }
    }

}
