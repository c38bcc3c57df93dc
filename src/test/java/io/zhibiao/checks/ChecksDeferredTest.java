package io.zhibiao.checks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.zhibiao.system.DataVersion;
import jakarta.inject.Inject;

/**
 * The deferred refresh (zhibiao.checks.refresh=deferred), against the real database and the real background pass: a
 * write only queues its series, the pass recomputes them and moves the data version, a deletion's findings go, and two
 * refreshes of one series never both insert its findings. The test holds the checks' lock to keep the pass waiting
 * while it looks at what a write left. Its figures are in 黄南 (no other test writes there).
 */
@QuarkusTest
@TestProfile(ChecksDeferredTest.Deferred.class)
class ChecksDeferredTest {

    static final String TONGREN = "632301";
    static final String JIANZHA = "632322";
    static final String TITLE = "黄南经济";

    /** Deferred, with a short interval so the tests wait little. */
    public static class Deferred implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zhibiao.checks.refresh", "deferred", "zhibiao.checks.refresh-every", "300ms");
        }
    }

    @Inject
    DSLContext dsl;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    DataVersion version;
    @Inject
    Checks checks;
    @Inject
    CheckRefresh refresh;

    /** Before and after: no document, finding or queued series of this test is left (ChecksTest counts findings). */
    @BeforeEach
    @AfterEach
    void forget() {
        dsl.execute("DELETE FROM document WHERE title = ?", TITLE);
        dsl.execute("DELETE FROM check_finding WHERE region_code IN (?, ?)", TONGREN, JIANZHA);
        dsl.execute("DELETE FROM check_pending WHERE region_code IN (?, ?)", TONGREN, JIANZHA);
    }

    @Test
    void aWriteQueuesItsSeriesAndThePassFindsWhatItMadeAndForgetsWhatADeletionUnmade() throws Exception {
        long first;
        long second;
        long before;
        try (Connection lock = holdLock()) {
            first = post(article(TONGREN, "同仁市", "85.3"));
            second = post(article(TONGREN, "同仁市", "92.7"));
            assertTrue(pending(TONGREN) > 0, "the writes queued their series");
            assertTrue(conflicts(TONGREN).isEmpty(), "no finding before the pass: " + conflicts(TONGREN));
            before = version.current(); // each post waited until its own version was heard
            lock.commit();
        }
        await(() -> !conflicts(TONGREN).isEmpty(), "the pass finds the conflicting reports");
        await(() -> pending(null) == 0, "the pass empties the queue");
        await(() -> version.current() > before, "the pass moved the data version, so kept answers are recomputed");
        List<Long> ids = observations(first, second);
        String finding = conflicts(TONGREN).get(0);
        assertTrue(ids.stream().allMatch(id -> finding.contains(id.toString())), finding + " names " + ids);
        given().when().get("/api/observations/" + ids.get(0)).then().statusCode(200)
                .body("checks.check", org.hamcrest.Matchers.hasItem("conflicting_reports"));

        try (Connection lock = holdLock()) {
            given().header("Authorization", "Bearer test-token").when().delete("/api/documents/" + second)
                    .then().statusCode(204);
            assertFalse(conflicts(TONGREN).isEmpty(), "the finding stays until the pass");
            lock.commit();
        }
        await(() -> conflicts(TONGREN).isEmpty(), "the pass drops the deleted document's finding");
        await(() -> pending(null) == 0, "the queue is empty again");
    }

    @Test
    void twoRefreshesOfOneSeriesNeverBothInsertItsFindings() throws Exception {
        long a = post(article(JIANZHA, "尖扎县", "41.2"));
        long b = post(article(JIANZHA, "尖扎县", "47.9"));
        await(() -> !conflicts(JIANZHA).isEmpty(), "the pass finds the conflicting reports");
        List<Checks.Touched> series = dsl.fetch("SELECT DISTINCT indicator_code, region_code FROM observation "
                + "WHERE document_id IN (?, ?)", a, b).map(r -> new Checks.Touched(r.get(0, String.class), r.get(1, String.class)));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // Passes (each taking what the last inserts queued) against refreshes in a writer's transaction.
                runs.add(threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> refresh.touched(series))));
                runs.add(threads.submit(refresh::pass));
                runs.add(threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> checks.refresh(series))));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
        refresh.pass();
        assertEquals(0, count("SELECT count(*) FROM (SELECT check_name, observation_ids FROM check_finding "
                + "WHERE region_code = ? GROUP BY 1, 2 HAVING count(*) > 1) d", JIANZHA), "no duplicate finding");
        assertEquals(1, conflicts(JIANZHA).size(), conflicts(JIANZHA).toString());
    }

    @Test
    void aFullRebuildTakesThePendingSeriesAndMovesTheDataVersion() {
        long before = version.current();
        long left = QuarkusTransaction.requiringNew().call(() -> {
            dsl.execute("INSERT INTO check_pending VALUES ('gdp', ?), ('gdp', ?)", TONGREN, JIANZHA);
            checks.rebuild();
            return count("SELECT count(*) FROM check_pending");
        });
        assertEquals(0, left, "the rebuild's transaction emptied the queue");
        assertTrue(version.current() > before, "a rebuild moves the data version (heard before its commit returned)");
        given().header("Authorization", "Bearer test-token").when().post("/api/admin/checks").then().statusCode(200);
    }

    private Connection holdLock() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + lockKey() + ")");
        }
        return c;
    }

    private static long lockKey() {
        try {
            var field = Checks.class.getDeclaredField("LOCK");
            field.setAccessible(true);
            return field.getLong(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private long pending(String region) {
        return region == null ? count("SELECT count(*) FROM check_pending")
                : count("SELECT count(*) FROM check_pending WHERE region_code = ?", region);
    }

    private long count(String sql, Object... binds) {
        return ((Number) dsl.fetchValue(sql, binds)).longValue();
    }

    private static List<String> conflicts(String region) {
        return given().queryParam("region", region).queryParam("check", "conflicting_reports").when().get("/api/checks")
                .then().statusCode(200).extract().jsonPath().getList("items.observations")
                .stream().map(Object::toString).toList();
    }

    private List<Long> observations(long... documents) {
        List<Long> ids = new ArrayList<>();
        for (long d : documents) {
            ids.addAll(dsl.fetch("SELECT id FROM observation WHERE document_id = ? AND indicator_code = 'gdp'", d)
                    .getValues(0, Long.class));
        }
        return ids;
    }

    private static String article(String code, String county, String gdp) {
        return "本报讯 2025年，" + county + "实现地区生产总值" + gdp + "亿元。（" + code + "-" + UUID.randomUUID() + "）";
    }

    private static long post(String text) {
        Number id = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("title", TITLE, "source", "黄南日报", "published", "2026-01-20", "text", text))
                .when().post("/api/documents").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertNotEquals(true, System.nanoTime() > deadline, "timed out: " + what);
            Thread.sleep(100);
        }
    }
}
