package io.zhibiao.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private OwnPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
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

    /** initdb in a fresh folder under target/, then start; the database 'zhibiao' is created. */
    static OwnPostgres start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "own-postgres");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OwnPostgres pg = new OwnPostgres(binaries().get(), dir, port, isRoot());
        if (pg.asPostgresUser) {
            run(List.of("chown", "-R", "postgres", dir.toString()), false);
        }
        pg.pg(List.of("initdb", "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--no-sync"));
        pg.up();
        pg.pg(List.of("createdb", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "zhibiao"));
        return pg;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/zhibiao";
    }

    void up() throws IOException, InterruptedException {
        pg(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
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
