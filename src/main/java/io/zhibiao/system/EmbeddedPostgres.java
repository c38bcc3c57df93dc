package io.zhibiao.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * The PostgreSQL the service starts for itself when no server is configured, one per JVM.
 */
final class EmbeddedPostgres {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres running;
    private static final String URL_PROPERTY = "zhibiao.embedded-db.running-url.";

    private EmbeddedPostgres() {
    }

    /**
     * Starts the server on {@code dataDir} (or returns the running one) and gives its JDBC URL.
     *
     * @param fresh wipe the folder first; tests want a new database every run
     */
    static synchronized String start(Path dataDir, boolean fresh) {
        Path dir = dataDir.toAbsolutePath().normalize();
        // Dev-mode reloads and test restarts load this class again in a new class loader; a system
        // property is what survives, so the server started first is found and reused.
        String known = System.getProperty(URL_PROPERTY + dir);
        if (known != null) {
            return known;
        }
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The embedded PostgreSQL cannot run as root: PostgreSQL itself "
                    + "refuses to. Run as a normal user, or set QUARKUS_DATASOURCE_JDBC_URL to a PostgreSQL server "
                    + "(e.g. jdbc:postgresql://127.0.0.1:5432/test).");
        }
        try {
            if (fresh) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            long t0 = System.nanoTime();
            running = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .start();
            System.setProperty(URL_PROPERTY + dir, jdbcUrl());
            LOG.infof("Embedded PostgreSQL started in %d ms, data in %s, port %d",
                    (System.nanoTime() - t0) / 1_000_000, dir, running.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop, "embedded-postgres-stop"));
            return jdbcUrl();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + running.getPort() + "/postgres";
    }

    private static synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
        running = null;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
