package io.zhibiao.deploy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged service over a PostgreSQL of the test's own (and, if asked, a hot standby of it), started before a test
 * class and stopped after it: {@code @RegisterExtension static final OwnService IT = OwnService.named("faults", env)}.
 * Skips the class, saying why, where no PostgreSQL of its own can run. Its requests answer null on a connection error,
 * which is what a fault test counts.
 */
final class OwnService implements BeforeAllCallback, AfterAllCallback {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Map<String, String> env;
    private String standbySettings;
    private Duration readyWithin = Duration.ofSeconds(120);
    private OwnPostgres primary;
    private OwnPostgres standby;
    private ServiceProcess service;

    private OwnService(String name, Map<String, String> env) {
        this.name = name;
        this.env = env;
    }

    /** A service named {@code name} (its log in target/{name}-it) with {@code env} over the primary's datasource. */
    static OwnService named(String name, Map<String, String> env) {
        return new OwnService(name, env);
    }

    /** Reads from a hot standby of the primary started with {@code settings}, as the {@code read} datasource. */
    OwnService withStandby(String settings) {
        this.standbySettings = settings;
        return this;
    }

    OwnService readyWithin(Duration within) {
        this.readyWithin = within;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue(OwnPostgres.unavailable().isEmpty(), () -> "Skipped: " + context.getDisplayName()
                + " needs PostgreSQL servers of its own: " + OwnPostgres.unavailable().get());
        primary = OwnPostgres.start();
        var all = new HashMap<String, String>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", primary.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "ZHIBIAO_REEXTRACT_AT_START", "false"));
        if (standbySettings != null) {
            standby = OwnPostgres.standbyOf(primary, standbySettings);
            all.put("ZHIBIAO_READ_JDBC_URL", standby.jdbcUrl());
            all.put("ZHIBIAO_EMBEDDED_DB_ENABLED", "false");
        }
        all.putAll(env);
        service = ServiceProcess.start(name, ServiceProcess.freePorts(1).get(0), all, Path.of("target/" + name + "-it"));
        // A JVM stopped early must not leave the service holding its port.
        Runtime.getRuntime().addShutdownHook(new Thread(service::kill));
        service.awaitReady(Instant.now().plus(readyWithin));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (service != null) {
            service.close();
        }
        if (standby != null) {
            standby.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    ServiceProcess service() {
        return service;
    }

    OwnPostgres primary() {
        return primary;
    }

    OwnPostgres standby() {
        return standby;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(service.uri(path)).GET());
    }

    /** The answer, or null when the connection failed (the service down or restarting). */
    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
