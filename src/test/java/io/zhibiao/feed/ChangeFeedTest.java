package io.zhibiao.feed;

import static io.restassured.RestAssured.given;
import static io.zhibiao.feed.FeedFixtures.article;
import static io.zhibiao.feed.FeedFixtures.cursor;
import static io.zhibiao.feed.FeedFixtures.post;
import static io.zhibiao.feed.FeedFixtures.seriesOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.zhibiao.ingest.Ingest;
import jakarta.inject.Inject;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    DSLContext dsl;
    @Inject
    Ingest ingest;

    private static JsonPath changesSince(String cursor) {
        return given().queryParam("since", cursor).when().get("/api/changes")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The changed series of an answer as "indicator|region|periodType", with the reasons of each. */
    private static Map<String, List<String>> keyed(JsonPath answer) {
        var keyed = new java.util.TreeMap<String, List<String>>();
        List<Map<String, Object>> changes = answer.getList("changes");
        for (Map<String, Object> c : changes) {
            @SuppressWarnings("unchecked")
            List<String> reasons = (List<String>) c.get("reasons");
            keyed.put(c.get("indicator") + "|" + c.get("region") + "|" + c.get("periodType"), reasons);
        }
        return keyed;
    }

    @Test
    void listsTheSeriesAnIngestAndADeletionChangedWithCursorsThatOnlyGrow() {
        String start = cursor();
        long doc = post(article());
        List<String> touched = seriesOf(dsl, doc);
        assertFalse(touched.isEmpty(), "the article must give observations");

        JsonPath afterIngest = changesSince(start);
        String c1 = afterIngest.getString("cursor");
        assertTrue(FeedFixtures.id(c1) > FeedFixtures.id(start), c1 + " after " + start);
        assertFalse(afterIngest.getBoolean("more"));
        Map<String, List<String>> ingested = keyed(afterIngest);
        for (String series : touched) {
            assertEquals(List.of("ingest"), ingested.get(series), series + " in " + ingested);
        }

        FeedFixtures.delete(doc);
        JsonPath afterDelete = changesSince(c1);
        String c2 = afterDelete.getString("cursor");
        assertTrue(FeedFixtures.id(c2) > FeedFixtures.id(c1), c2 + " after " + c1);
        Map<String, List<String>> deleted = keyed(afterDelete);
        for (String series : touched) {
            assertEquals(List.of("delete"), deleted.get(series), series + " in " + deleted);
        }
        // Both, from the first cursor; nothing after the last; the bare call gives the last.
        Map<String, List<String>> both = keyed(changesSince(start));
        assertEquals(List.of("delete", "ingest"), both.get(touched.get(0)));
        given().queryParam("since", c2).when().get("/api/changes")
                .then().statusCode(200).body("changes", hasSize(0)).body("cursor", equalTo(c2)).body("more", equalTo(false));
        assertTrue(FeedFixtures.id(cursor()) >= FeedFixtures.id(c2));
        // The cursor is the change log's, in PostgreSQL (what every replica and a restarted service read).
        assertTrue(dsl.fetchOne("SELECT max(id) FROM series_change").get(0, Long.class) >= FeedFixtures.id(c2));
    }

    @Test
    void pagesWithLimitAndSaysWhenMoreWait() {
        String start = cursor();
        long doc = post(article());
        int series = seriesOf(dsl, doc).size();
        JsonPath first = given().queryParam("since", start).queryParam("limit", "1").when().get("/api/changes")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, first.getList("changes").size());
        assertEquals(series > 1, first.getBoolean("more"));
        FeedFixtures.delete(doc);
    }

    @Test
    void aReextractionLogsOnlySeriesWhoseFiguresChanged() {
        long doc = post(article());
        String before = cursor();
        ingest.reextract(doc, false); // same extractor, same text: nothing differs
        assertEquals(List.of(), changesSince(before).getList("changes"));

        // As if an older extractor had read one figure differently: the re-extraction corrects it and says so.
        String changed = QuarkusTransaction.requiringNew().call(() -> dsl.fetchOne(
                "UPDATE observation SET value = value + 1 WHERE id = (SELECT min(id) FROM observation WHERE document_id = ?) "
                        + "RETURNING indicator_code || '|' || region_code || '|' || period_type", doc).get(0, String.class));
        ingest.reextract(doc, false);
        Map<String, List<String>> logged = keyed(changesSince(before));
        assertEquals(Map.of(changed, List.of("reextract")), logged);
        FeedFixtures.delete(doc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.5", "９", "EPOCH.99999999999999", "1234567890123456789012", "EPOCH.",
            "EPOCH.-3", "0123456g.1"})
    void refusesACursorItDidNotHandOut(String bad) {
        given().queryParam("since", bad.replace("EPOCH", FeedFixtures.epoch(cursor()))).when().get("/api/changes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("Parameter 'since'"));
    }

    @Test
    void refusesALimitOutOfRangeAndUnknownParameters() {
        given().queryParam("limit", "0").when().get("/api/changes").then().statusCode(400)
                .body("detail", containsString("'limit'"));
        given().queryParam("after", "1").when().get("/api/changes").then().statusCode(400)
                .body("detail", containsString("'after'"));
    }
}
