package io.zhibiao.feed;

import static io.restassured.RestAssured.given;
import static io.zhibiao.feed.FeedFixtures.cursor;
import static io.zhibiao.feed.FeedFixtures.epoch;
import static io.zhibiao.feed.FeedFixtures.post;
import static io.zhibiao.feed.FeedFixtures.seriesOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * Readers are told when history rewinds: the database is restored from a pg_dump of an earlier state while the
 * service runs, with a client polling /api/changes and another on /api/stream. Both are told to resync (410, a resync
 * event), and neither gets a change of the history that was undone, nor one of the new history under an old id.
 */
@QuarkusTest
class EpochTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    DSLContext dsl;

    @TestHTTPResource("/api/stream")
    URI stream;

    @Test
    void aRestoreOfAnEarlierDumpTellsPollersAndStreamsToResyncAndReplaysNothingOfTheUndoneHistory() throws Exception {
        Database db = Database.ofConfig();
        Path dump = Files.createTempFile("zhibiao-epoch", ".sql");
        String before = cursor();
        db.run("pg_dump", "--data-only", "--disable-triggers", "--exclude-table=flyway_schema_history", "-f", dump.toString());

        try (SseClient client = SseClient.open(stream)) {
            assertNotNull(client.next("ready", WAIT));
            // The history that will be undone: an article about 武侯区, seen by the poller and the stream.
            String undoneText = FeedFixtures.article();
            long undone = post(undoneText);
            List<String> undoneSeries = seriesOf(dsl, undone);
            Response polled = given().queryParam("since", before).when().get("/api/changes");
            polled.then().statusCode(200);
            String seen = polled.path("cursor");
            assertTrue(FeedFixtures.id(seen) > FeedFixtures.id(before));
            SseClient.Event heard = client.next("change", WAIT);
            assertNotNull(heard, "the stream hears the article");
            client.drain(Duration.ofMillis(500));

            // The restore: every table back to the dump, under the running service.
            db.restore(dsl, dump);

            // The stream is told, with a cursor of the new epoch, and then hears the new history only.
            SseClient.Event resync = client.next("resync", WAIT);
            assertNotNull(resync, "the stream is told to resync");
            assertNotEquals(epoch(before), epoch(resync.id()), "a new epoch began");
            assertEquals(FeedFixtures.id(before), FeedFixtures.id(resync.id()), "at the change the dump ends with");
            assertTrue(new JsonObject(resync.data()).getString("detail").contains("Read again"));

            long redone = postAbout("上海市浦东新区", "310115");
            List<String> redoneSeries = seriesOf(dsl, redone);
            assertFalse(redoneSeries.isEmpty());
            List<SseClient.Event> after = new ArrayList<>();
            SseClient.Event e;
            while (after.size() < redoneSeries.size() && (e = client.next("change", WAIT)) != null) {
                after.add(e);
            }
            for (SseClient.Event change : after) {
                JsonObject data = new JsonObject(change.data());
                assertEquals(redone, data.getLong("documentId"), "only the new history: " + change.data());
                assertEquals(epoch(resync.id()), epoch(change.id()));
            }
            assertEquals(redoneSeries.size(), after.size());

            // The poller's cursor is of the earlier epoch: 410 with how to resync, never the new changes under old ids.
            given().queryParam("since", seen).when().get("/api/changes").then().statusCode(410)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", containsString("restored to an earlier state"))
                    .body("detail", containsString("GET /api/changes without 'since'"));
            given().queryParam("since", before).when().get("/api/changes").then().statusCode(410);
            // A stream resuming with an id of the earlier epoch gets a resync event, not a replay.
            try (SseClient resumed = SseClient.open(stream, "Last-Event-ID", heard.id())) {
                SseClient.Event first = resumed.next(WAIT);
                assertNotNull(first);
                assertEquals("resync", first.type(), "first a resync, then ready: " + first);
                SseClient.Event ready = resumed.next(WAIT);
                assertEquals("ready", ready.type(), "no replay between: " + ready);
            }
            // Resynced, the poller goes on in the new epoch.
            String fresh = cursor();
            assertEquals(epoch(resync.id()), epoch(fresh));
            assertEquals(0, dsl.fetchCount(dsl.selectFrom("document").where("text = ?", undoneText)), "the article is gone");
            // Its id may well be the new article's now (the sequences were restored too): what cursors would suffer.
            given().when().get("/api/documents/" + redone).then().statusCode(200);
            assertTrue(undoneSeries.stream().noneMatch(redoneSeries::contains));
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    @Test
    void aDatabaseCopiedFromAnotherBeginsANewEpochAndPlainCursorsHoldOnlyInTheFirst() throws InterruptedException {
        int generation = dsl.fetchOne("SELECT generation FROM change_epoch").get(0, Integer.class);
        String current = cursor();
        String plain = Long.toString(FeedFixtures.id(current));
        given().queryParam("since", plain).when().get("/api/changes").then()
                .statusCode(generation == 0 ? 200 : 410);
        // As a dump restored into a new database finds it: the row names another database.
        dsl.execute("UPDATE change_epoch SET database_oid = 0");
        // Noticed by the next request that reads the log, or by the change listener within its poll (1 s); until
        // then a kept answer of GET /api/changes may still be served.
        String renewed = cursor();
        for (int i = 0; i < 100 && epoch(renewed).equals(epoch(current)); i++) {
            Thread.sleep(100);
            renewed = cursor();
        }
        assertNotEquals(epoch(current), epoch(renewed));
        assertEquals(FeedFixtures.id(current), FeedFixtures.id(renewed), "the same change log, in a new epoch");
        given().queryParam("since", current).when().get("/api/changes").then().statusCode(410);
        given().queryParam("since", plain).when().get("/api/changes").then().statusCode(410)
                .body("detail", containsString("earlier epoch"));
        given().queryParam("since", renewed).when().get("/api/changes").then().statusCode(200);
    }

    private static long postAbout(String place, String region) {
        Number id = given().header("Authorization", "Bearer " + FeedFixtures.TOKEN).contentType(ContentType.JSON)
                .body(Map.of("title", place + "招商", "source", "测试日报", "published", "2026-01-07", "region", region,
                        "text", "2025年，" + place + "新签约招商项目37个。（编号" + UUID.randomUUID() + "）"))
                .when().post("/api/documents").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** The test's PostgreSQL database, as the service's datasource names it, and the client tools to dump it. */
    private record Database(String host, String port, String name, String user) {

        static Database ofConfig() {
            String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
            var m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+):?([0-9]*)/([^?]+).*").matcher(url);
            Assumptions.assumeTrue(m.matches(), "Skipped: the datasource is not a plain PostgreSQL URL: " + url);
            String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class)
                    .orElse("postgres");
            Database db = new Database(m.group(1), m.group(2).isEmpty() ? "5432" : m.group(2), m.group(3), user);
            Assumptions.assumeTrue(db.tool("pg_dump", "--version"), "Skipped: no pg_dump on this machine");
            return db;
        }

        boolean tool(String... command) {
            try {
                return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }

        void run(String tool, String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(tool, "-h", host, "-p", port, "-U", user, "-d", name));
            command.addAll(List.of(arguments));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            int exit = p.waitFor();
            Assumptions.assumeTrue(exit == 0 || !tool.equals("pg_dump"), "Skipped: pg_dump cannot dump this server: " + output);
            assertEquals(0, exit, tool + " failed: " + output);
        }

        /** Empties every table the dump holds and loads it, in one transaction (a restore of a logical backup). */
        void restore(DSLContext dsl, Path dump) throws IOException, InterruptedException {
            // Not fact: emptying observation empties it (its TRUNCATE trigger), and the dump fills it again.
            List<String> tables = dsl.fetch("SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' "
                    + "AND tablename NOT IN ('flyway_schema_history', 'fact')").getValues(0, String.class);
            Path script = Files.createTempFile("zhibiao-restore", ".sql");
            try {
                Files.writeString(script, "TRUNCATE " + String.join(", ", tables) + " CASCADE;\n\\i " + dump + "\n");
                run("psql", "-v", "ON_ERROR_STOP=1", "-q", "--single-transaction", "-f", script.toString());
            } finally {
                Files.deleteIfExists(script);
            }
        }
    }
}
