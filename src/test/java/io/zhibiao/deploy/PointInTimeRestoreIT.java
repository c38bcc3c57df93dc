package io.zhibiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The backup drill, with the real tools: a PostgreSQL that archives its WAL, a base backup ({@code pg_basebackup}),
 * documents posted before and after it, a moment noted, documents deleted by mistake after it; then the packaged
 * service on a new server restored from the base backup and the archive to that moment must hold every document
 * acknowledged before it, byte for byte with its observations, and none acknowledged after it.
 */
class PointInTimeRestoreIT {

    private static final String TOKEN = "drill-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LOGS = Path.of("target/pitr-it");

    static Path archive;
    static Path backups;
    static OwnPostgres primary;
    static OwnPostgres restored;
    static final List<ServiceProcess> SERVICES = new ArrayList<>();
    static int posted;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(OwnPostgres.unavailable("pg_basebackup").isEmpty(),
                () -> "Skipped: the backup drill needs a PostgreSQL of its own and pg_basebackup: "
                        + OwnPostgres.unavailable("pg_basebackup").get());
        archive = OwnPostgres.sharedFolder("pitr-wal-archive");
        backups = OwnPostgres.sharedFolder("pitr-base-backup");
        // What CloudNativePG's archiver does to object storage, into a folder: each finished segment, never overwritten.
        primary = OwnPostgres.start("-c wal_level=replica -c archive_mode=on -c archive_command='test ! -f "
                + archive + "/%f && cp %p " + archive + "/%f'");
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServiceProcess service : SERVICES) {
            service.close();
        }
        for (OwnPostgres server : new OwnPostgres[] { restored, primary }) {
            if (server != null) {
                server.close();
            }
        }
        for (Path folder : new Path[] { archive, backups }) {
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void aDeletionByMistakeIsUndoneByRestoringToTheMomentBeforeIt() throws Exception {
        ServiceProcess service = service("pitr-primary", primary);
        List<Long> beforeBackup = post(service, "备份前", 12);
        Path baseBackup = backups.resolve("base");
        long backupStart = System.nanoTime();
        primary.baseBackup(baseBackup);
        long backupMillis = millisSince(backupStart);
        List<Long> afterBackup = post(service, "备份后", 8);

        // What a reader saw just before the moment: every stored document with its observations, as served.
        Map<Long, String> acknowledged = documents(service);
        String moment = serverClock(primary);
        List<Long> afterMoment = post(service, "时刻后", 4);
        List<Long> deletedByMistake = List.of(beforeBackup.get(0), beforeBackup.get(5), beforeBackup.get(11),
                afterBackup.get(2), afterBackup.get(7));
        for (long id : deletedByMistake) {
            assertEquals(204, send(service, HttpRequest.newBuilder(service.uri("/api/documents/" + id)).DELETE()).statusCode());
        }
        assertEquals(acknowledged.size() - deletedByMistake.size() + afterMoment.size(), documents(service).size());
        service.terminate();
        assertTrue(service.awaitExit(Duration.ofSeconds(30)), "the service did not stop");
        String lastSegment = archiveCurrentSegment(primary);
        primary.down();

        long restoreStart = System.nanoTime();
        restored = OwnPostgres.recovering(baseBackup, Map.of(
                "restore_command", "cp " + archive + "/%f %p",
                "recovery_target_time", moment,
                "recovery_target_action", "promote"));
        awaitPromoted(restored, Duration.ofSeconds(60));
        long restoreMillis = millisSince(restoreStart);
        ServiceProcess onRestored = service("pitr-restored", restored);
        long readyMillis = millisSince(restoreStart);

        Map<Long, String> back = documents(onRestored);
        assertEquals(acknowledged.keySet(), back.keySet(), "documents after the restore");
        for (Map.Entry<Long, String> doc : acknowledged.entrySet()) {
            assertEquals(doc.getValue(), get(onRestored, "/api/documents/" + doc.getKey()).body(),
                    "document " + doc.getKey() + " with its observations, after the restore");
        }
        for (long id : afterMoment) {
            assertEquals(404, get(onRestored, "/api/documents/" + id).statusCode(), "document " + id + " came after the moment");
        }
        long observations = acknowledged.values().stream().mapToLong(PointInTimeRestoreIT::observationCount).sum();
        assertTrue(observations >= acknowledged.size(), "documents without observations: " + observations);
        System.out.printf("Backup drill: base backup %.1f MB in %d ms (pg_basebackup -X none); WAL archive %d segments,"
                + " %.1f MB, up to %s; restore to %s (base backup copied, WAL replayed, promoted) in %d ms, service ready on"
                + " it after %d ms; %d documents acknowledged before the moment back byte for byte with their %d observations"
                + " (%d of them deleted by mistake), %d posted after it absent%n",
                megabytes(baseBackup), backupMillis, segments(), megabytes(archive), lastSegment, moment, restoreMillis,
                readyMillis, acknowledged.size(), observations, deletedByMistake.size(), afterMoment.size());
    }

    private static ServiceProcess service(String name, OwnPostgres database) throws IOException, InterruptedException {
        ServiceProcess service = ServiceProcess.start(name, ServiceProcess.freePorts(1).get(0), Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "ZHIBIAO_EMBEDDED_DB_ENABLED", "false",
                "ZHIBIAO_API_TOKENS", TOKEN,
                "ZHIBIAO_REEXTRACT_AT_START", "false"), LOGS);
        SERVICES.add(service);
        service.awaitReady(Instant.now().plusSeconds(120));
        return service;
    }

    /** Posts {@code count} new articles, each with figures, and answers their ids once acknowledged (201). */
    private static List<Long> post(ServiceProcess service, String batch, int count) throws IOException {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int n = ++posted;
            String body = JSON.writeValueAsString(Map.of("title", "演练" + batch + i, "source", "备份演练",
                    "published", "2026-01-08", "region", "360100",
                    "text", "2025年，南昌市发放创业担保贷款" + n + "亿元，培训" + (n + 1) + "万人次，新开工项目" + (n + 10) + "个。"));
            HttpResponse<String> r = send(service, HttpRequest.newBuilder(service.uri("/api/documents"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(201, r.statusCode(), r.body());
            ids.add(JSON.readTree(r.body()).get("id").asLong());
        }
        return ids;
    }

    /** Every stored document by id, each as {@code GET /api/documents/{id}} answers it (with its observations). */
    private static Map<Long, String> documents(ServiceProcess service) throws IOException {
        Map<Long, String> documents = new TreeMap<>();
        for (int page = 0;; page++) {
            JsonNode items = JSON.readTree(get(service, "/api/documents?size=100&page=" + page).body()).get("items");
            for (JsonNode item : items) {
                long id = item.get("id").asLong();
                documents.put(id, get(service, "/api/documents/" + id).body());
            }
            if (items.size() < 100) {
                return documents;
            }
        }
    }

    /** The server's own clock, as recovery_target_time reads it, with a pause either side so no commit shares it. */
    private static String serverClock(OwnPostgres server) throws SQLException, InterruptedException {
        Thread.sleep(200);
        String now = query(server, "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'");
        Thread.sleep(200);
        return now;
    }

    /** Closes the segment being written and waits until the archive has it, as the archive timeout would. */
    private static String archiveCurrentSegment(OwnPostgres server) throws SQLException, InterruptedException {
        String segment = query(server, "SELECT pg_walfile_name(pg_switch_wal())");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!segment.equals(query(server, "SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver"))) {
            assertTrue(Instant.now().isBefore(deadline), "segment " + segment + " was not archived");
            Thread.sleep(100);
        }
        return segment;
    }

    private static void awaitPromoted(OwnPostgres server, Duration within) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!"f".equals(query(server, "SELECT pg_is_in_recovery()"))) {
            assertTrue(Instant.now().isBefore(deadline), "the restored server was not promoted in " + within);
            Thread.sleep(50);
        }
    }

    private static String query(OwnPostgres server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long observationCount(String document) {
        try {
            return JSON.readTree(document).get("observations").size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long segments() throws IOException {
        try (Stream<Path> files = Files.list(archive)) {
            return files.filter(f -> f.getFileName().toString().matches("[0-9A-F]{24}")).count();
        }
    }

    private static double megabytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1e6;
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static HttpResponse<String> get(ServiceProcess service, String path) throws IOException {
        return send(service, HttpRequest.newBuilder(service.uri(path)).GET());
    }

    private static HttpResponse<String> send(ServiceProcess service, HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(service.name + ": interrupted", e);
        }
    }
}
