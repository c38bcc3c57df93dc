package io.zhibiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged service with its {@code read} datasource on a real streaming-replication hot standby of its
 * primary ({@code pg_basebackup -R}), replaying {@value #APPLY_DELAY} behind so that reading it too early
 * would show: reads go to the standby, writes to the primary; a dashboard that posts and then polls never
 * sees an older answer than one it had; when the standby stops, reads move to the primary and readiness
 * stays UP; when it returns, reads go back to it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandbyIT {

    static final String APPLY_DELAY = "300ms";
    private static final String TOKEN = "standby-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern READS = Pattern.compile("zhibiao_db_reads_total\\{[^}]*server=\"(\\w+)\"[^}]*} ([0-9.E+]+)");
    private static final String SERIES = "/api/series?indicator=loans.issued&region=360100&periodType=year";

    @RegisterExtension
    static final OwnService IT = OwnService.named("standby", Map.of("ZHIBIAO_API_TOKENS", TOKEN))
            .withStandby("-c recovery_min_apply_delay=" + APPLY_DELAY).readyWithin(Duration.ofSeconds(180));
    static long maxLagBytes;

    @Test
    @Order(1)
    void readsGoToTheStandbyAndWritesToThePrimary() throws Exception {
        Duration caughtUp = awaitReads("standby", Duration.ofSeconds(30));
        System.out.printf("standby: reads on the standby %d ms after the first check%n", caughtUp.toMillis());
        Map<String, Double> before = readsByServer();
        long standbyXactsBefore = xacts(IT.standby());
        int polls = 60;
        for (int i = 0; i < polls; i++) {
            // A new URL each time, so the kept-answer path cannot answer it without a query.
            assertEquals(200, get("/api/regions?parent=360000&level=prefecture&q=" + (i % 2 == 0 ? "南" : "昌") + i).statusCode());
        }
        Map<String, Double> after = readsByServer();
        double onStandby = after.get("standby") - before.get("standby");
        double onPrimary = after.get("primary") - before.get("primary");
        System.out.printf("standby: %d polls, reads routed: %.0f to the standby, %.0f to the primary%n", polls, onStandby,
                onPrimary);
        assertTrue(onStandby >= polls, "reads on the standby: " + onStandby);
        assertTrue(onPrimary < polls / 10.0, "reads on the primary while the standby was caught up: " + onPrimary);
        // The standby's own statistics saw those transactions (they are flushed within about a second).
        long standbyXacts = awaitXacts(IT.standby(), standbyXactsBefore + polls, Duration.ofSeconds(15));
        System.out.printf("standby: pg_stat_database on the standby counted %d more transactions%n",
                standbyXacts - standbyXactsBefore);
        assertTrue(standbyXacts - standbyXactsBefore >= polls, "standby transactions: " + (standbyXacts - standbyXactsBefore));
        assertEquals(Set.of("zhibiao-read"), applicationNames(IT.standby(), "zhibiao%"), "pools connected to the standby");
        assertTrue(applicationNames(IT.primary(), "zhibiao%").contains("zhibiao"), "the primary pool on the primary");

        // A write: acknowledged, on the primary, and (a hot standby refuses writes) replayed to the standby later.
        long id = post(1);
        assertEquals(1, count(IT.primary(), "SELECT count(*) FROM document WHERE id = " + id));
        awaitTrue(() -> count(IT.standby(), "SELECT count(*) FROM document WHERE id = " + id) == 1, Duration.ofSeconds(10),
                "document " + id + " replayed on the standby");
    }

    @Test
    @Order(2)
    void aDashboardThatPostsThenPollsNeverSeesAnOlderAnswer() throws Exception {
        awaitReads("standby", Duration.ofSeconds(30));
        Map<String, Double> before = readsByServer();
        double[] catchUpBefore = catchUp();
        List<String> etags = new ArrayList<>();
        HttpResponse<String> start = get(SERIES);
        double lastValue = value(start);
        String held = start.headers().firstValue("ETag").orElseThrow();
        etags.add(held);
        int answers = 0;
        int staleRightAfterPost = 0;
        for (int round = 2; round <= 9; round++) {
            post(round);
            double posted = loans(round);
            Instant until = Instant.now().plusMillis(1200);
            boolean first = true;
            while (Instant.now().isBefore(until)) {
                HttpRequest.Builder poll = HttpRequest.newBuilder(IT.service().uri(SERIES)).GET();
                if (held != null) {
                    poll.header("If-None-Match", held);
                }
                HttpResponse<String> r = send(poll);
                answers++;
                if (r.statusCode() == 200) {
                    String etag = r.headers().firstValue("ETag").orElseThrow();
                    double v = value(r);
                    assertTrue(v >= lastValue, "round " + round + ": value went back from " + lastValue + " to " + v);
                    if (!etag.equals(held)) {
                        assertTrue(!etags.contains(etag), "round " + round + ": ETag went back to " + etag + " after " + etags);
                        etags.add(etag);
                        held = etag;
                    }
                    lastValue = v;
                } else {
                    assertEquals(304, r.statusCode(), r.body());
                }
                if (first && lastValue != posted) {
                    staleRightAfterPost++;
                }
                first = false;
                sample();
                Thread.sleep(40);
            }
            assertEquals(posted, lastValue, "round " + round + ": the posted value");
        }
        Map<String, Double> after = readsByServer();
        System.out.printf("standby: dashboard of 8 posts and %d polls: %d ETags, none repeated, value never back, %d polls"
                + " right after a post stale; reads %.0f standby, %.0f primary; largest lag seen %d bytes; %s%n",
                answers, etags.size(), staleRightAfterPost, after.get("standby") - before.get("standby"),
                after.get("primary") - before.get("primary"), maxLagBytes, catchUpSummary(catchUp(), catchUpBefore));
        assertEquals(0, staleRightAfterPost, "polls right after a post that did not see it");
        assertEquals(9, etags.size(), "one ETag per posted value (and the one before): " + etags);
        // The standby replays 300 ms behind: the rule must have sent reads to the primary in between.
        assertTrue(after.get("primary") - before.get("primary") > 0, "no read went to the primary while the standby was behind");
    }

    @Test
    @Order(3)
    void whenTheStandbyStopsReadsMoveToThePrimaryAndReadinessStaysUpThenGoBack() throws Exception {
        awaitReads("standby", Duration.ofSeconds(30));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> readinessFailures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService load = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 2; t++) {
            load.submit(() -> {
                while (running.get()) {
                    int n = requests.incrementAndGet();
                    HttpResponse<String> r = send(HttpRequest.newBuilder(IT.service().uri(
                            "/api/regions?parent=360000&level=county&q=" + (n % 2 == 0 ? "南" : "县") + n)).GET());
                    if (r == null || r.statusCode() != 200) {
                        failures.add(new Failure(Instant.now(), r == null ? -1 : r.statusCode(),
                                r != null && r.headers().firstValue("Retry-After").isPresent(), r == null ? "" : r.body()));
                    }
                }
            });
        }
        load.submit(() -> {
            while (running.get()) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(IT.service().uri("/q/health/ready")).GET());
                if (r == null || r.statusCode() != 200) {
                    readinessFailures.add(r == null ? "no answer" : r.statusCode() + " " + r.body());
                }
                sleep(100);
            }
        });
        try {
            Thread.sleep(1000);
            Map<String, Double> before = readsByServer();
            int requestsBefore = requests.get();
            Instant stopped = Instant.now();
            IT.standby().down();
            Duration failover = awaitReads("primary", Duration.ofSeconds(20), stopped);
            Instant movedAt = Instant.now();
            int failedAtFailover = failures.size();
            Thread.sleep(3000);
            Map<String, Double> whileDown = readsByServer();
            int requestsWhileDown = requests.get() - requestsBefore;
            Instant restarted = Instant.now();
            IT.standby().up();
            Duration failback = awaitReads("standby", Duration.ofSeconds(60), restarted);
            Thread.sleep(2000);
            Map<String, Double> after = readsByServer();
            running.set(false);
            load.shutdown();
            load.awaitTermination(20, TimeUnit.SECONDS);
            System.out.printf("standby: failover (standby stopped → reads on the primary) %d ms, %d requests failed (503, in flight);"
                    + " fail-back (standby started → reads on it again) %d ms; %d requests in all, readiness failures %d;"
                    + " %d requests while down, their reads: %.0f primary, %.0f standby; after: %.0f standby%n",
                    failover.toMillis(), failedAtFailover, failback.toMillis(), requests.get(), readinessFailures.size(),
                    requestsWhileDown,
                    whileDown.get("primary") - before.get("primary"), whileDown.get("standby") - before.get("standby"),
                    after.get("standby") - whileDown.get("standby"));
            assertEquals(List.of(), readinessFailures.subList(0, Math.min(5, readinessFailures.size())), "readiness while the standby was down");
            assertTrue(failover.compareTo(Duration.ofSeconds(5)) < 0, "failover took " + failover);
            // A read already running on the standby when it stops fails, as a client retries it: 503 with Retry-After.
            // Once reads have moved (and a second for requests already on their way), none fails.
            Instant settled = movedAt.plusSeconds(1);
            assertEquals(List.of(), failures.stream().filter(f -> f.at().isAfter(settled)).limit(5).toList(),
                    "API reads that failed after reads moved to the primary");
            assertEquals(List.of(), failures.stream().filter(f -> f.status() != 503 || !f.retryAfter()).limit(5).toList(),
                    "API reads that failed other than with 503 and Retry-After");
            assertTrue(whileDown.get("primary") - before.get("primary") > 0, "reads on the primary while the standby was down");
            assertTrue(after.get("standby") - whileDown.get("standby") > 20, "reads on the standby after it returned");
        } finally {
            running.set(false);
            load.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void replicationLagWithoutAnApplyDelay() throws Exception {
        IT.standby().restartWith("");
        awaitReads("standby", Duration.ofSeconds(60));
        double[] before = catchUp();
        maxLagBytes = 0;
        for (int round = 10; round <= 19; round++) {
            post(round);
            Instant posted = Instant.now();
            while (!"standby".equals(sample().path("data").path("reads").asText())) {
                assertTrue(Duration.between(posted, Instant.now()).compareTo(Duration.ofSeconds(10)) < 0, "standby never caught up");
                Thread.sleep(10);
            }
            assertEquals(loans(round), value(get(SERIES)), 0.0, "round " + round);
        }
        System.out.printf("standby: without an apply delay, %s; largest lag seen %d bytes%n", catchUpSummary(catchUp(), before),
                maxLagBytes);
    }

    /** A read that did not answer 200 while the standby was stopped or restarted. */
    private record Failure(Instant at, int status, boolean retryAfter, String body) {
    }

    private static long post(int round) {
        // Each round reports the same fact with a newer publication date and a larger value: the newest wins.
        String body = "{\"title\":\"热备测试" + round + "\",\"source\":\"测试\",\"published\":\"2026-02-" + String.format("%02d", round)
                + "\",\"region\":\"360100\",\"text\":\"2025年，南昌市发放创业担保贷款" + (100 + round) + "亿元。\"}";
        HttpResponse<String> r = send(HttpRequest.newBuilder(IT.service().uri("/api/documents"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    private static double loans(int round) {
        return (100 + round) * 100_000_000.0;
    }

    /** The 2025 value of Nanchang's loans in a series answer. */
    private static double value(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        for (JsonNode series : JSON.readTree(r.body()).path("series")) {
            for (JsonNode point : series.path("points")) {
                if (point.path("periodStart").asText().equals("2025-01-01")) {
                    return point.path("value").asDouble();
                }
            }
        }
        return 0;
    }

    /** Polls readiness until plain reads go to {@code server}; the time it took from {@code since}. */
    private static Duration awaitReads(String server, Duration within, Instant since) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            JsonNode check = sample();
            if (check != null && server.equals(check.path("data").path("reads").asText())) {
                return Duration.between(since, Instant.now());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("reads did not go to the " + server + " within " + within + ": " + sample());
    }

    private static Duration awaitReads(String server, Duration within) throws Exception {
        return awaitReads(server, within, Instant.now());
    }

    /** The "Read replica" readiness check; notes the largest lag seen. */
    private static JsonNode sample() throws IOException {
        HttpResponse<String> r = get("/q/health/ready");
        if (r == null) {
            return null;
        }
        for (JsonNode check : JSON.readTree(r.body()).path("checks")) {
            if ("Read replica".equals(check.path("name").asText())) {
                maxLagBytes = Math.max(maxLagBytes, check.path("data").path("lagBytes").asLong());
                return check;
            }
        }
        throw new AssertionError("no 'Read replica' check in readiness: " + r.body());
    }

    private static Map<String, Double> readsByServer() {
        Map<String, Double> reads = new java.util.HashMap<>(Map.of("standby", 0.0, "primary", 0.0));
        Matcher m = READS.matcher(get("/q/metrics").body());
        while (m.find()) {
            reads.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return reads;
    }

    /** Count and sum (seconds) of the standby's catch-ups so far. */
    private static double[] catchUp() {
        String metrics = get("/q/metrics").body();
        Matcher count = Pattern.compile("zhibiao_replica_catchup_seconds_count(?:\\{[^}]*})? ([0-9.E+]+)").matcher(metrics);
        Matcher sum = Pattern.compile("zhibiao_replica_catchup_seconds_sum(?:\\{[^}]*})? ([0-9.E+]+)").matcher(metrics);
        assertTrue(count.find() && sum.find(), "no zhibiao_replica_catchup_seconds in /q/metrics");
        return new double[] { Double.parseDouble(count.group(1)), Double.parseDouble(sum.group(1)) };
    }

    private static String catchUpSummary(double[] now, double[] before) {
        double n = now[0] - before[0];
        return String.format("the standby had %.0f changes replayed a mean %.0f ms after this pod heard of them", n,
                n == 0 ? 0 : 1000 * (now[1] - before[1]) / n);
    }

    private static long xacts(OwnPostgres server) throws SQLException {
        return count(server, "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'zhibiao'");
    }

    private static long awaitXacts(OwnPostgres server, long atLeast, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        long seen = xacts(server);
        while (seen < atLeast && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            seen = xacts(server);
        }
        return seen;
    }

    private static Set<String> applicationNames(OwnPostgres server, String like) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection c = connect(server); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT DISTINCT application_name FROM pg_stat_activity"
                        + " WHERE datname = 'zhibiao' AND application_name LIKE '" + like + "'"
                        + " AND application_name <> 'zhibiao-replica-check'")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static long count(OwnPostgres server, String sql) throws SQLException {
        try (Connection c = connect(server); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection connect(OwnPostgres server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, Duration within, String what) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not within " + within);
            }
            Thread.sleep(100);
        }
    }

    private static HttpResponse<String> get(String path) {
        return IT.get(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return OwnService.send(request);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
