package io.zhibiao.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, made with the machine's binaries (/usr/lib/postgresql/N/bin),
 * so the test may stop and restart it without touching the shared one. PostgreSQL refuses to run as
 * root: as root its commands run as the {@code postgres} user (runuser), as CI does.
 */
final class OwnPostgres implements AutoCloseable {

    final int port;
    private final Path bin;
    private final Path dir;
    private final boolean asPostgresUser;
    private String settings;

    private OwnPostgres(Path bin, Path dir, int port, boolean asPostgresUser, String settings) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
        this.settings = settings;
    }

    /** Why no server can be made here, or empty when one can. */
    static Optional<String> unavailable() {
        if (binaries().isEmpty()) {
            return Optional.of("no PostgreSQL binaries under /usr/lib/postgresql/*/bin (install postgresql)");
        }
        if (isRoot() && !Files.exists(Path.of("/usr/sbin/runuser")) && !Files.exists(Path.of("/sbin/runuser"))) {
            return Optional.of("running as root without runuser: PostgreSQL cannot be started as root");
        }
        return Optional.empty();
    }

    /** Why no server can be made here, or its program {@code tool} is missing; empty when both are there. */
    static Optional<String> unavailable(String tool) {
        return unavailable().or(() -> Files.isExecutable(binaries().get().resolve(tool)) ? Optional.empty()
                : Optional.of("no " + tool + " next to the PostgreSQL binaries in " + binaries().get()));
    }

    /** initdb in a fresh folder under target/, then start; the database 'zhibiao' is created. */
    static OwnPostgres start() throws IOException, InterruptedException {
        return start("");
    }

    /** As {@link #start()}, with {@code settings} added to the server's command line (e.g. WAL archiving). */
    static OwnPostgres start(String settings) throws IOException, InterruptedException {
        OwnPostgres pg = fresh(settings);
        pg.pg(List.of("initdb", "-D", pg.dir.resolve("data").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--no-sync"));
        pg.up();
        pg.pg(List.of("createdb", "-h", "127.0.0.1", "-p", Integer.toString(pg.port), "-U", "postgres", "zhibiao"));
        return pg;
    }

    /**
     * A streaming-replication hot standby of {@code primary} ({@code pg_basebackup -R}), started on a port of
     * its own with {@code settings} added to its command line (e.g. {@code -c recovery_min_apply_delay=300ms}).
     */
    static OwnPostgres standbyOf(OwnPostgres primary, String settings) throws IOException, InterruptedException {
        OwnPostgres pg = fresh(settings);
        pg.pg(List.of("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primary.port), "-U", "postgres",
                "-D", pg.dir.resolve("data").toString(), "-R", "-X", "stream", "-c", "fast", "--no-sync"));
        pg.up();
        return pg;
    }

    /**
     * A server on a copy of {@code baseBackup} (a plain {@code pg_basebackup}) told to recover: {@code recovery.signal}
     * and {@code settings} ({@code restore_command}, {@code recovery_target_time} ...) in its
     * {@code postgresql.auto.conf}. Started; it may still be replaying when this returns (hot standby answers).
     */
    static OwnPostgres recovering(Path baseBackup, Map<String, String> settings) throws IOException, InterruptedException {
        OwnPostgres pg = fresh("");
        Path data = pg.dir.resolve("data");
        run(List.of("cp", "-a", baseBackup.toString(), data.toString()), true);
        Files.createFile(data.resolve("recovery.signal"));
        StringBuilder conf = new StringBuilder();
        settings.forEach((key, value) -> conf.append(key).append(" = '").append(value.replace("'", "''")).append("'\n"));
        Files.writeString(data.resolve("postgresql.auto.conf"), conf, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        pg.ownFolder(data);
        try {
            pg.up();
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "\nServer log:\n" + Files.readString(pg.dir.resolve("log")), e);
        }
        return pg;
    }

    /** A fresh folder under target/ that the servers may write to: a WAL archive, a base backup. */
    static Path sharedFolder(String prefix) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), prefix);
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres", dir.toString()), false);
        }
        return dir;
    }

    /** {@code pg_basebackup} of this server into {@code into} (plain format, made here), its WAL left to the archive. */
    void baseBackup(Path into) throws IOException, InterruptedException {
        pg(List.of("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-D", into.toString(),
                "-X", "none", "-c", "fast", "--no-sync"));
    }

    private static OwnPostgres fresh(String settings) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "own-postgres");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OwnPostgres pg = new OwnPostgres(binaries().get(), dir, port, isRoot(), settings);
        pg.ownFolder(dir);
        return pg;
    }

    private void ownFolder(Path folder) throws IOException, InterruptedException {
        if (asPostgresUser) {
            run(List.of("chown", "-R", "postgres", folder.toString()), false);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/zhibiao";
    }

    void up() throws IOException, InterruptedException {
        pg(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off " + settings, "start"));
    }

    /** Stops at once and starts again with other settings. */
    void restartWith(String newSettings) throws IOException, InterruptedException {
        down();
        settings = newSettings;
        up();
    }

    /** Stops at once: open connections are cut, as in a crash or a failover. */
    void down() throws IOException, InterruptedException {
        pg(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            down();
        } catch (IOException e) {
            // already down
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.add(bin.resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        run(full, true);
    }

    private static void run(List<String> command, boolean check) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || (check && p.exitValue() != 0)) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
