package io.zhibiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two packaged instances of the service on one fresh PostgreSQL database, started at the same moment, as
 * two replicas of a Deployment are: they migrate and seed it once, render each chart once, store each
 * document posted to both once, and one of them stopping (SIGTERM) drains its own requests and costs the
 * other none; a rolling replacement behind readiness loses no request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    static final String TOKEN = "two-instances-token";
    static final int GENERATED_SEEDS = 4;
    static final int POSTED_DOCUMENTS = 8;
    static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(2);
    static final Path WORK = Path.of("target/two-instances");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static TestDatabase db;
    static ServiceProcess a;
    static ServiceProcess b;
    static ServiceProcess c;
    static Map<String, String> env;
    static Duration bothReadyAfter;
    static int seedCount;

    @BeforeAll
    static void startTwoInstancesAtOnce() throws Exception {
        db = TestDatabase.fresh("two");
        Path seeds = seedFolder();
        List<Integer> ports = ServiceProcess.freePorts(2);
        env = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", db.url(),
                "QUARKUS_DATASOURCE_USERNAME", db.user(),
                "QUARKUS_DATASOURCE_PASSWORD", db.password(),
                "ZHIBIAO_EMBEDDED_DB_ENABLED", "false",
                "ZHIBIAO_SEEDS_DIR", seeds.toAbsolutePath().toString(),
                "ZHIBIAO_API_TOKENS", TOKEN,
                "QUARKUS_SHUTDOWN_DELAY", SHUTDOWN_DELAY.toSeconds() + "s",
                "QUARKUS_SHUTDOWN_TIMEOUT", "20s");
        Instant started = Instant.now();
        // B is configured as in prod: its jOOQ reads go to a second datasource named by ZHIBIAO_READ_JDBC_URL
        // (here the same database, standing in for a replica).
        Map<String, String> withReplica = new HashMap<>(env);
        withReplica.put("ZHIBIAO_READ_JDBC_URL", db.url());
        withReplica.put("QUARKUS_DATASOURCE_READ_JDBC_MAX_SIZE", "4");
        a = ServiceProcess.start("a", ports.get(0), env, WORK);
        b = ServiceProcess.start("b", ports.get(1), withReplica, WORK);
        // Whatever happens to this JVM, the two children go with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Stream.of(a, b, c).filter(p -> p != null)
                .forEach(ServiceProcess::kill)));
        Instant deadline = started.plusSeconds(120);
        a.awaitReady(deadline);
        b.awaitReady(deadline);
        bothReadyAfter = Duration.between(started, Instant.now());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (ServiceProcess p : new ServiceProcess[] { a, b, c }) {
            if (p != null) {
                p.close();
            }
        }
        if (db != null) {
            db.drop();
        }
    }

    @Test
    @Order(1)
    void instancesStartedTogetherMigrateOnceAndStoreEachSeedOnce() throws SQLException {
        System.out.printf("two-instances: both ready %d ms after launch%n", bothReadyAfter.toMillis());
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            ResultSet migrations = s.executeQuery("""
                    SELECT count(*), count(DISTINCT version), bool_and(success) FROM flyway_schema_history
                    WHERE version IS NOT NULL""");
            migrations.next();
            assertTrue(migrations.getInt(1) >= 3, "migrations applied: " + migrations.getInt(1));
            assertEquals(migrations.getInt(2), migrations.getInt(1), "a migration ran twice");
            assertTrue(migrations.getBoolean(3), "a migration failed");
            assertEquals(seedCount, count(s, "SELECT count(*) FROM document"));
            assertEquals(seedCount, count(s, "SELECT count(DISTINCT sha256) FROM document"));
            assertEquals(0, duplicateObservations(s));
            assertEquals(count(s, "SELECT count(*) FROM region"), count(s, "SELECT count(DISTINCT code) FROM region"));
        }
    }

    @Test
    @Order(1)
    void theEnvironmentVariableTurnsOnTheReadDatasource() throws Exception {
        JsonNode b = JSON.readTree(get(TwoInstancesIT.b, "/q/health/ready"));
        JsonNode a = JSON.readTree(get(TwoInstancesIT.a, "/q/health/ready"));
        // The read datasource is watched by its own check (which stays UP), not by the database check.
        assertTrue(databaseCheck(b).path("data").path("read").isMissingNode(), b.toString());
        assertEquals("UP", check(b, "Read replica").path("status").asText(), b.toString());
        assertTrue(!"none".equals(check(b, "Read replica").path("data").path("standby").asText()), b.toString());
        assertEquals("none", check(a, "Read replica").path("data").path("standby").asText(), a.toString());
    }

    @Test
    @Order(1)
    void bothInstancesPrerenderedEachChartOnceAndServeTheSameCharts() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            awaitChartsSettled(s);
            long charts = count(s, "SELECT count(*) FROM chart");
            System.out.printf("two-instances: %d charts after start-up, renders per chart: %s%n", charts,
                    count(s, "SELECT coalesce(max(render_count), 0) FROM chart"));
            // The seed alone may define no chart (a series needs two periods, a comparison three regions);
            // the posts of the next test make some, and the race is checked again there.
            // Both instances ran their start-up pass over the same data; the advisory lock and the data hash
            // leave one render per chart, whichever instance did it.
            assertEquals(0, count(s, "SELECT count(*) FROM chart WHERE render_count <> 1"));
        }
        assertEquals(chartEtags(a), chartEtags(b), "both instances list the same charts with the same ETags");
    }

    @Test
    @Order(2)
    void theSameDocumentsPostedToBothAtOnceAreStoredOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2 * POSTED_DOCUMENTS);
        CountDownLatch go = new CountDownLatch(1);
        Map<Integer, List<Future<HttpResponse<String>>>> answers = new HashMap<>();
        try {
            for (int n = 0; n < POSTED_DOCUMENTS; n++) {
                String body = documentJson(100 + n);
                for (ServiceProcess target : List.of(a, b)) {
                    answers.computeIfAbsent(n, k -> new ArrayList<>()).add(pool.submit(() -> {
                        go.await();
                        return HTTP.send(post(target, body), HttpResponse.BodyHandlers.ofString());
                    }));
                }
            }
            go.countDown();
            for (var entry : answers.entrySet()) {
                List<Integer> statuses = new ArrayList<>();
                List<Long> ids = new ArrayList<>();
                for (Future<HttpResponse<String>> f : entry.getValue()) {
                    HttpResponse<String> r = f.get();
                    statuses.add(r.statusCode());
                    ids.add(JSON.readTree(r.body()).path("id").asLong());
                }
                statuses.sort(null);
                assertEquals(List.of(200, 201), statuses, "document " + entry.getKey() + ": one instance creates, the other finds it");
                assertEquals(ids.get(0), ids.get(1), "document " + entry.getKey() + ": both answer with the same id");
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertEquals(seedCount + POSTED_DOCUMENTS, count(s, "SELECT count(*) FROM document"));
            assertEquals(seedCount + POSTED_DOCUMENTS, count(s, "SELECT count(DISTINCT sha256) FROM document"));
            assertEquals(0, duplicateObservations(s));
            assertTrue(count(s, "SELECT count(*) FROM observation") > 0, "the posted texts hold figures");
            awaitChartsSettled(s);
        }
        Map<String, String> etags = chartEtags(a);
        assertTrue(!etags.isEmpty(), "the posted articles, several years of one district, make charts");
        assertEquals(etags, chartEtags(b), "after the posts both instances list the same charts");
        for (String key : etags.keySet()) {
            byte[] fromA = HTTP.send(HttpRequest.newBuilder(a.uri("/api/charts/" + key + ".png")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            byte[] fromB = HTTP.send(HttpRequest.newBuilder(b.uri("/api/charts/" + key + ".png")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            assertTrue(java.util.Arrays.equals(fromA, fromB), key + ": both instances serve the same PNG bytes");
        }
    }

    @Test
    @Order(3)
    void stoppingOneInstanceDrainsItsRequestsAndLosesNoneAtTheOther() throws Exception {
        AtomicBoolean polling = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Integer> served = new ArrayList<>();
        Thread poller = new Thread(() -> {
            List<String> paths = List.of("/api/regions/360000", "/api/documents", "/q/health/ready");
            for (int i = 0; polling.get(); i++) {
                String path = paths.get(i % paths.size());
                int status = b.status(path);
                synchronized (served) {
                    served.add(status);
                }
                if (status != 200) {
                    failures.add(path + " -> " + status);
                }
            }
        }, "poll-b");
        poller.start();

        // A request in flight at A: headers and half the body sent, the rest only after SIGTERM.
        byte[] body = documentJson(900).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", a.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:" + a.port + "\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(500);

            Instant sigterm = Instant.now();
            a.terminate();
            assertTrue(awaitStatus(a, "/q/health/ready", 503, SHUTDOWN_DELAY),
                    "A must report not-ready during its shutdown delay, before it refuses anything");
            assertEquals(200, a.status("/api/regions/360000"), "A still serves during its shutdown delay");
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), sigterm.plus(SHUTDOWN_DELAY).plusSeconds(1)).toMillis()));
            assertTrue(a.isAlive(), "A waits for its in-flight request instead of exiting");

            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String statusLine = firstLine(socket.getInputStream());
            assertEquals("HTTP/1.1 201 Created", statusLine, "the in-flight request finishes normally");
        }
        assertTrue(a.awaitExit(Duration.ofSeconds(25)), "A exits once drained:\n" + a.tail());
        Thread.sleep(1000);
        polling.set(false);
        poller.join(10_000);

        System.out.printf("two-instances: %d requests served by B while A stopped, %d failed%n", served.size(), failures.size());
        assertTrue(failures.isEmpty(), "requests lost at B: " + failures);
        assertTrue(served.size() >= 20, "the poller ran during the stop: " + served.size() + " requests");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertEquals(seedCount + POSTED_DOCUMENTS + 1, count(s, "SELECT count(*) FROM document"));
        }
    }

    @Test
    @Order(4)
    void aRollingReplacementBehindReadinessLosesNoRequest() throws Exception {
        // The cluster's part, played here: a Service sends traffic only to endpoints whose readiness probe
        // passes (probed every 500 ms, as periodSeconds would); clients go round-robin over those.
        ReadinessRouter service = new ReadinessRouter(Duration.ofMillis(500));
        service.add(b);
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, Integer> servedBy = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    ServiceProcess target;
                    try {
                        target = service.next();
                    } catch (InterruptedException | IllegalStateException e) {
                        failures.add("no endpoint: " + e.getMessage());
                        return;
                    }
                    int status = target.status("/api/regions/360000");
                    servedBy.merge(target.name, 1, Integer::sum);
                    if (status != 200) {
                        failures.add(target.name + " -> " + status);
                    }
                }
            }, "client-" + i);
            client.start();
            clients.add(client);
        }
        try {
            // maxSurge 1, maxUnavailable 0: the new pod first, the old one only once the new one is ready.
            c = ServiceProcess.start("c", ServiceProcess.freePorts(1).get(0), env, WORK);
            c.awaitReady(Instant.now().plusSeconds(90));
            service.add(c);
            service.awaitRouted(c, Duration.ofSeconds(5));
            b.terminate();
            assertTrue(b.awaitExit(Duration.ofSeconds(30)), "B exits once drained:\n" + b.tail());
            Thread.sleep(1000);
        } finally {
            running.set(false);
            for (Thread client : clients) {
                client.join(10_000);
            }
            service.close();
        }
        System.out.printf("two-instances: rolling replacement B -> C, requests served %s, failed %d%n", servedBy, failures.size());
        assertTrue(failures.isEmpty(), "requests lost during the rollout: " + failures);
        assertTrue(servedBy.getOrDefault("b", 0) > 0 && servedBy.getOrDefault("c", 0) > 0, servedBy.toString());
        try (Connection conn = db.connect(); Statement s = conn.createStatement()) {
            assertEquals(seedCount + POSTED_DOCUMENTS + 1, count(s, "SELECT count(DISTINCT sha256) FROM document"));
            assertEquals(seedCount + POSTED_DOCUMENTS + 1, count(s, "SELECT count(*) FROM document"));
        }
    }

    /** Waits until no instance renders any more: the charts' total render count stays put for 1.5 s. */
    private static void awaitChartsSettled(Statement s) throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        long last = -1;
        int stable = 0;
        while (stable < 3) {
            long now = count(s, "SELECT coalesce(sum(render_count), 0) * 100000 + count(*) FROM chart");
            stable = now == last ? stable + 1 : 0;
            last = now;
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("charts still rendering after 30 s");
            }
            Thread.sleep(500);
        }
    }

    private static Map<String, String> chartEtags(ServiceProcess p) throws IOException, InterruptedException {
        Map<String, String> etags = new java.util.TreeMap<>();
        for (JsonNode chart : JSON.readTree(get(p, "/api/charts?size=200")).path("items")) {
            etags.put(chart.path("key").asText(), chart.path("etag").asText());
        }
        return etags;
    }

    private static String get(ServiceProcess target, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(target.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static JsonNode databaseCheck(JsonNode health) {
        return check(health, "Database connections health check");
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (name.equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no check '" + name + "' in " + health);
    }

    private static HttpRequest post(ServiceProcess target, String json) {
        return HttpRequest.newBuilder(target.uri("/api/documents")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    /** A short article with figures, different for each {@code n}. */
    static String articleText(int n) {
        // Several years of one district: the posted articles make series charts.
        return (2021 + n % 5) + "年，南昌市青山湖区新开工项目" + n + "个，完成投资" + (n * 3 + 1) + ".5亿元，培训" + (n + 2)
                + "万人次。（两实例测试稿件第" + n + "号）";
    }

    private static String documentJson(int n) throws IOException {
        return JSON.writeValueAsString(Map.of("title", "两实例测试 " + n, "source", "测试", "published", "2026-01-08",
                "text", articleText(n), "region", "360111"));
    }

    /** The real seeds plus a few generated ones, so that both instances race on several documents at start-up. */
    private static Path seedFolder() throws IOException {
        Path dir = WORK.resolve("seeds");
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        try (Stream<Path> real = Files.list(Path.of("seeds"))) {
            for (Path p : real.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        for (int n = 0; n < GENERATED_SEEDS; n++) {
            // No figures: the charts' data at start-up then comes from the real seed alone, one state per chart.
            Files.writeString(dir.resolve("two_" + n + ".txt"), "两实例种子稿件，没有数字的说明文字。" + "甲乙丙丁戊己庚辛".charAt(n));
            Files.writeString(dir.resolve("two_" + n + ".json"), JSON.writeValueAsString(
                    Map.of("title", "两实例种子 " + n, "source", "测试", "published", "2026-01-08", "region", "360111")));
        }
        try (Stream<Path> texts = Files.list(dir)) {
            seedCount = (int) texts.filter(p -> p.toString().endsWith(".txt")).count();
        }
        return dir;
    }

    private static boolean awaitStatus(ServiceProcess p, String path, int expected, Duration within) throws InterruptedException {
        Instant end = Instant.now().plus(within);
        while (Instant.now().isBefore(end)) {
            if (p.status(path) == expected) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int ch = in.read(); ch != -1 && ch != '\n'; ch = in.read()) {
            if (ch != '\r') {
                line.append((char) ch);
            }
        }
        return line.toString();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long duplicateObservations(Statement s) throws SQLException {
        return count(s, """
                SELECT count(*) FROM (SELECT document_id, start_offset, end_offset, indicator_code, kind
                                      FROM observation GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1) d""");
    }

    /** A fresh database on the server the build uses (QUARKUS_DATASOURCE_JDBC_URL), dropped afterwards. */
    record TestDatabase(String adminUrl, String url, String name, String user, String password) {

        private static final Pattern JDBC = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?$");
        private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres embedded;

        static TestDatabase fresh(String suffix) throws SQLException {
            String base = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
            if (base == null || base.isBlank()) {
                base = embeddedServer();
            }
            Matcher m = JDBC.matcher(base);
            if (!m.matches()) {
                throw new IllegalStateException("Cannot read the database name in " + base);
            }
            String name = m.group(2) + "_" + suffix;
            String params = m.group(3) == null ? "" : m.group(3);
            TestDatabase db = new TestDatabase(base, m.group(1) + name + params, name,
                    System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                    System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
            db.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            db.admin("CREATE DATABASE " + name);
            return db;
        }

        /** Without a named server, both instances share one embedded PostgreSQL, as the other tests do. */
        private static String embeddedServer() {
            if ("root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("The two-instance test needs a PostgreSQL server both instances share, and "
                        + "the embedded one refuses to run as root: set QUARKUS_DATASOURCE_JDBC_URL "
                        + "(e.g. jdbc:postgresql://127.0.0.1:5432/test)");
            }
            try {
                embedded = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("Could not start an embedded PostgreSQL", e);
            }
            return embedded.getJdbcUrl("postgres", "postgres");
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        void drop() throws SQLException, IOException {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            if (embedded != null) {
                embedded.close();
            }
        }

        private void admin(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
