package io.zhibiao.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real OpenID Connect provider for a test class: Keycloak's distribution (unpacked into target/keycloak by the
 * build) in dev mode with the realm of {@code src/test/resources/oidc/zhibiao-realm.json}. Keycloak needs Java 21 or
 * later: {@code ZHIBIAO_KEYCLOAK_JAVA_HOME}, else a JDK under /usr/lib/jvm; the class is skipped, saying why, without.
 */
final class OwnKeycloak implements BeforeAllCallback, AfterAllCallback {

    private static final Path DISTRIBUTIONS = Path.of("target/keycloak");
    private static final Path REALM = Path.of("src/test/resources/oidc/zhibiao-realm.json");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port = ServiceProcess.freePorts(1).get(0);
    private Process process;
    private Path log;

    /** The issuer this provider signs as (the service's ZHIBIAO_OIDC_ISSUER). */
    String issuer() {
        return "http://127.0.0.1:" + port + "/realms/zhibiao";
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<Path> java = javaOf21OrLater();
        Assumptions.assumeTrue(java.isPresent(), "Skipped: Keycloak needs a Java of 21 or later "
                + "(set ZHIBIAO_KEYCLOAK_JAVA_HOME); none under /usr/lib/jvm");
        Path home = distribution();
        Path data = home.resolve("data");
        deleteTree(data.resolve("h2"));
        Files.createDirectories(data.resolve("import"));
        Files.copy(REALM, data.resolve("import/zhibiao-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        log = Path.of("target/keycloak-it.log");
        int management = ServiceProcess.freePorts(2).stream().filter(p -> p != port).findFirst().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + management, "--hostname-strict=false",
                "--import-realm", "--cache=local")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", java.get().toString());
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + port);
        pb.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        process = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        awaitDiscovery(Instant.now().plus(Duration.ofMinutes(5)));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** An access token for a user of the realm, by the password grant (what a script or the page's sign-in gets). */
    String accessToken(String user, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=zhibiao&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + answer.body());
        }
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    private void awaitDiscovery(Instant deadline) throws IOException, InterruptedException {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(discovery).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                List<String> lines = Files.readAllLines(log);
                throw new IllegalStateException("Keycloak did not start:\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
            }
            Thread.sleep(500);
        }
    }

    private static Path distribution() throws IOException {
        try (Stream<Path> homes = Files.list(DISTRIBUTIONS)) {
            return homes.filter(p -> Files.exists(p.resolve("bin/kc.sh"))).findFirst().orElseThrow(
                    () -> new IllegalStateException(DISTRIBUTIONS + " holds no Keycloak: run this test with mvn verify"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException(DISTRIBUTIONS + " is missing: run this test with mvn verify", e);
        }
    }

    static Optional<Path> javaOf21OrLater() throws IOException {
        String named = System.getenv("ZHIBIAO_KEYCLOAK_JAVA_HOME");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && featureVersion(h) >= 21)
                    .sorted().findFirst();
        }
    }

    private static int featureVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring(line.indexOf('"') + 1);
                    return Integer.parseInt(version.split("[.\"]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
