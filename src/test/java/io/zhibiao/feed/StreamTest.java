package io.zhibiao.feed;

import static io.restassured.RestAssured.given;
import static io.zhibiao.feed.FeedFixtures.article;
import static io.zhibiao.feed.FeedFixtures.post;
import static io.zhibiao.feed.FeedFixtures.seriesOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

@QuarkusTest
class StreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String WUHOU = "510107";

    @TestHTTPResource("/api/stream")
    URI stream;
    @Inject
    DSLContext dsl;

    private URI stream(String query) {
        return URI.create(stream + (query.isEmpty() ? "" : "?" + query));
    }

    /** The ETag of a GET that does not take gzip (Java's client asks for no encoding; RestAssured always does). */
    private String plainEtag(String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                stream.resolve(path)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(200, response.statusCode());
        return response.headers().firstValue("ETag").orElse(null);
    }

    private static String key(JsonObject data) {
        return data.getString("indicator") + "|" + data.getString("region") + "|" + data.getString("periodType");
    }

    @Test
    void pushesAnEventPerChangedSeriesWithTheCursorAsItsId() throws Exception {
        try (SseClient client = SseClient.open(stream("region=" + WUHOU), "Accept-Encoding", "gzip")) {
            var headers = client.response().headers();
            assertEquals(200, client.response().statusCode());
            assertTrue(headers.firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(null));
            assertFalse(headers.firstValue("Content-Encoding").orElse("identity").contains("gzip"), "a stream is never gzipped");
            assertTrue(headers.firstValue("ETag").isEmpty(), "a stream has no ETag");
            SseClient.Event ready = client.next("ready", WAIT);
            assertNotNull(ready, "a stream opens with a ready event carrying its cursor");

            long doc = post(article());
            List<String> touched = seriesOf(dsl, doc).stream().filter(s -> s.contains("|" + WUHOU + "|")).toList();
            assertFalse(touched.isEmpty());
            var received = new ArrayList<String>();
            long lastId = FeedFixtures.id(ready.id());
            while (received.size() < touched.size()) {
                SseClient.Event change = client.next("change", WAIT);
                assertNotNull(change, "events for " + touched + ", got " + received);
                JsonObject data = new JsonObject(change.data());
                assertEquals(change.id(), data.getString("cursor"));
                assertEquals(change.id(), data.getString("version"));
                assertEquals("ingest", data.getString("reason"));
                assertEquals(doc, data.getLong("documentId"));
                // the new ETag of the series, as a GET of its URL answers now (plain and gzipped)
                assertEquals(plainEtag(data.getString("url")), data.getString("etag"));
                assertEquals(given().header("Accept-Encoding", "gzip").when().get(data.getString("url"))
                        .then().statusCode(200).extract().header("ETag"), data.getString("etagGzip"));
                assertTrue(FeedFixtures.id(change.id()) > lastId, "ids grow");
                lastId = FeedFixtures.id(change.id());
                received.add(key(data));
            }
            assertEquals(touched, received.stream().sorted().toList());
            FeedFixtures.delete(doc);
            JsonObject deleted = new JsonObject(client.next("change", WAIT).data());
            assertEquals("delete", deleted.getString("reason"));
        }
    }

    @Test
    void resumesFromLastEventIdWithoutLoss() throws Exception {
        String before;
        try (SseClient client = SseClient.open(stream("region=" + WUHOU))) {
            before = client.next("ready", WAIT).id();
        }
        // Disconnected while two articles come in and one goes.
        long first = post(article());
        long second = post(article());
        FeedFixtures.delete(first);
        List<String> expected = dsl.fetch("SELECT id FROM series_change WHERE id > ? AND region_code = ? ORDER BY id",
                FeedFixtures.id(before), WUHOU).getValues(0, Long.class).stream()
                .map(id -> FeedFixtures.epoch(before) + "." + id).toList();
        try (SseClient client = SseClient.open(stream("region=" + WUHOU), "Last-Event-ID", before)) {
            var replayed = new ArrayList<String>();
            SseClient.Event e;
            while ((e = client.next(WAIT)) != null && !"ready".equals(e.type())) {
                if ("change".equals(e.type())) {
                    replayed.add(e.id());
                }
            }
            assertNotNull(e, "the replay ends with the ready event");
            assertTrue(expected.size() >= 3, "both ingests and the deletion: " + expected);
            assertEquals(expected, replayed);
            assertTrue(FeedFixtures.id(e.id()) >= FeedFixtures.id(expected.get(expected.size() - 1)));
            // And then live, nothing twice.
            FeedFixtures.delete(second);
            SseClient.Event live = client.next("change", WAIT);
            assertNotNull(live);
            assertTrue(FeedFixtures.id(live.id()) > FeedFixtures.id(expected.get(expected.size() - 1)));
        }
    }

    @Test
    void filtersByIndicatorAndRegion() throws Exception {
        try (SseClient other = SseClient.open(stream("region=360000,110000&indicator=loans.issued"))) {
            assertNotNull(other.next("ready", WAIT));
            long doc = post(article());
            assertNull(other.next("change", Duration.ofSeconds(2)), "武侯区 is neither 江西 nor 北京");
            FeedFixtures.delete(doc);
        }
    }

    @Test
    void sendsHeartbeatsAndCountsItsClients() throws Exception {
        try (SseClient client = SseClient.open(stream(""))) {
            assertNotNull(client.next("ready", WAIT));
            SseClient.Event beat = null;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (beat == null && System.nanoTime() < deadline) {
                SseClient.Event e = client.next(WAIT);
                if (e != null && "heartbeat".equals(e.comment())) {
                    beat = e;
                }
            }
            assertNotNull(beat, "a comment line within the heartbeat interval (1 s in tests)");
            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            String gauge = metrics.lines().filter(l -> l.startsWith("zhibiao_stream_clients")).collect(Collectors.joining());
            assertFalse(gauge.isEmpty(), "the gauge zhibiao.stream.clients");
            assertTrue(Double.parseDouble(gauge.substring(gauge.lastIndexOf(' ') + 1)) >= 1, gauge);
        }
    }

    @Test
    void refusesBadParametersAndCursorsWithProblems() throws Exception {
        given().queryParam("regoin", "510107").when().get("/api/stream")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("'regoin'"));
        given().queryParam("region", "51010X").when().get("/api/stream")
                .then().statusCode(400).body("detail", containsString("region"));
        given().queryParam("indicator", "no.such").when().get("/api/stream")
                .then().statusCode(400).body("detail", containsString("no.such"));
        given().header("Last-Event-ID", "abc").when().get("/api/stream")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("Last-Event-ID"));
        given().header("Last-Event-ID", FeedFixtures.epoch(FeedFixtures.cursor()) + ".99999999999999").when().get("/api/stream")
                .then().statusCode(400).body("detail", containsString("no change has the cursor"));
        given().queryParam("region", "510100").queryParam("descendants", "yes").when().get("/api/stream")
                .then().statusCode(400).body("detail", containsString("'descendants' must be true or false"));
        given().queryParam("descendants", "true").when().get("/api/stream")
                .then().statusCode(400).body("detail", containsString("'descendants' needs 'region'"));
    }

    @Test
    void followsACityWithItsDistrictsWhenAskedForDescendants() throws Exception {
        try (SseClient city = SseClient.open(stream("region=510100&descendants=true"));
                SseClient cityAlone = SseClient.open(stream("region=510100"))) {
            city.next("ready", WAIT);
            cityAlone.next("ready", WAIT);
            long doc = post(article()); // about 武侯区, a district of 成都市 (510100)
            JsonObject data = new JsonObject(city.next("change", WAIT).data());
            assertEquals(WUHOU, data.getString("region"));
            assertEquals(doc, data.getLong("documentId"));
            assertNull(cityAlone.next("change", java.time.Duration.ofSeconds(2)), "without descendants only 510100 itself");
        }
    }
}
