package io.zhibiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The container image as production runs it: built by {@code bin/build-image.sh} from this build's
 * target/quarkus-app with podman, started as a non-root user on a read-only root file system against a fresh
 * database of the machine's PostgreSQL, it becomes ready, serves JSON and Chinese charts, and stops on SIGTERM
 * within the Deployment's grace period. Skipped, saying why, where podman cannot build or run it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerImageIT {

    static final String IMAGE = "localhost/zhibiao:it";
    static final String BASE = "localhost/debian-base:bookworm";
    static final Path WORK = Path.of("target/container-image");
    static final List<String> PODMAN = List.of("podman", "--runtime", "/usr/sbin/runc");
    // runc, not crun (which fails on this machine's cgroups); ulimits the sandbox can grant; the host's network.
    static final List<String> RUN_FLAGS = List.of("--network", "host", "--ulimit", "nofile=4096:4096", "--ulimit",
            "nproc=4096:4096");
    static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(2);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    static TwoInstancesIT.TestDatabase db;
    static String container;
    static int port;
    static Duration readyAfter;

    @BeforeAll
    static void buildAndStartTheImage() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runc")) && succeeds(List.of("podman", "--version")),
                "Skipped: podman and runc are not installed. Install them (apt-get install podman runc debootstrap) "
                        + "and build the image with bin/build-image.sh; see k8s/README.md");
        boolean hasBase = succeeds(command("image", "exists", BASE));
        Assumptions.assumeTrue(hasBase || (isRoot() && Files.isExecutable(Path.of("/usr/sbin/debootstrap"))),
                "Skipped: no base image " + BASE + " and no way to make one here (debootstrap needs root). "
                        + "Build it with bin/build-image.sh as root; see k8s/README.md");
        Files.createDirectories(WORK);
        Result previous = run(command("image", "inspect", "--format", "{{.Id}}", IMAGE));
        // Always build: the layers of the JRE are cached, so only this build's application layers are new
        // (seconds; the first build here, with debootstrap and the JRE, takes about two and a half minutes).
        Instant t0 = Instant.now();
        ProcessBuilder build = new ProcessBuilder("bin/build-image.sh", "--skip-package")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("build.log").toFile());
        build.environment().put("IMAGE", IMAGE);
        build.environment().put("BASE_IMAGE", BASE);
        Process p = build.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("bin/build-image.sh took over 10 minutes; see " + WORK.resolve("build.log"));
        }
        assertEquals(0, p.exitValue(), "bin/build-image.sh failed:\n" + tail(Files.readString(WORK.resolve("build.log"))));
        System.out.printf("ContainerImageIT: image %s built in %d s%n", IMAGE, Duration.between(t0, Instant.now()).toSeconds());
        String built = podman("image", "inspect", "--format", "{{.Id}}", IMAGE).strip();
        if (previous.exit() == 0 && !previous.output().strip().equals(built)) {
            // The image this tag named before is left untagged by the build: remove it, so runs do not pile up.
            run(command("rmi", previous.output().strip()));
        }

        db = TwoInstancesIT.TestDatabase.fresh("image");
        port = freePort();
        container = "zhibiao-it-" + ProcessHandle.current().pid();
        podman("rm", "--force", "--ignore", container);
        List<String> run = new ArrayList<>(List.of("run", "--detach", "--name", container));
        run.addAll(RUN_FLAGS);
        run.addAll(List.of("--read-only", "--tmpfs", "/tmp"));
        Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.url(), "QUARKUS_DATASOURCE_USERNAME", db.user(),
                "QUARKUS_DATASOURCE_PASSWORD", db.password(), "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_SHUTDOWN_DELAY", SHUTDOWN_DELAY.toSeconds() + "s")
                .forEach((k, v) -> run.addAll(List.of("--env", k + "=" + v)));
        run.add(IMAGE);
        Instant started = Instant.now();
        podman(run.toArray(String[]::new));
        awaitReady(started.plusSeconds(240));
        readyAfter = Duration.between(started, Instant.now());
        System.out.printf("ContainerImageIT: ready after %.1f s%n", readyAfter.toMillis() / 1000.0);
    }

    @AfterAll
    static void removeTheContainerAndDatabase() throws Exception {
        if (container != null) {
            Files.writeString(WORK.resolve("container.log"), podman("logs", container));
            podman("rm", "--force", "--ignore", container);
        }
        if (db != null) {
            db.drop();
        }
    }

    @Test
    @Order(1)
    void runsAsTheNonRootUserOnAReadOnlyRootFileSystem() throws Exception {
        // The JVM itself (PID 1), not just a shell started beside it.
        String status = podman("exec", container, "cat", "/proc/1/status");
        assertTrue(status.lines().anyMatch(l -> l.matches("Uid:\\s+185\\s+185\\s+185\\s+185")), status);
        assertTrue(podman("exec", container, "cat", "/proc/1/cmdline").startsWith("java"), "java is PID 1, so it gets SIGTERM");
        assertEquals("true", podman("inspect", "--format", "{{.HostConfig.ReadonlyRootfs}}", container).strip());
        Result write = run(command("exec", container, "touch", "/deployments/probe"));
        assertNotEquals(0, write.exit());
        assertTrue(write.output().contains("Read-only file system"), write.output());
    }

    @Test
    @Order(2)
    void carriesNoEmbeddedPostgresAndReadsSeedsAndSpecsFromItsJar() throws Exception {
        String libraries = podman("exec", container, "ls", "/deployments/lib/main");
        assertTrue(libraries.contains("io.quarkus.quarkus-core"), libraries);
        assertFalse(libraries.contains("zonky"), "the image must not carry the embedded PostgreSQL:\n" + libraries);
        String log = podman("logs", container);
        assertTrue(log.contains("Seeds from classpath:zhibiao/seeds: 1 added"), log);
        assertTrue(log.contains("Chart specs from classpath:zhibiao/charts: [compare-bar, series-line, target-vs-actual]"), log);
        assertFalse(podman("exec", container, "ls", "/deployments").contains("seeds"), "no folder of seeds beside the jar");
    }

    @Test
    @Order(3)
    void servesJson() throws Exception {
        HttpResponse<String> region = get("/api/regions/360000", HttpResponse.BodyHandlers.ofString());
        assertEquals(200, region.statusCode());
        assertTrue(region.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("江西省", JSON.readTree(region.body()).path("region").path("name").asText(), region.body());
        JsonNode documents = JSON.readTree(get("/api/documents", HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(1, documents.path("total").asInt(), "the seed the jar carries is stored: " + documents);
    }

    @Test
    @Order(4)
    void rendersAChartWithChineseText() throws Exception {
        JsonNode charts = JSON.readTree(get("/q/health/group/charts", HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("UP", charts.path("status").asText(), charts.toString());
        assertEquals("Zhibiao Sans SC", charts.path("checks").path(0).path("data").path("font").asText(), charts.toString());

        // 南康区招生计划数: the seed's enrolment target of 赣州's 南康区, titled in Chinese.
        HttpResponse<byte[]> png = get("/api/charts/render.png?indicator=enrollment.target&region=360703&type=bar",
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        Files.write(WORK.resolve("chart.png"), png.body());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertNotNull(image, "the answer must decode as a PNG");
        assertEquals(1200, image.getWidth());
        assertEquals(675, image.getHeight());
        // The title (top left, 8 glyphs of about 22 px) is drawn in real glyphs: its columns of ink are many and
        // unlike each other. A blank band has none; missing-glyph boxes give a handful of repeated columns
        // (edges, top and bottom lines). Rendered here: 156 inked columns, 113 distinct.
        Set<Long> columns = new HashSet<>();
        for (int x = 15; x < 260; x++) {
            long ink = 0;
            for (int y = 15; y < 50; y++) {
                if (luminance(image.getRGB(x, y)) < 100) {
                    ink |= 1L << (y - 15);
                }
            }
            if (ink != 0) {
                columns.add(ink);
            }
        }
        assertTrue(columns.size() > 60, "the Chinese title should be drawn in varied glyphs; distinct columns: " + columns.size());
    }

    @Test
    @Order(5)
    void stopsGracefullyOnSigtermWithinTheGracePeriod() throws Exception {
        Object grace = Manifests.path(Manifests.render("prod").one("Deployment", "zhibiao"),
                "spec", "template", "spec", "terminationGracePeriodSeconds");
        int graceSeconds = ((Number) grace).intValue();
        Instant t0 = Instant.now();
        // podman kill sends the signal only; kubelet's SIGKILL after the grace period is this wait's limit.
        podman("kill", "--signal", "TERM", container);
        Result wait = run(command("wait", container), Duration.ofSeconds(graceSeconds));
        Duration took = Duration.between(t0, Instant.now());
        System.out.printf("ContainerImageIT: stopped %.1f s after SIGTERM (grace period %d s)%n", took.toMillis() / 1000.0,
                graceSeconds);
        assertEquals(0, wait.exit(), "still running " + graceSeconds + " s after SIGTERM: " + wait.output());
        // 143 = 128 + SIGTERM: the JVM ran its shutdown hooks and exited for the signal (137 would be SIGKILL).
        assertEquals("143", wait.output().strip());
        assertTrue(took.compareTo(SHUTDOWN_DELAY) >= 0, "readiness should stay DOWN for the shutdown delay first: " + took);
        assertTrue(podman("logs", container).contains("zhibiao stopped in"), "Quarkus's own shutdown ran");
    }

    /**
     * A port the system picks, free on every interface (the container shares the host's network). Not from the
     * 18700-18799 range of {@link ServiceProcess}: other builds on this machine take those first-free-first, and a
     * container's JVM binds its port long after the check.
     */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Ready once the container's own log says it listens on our port and readiness answers 200 there. */
    private static void awaitReady(Instant deadline) throws Exception {
        while (true) {
            try {
                if (podman("logs", container).contains("Listening on: http://0.0.0.0:" + port)
                        && get("/q/health/ready", HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!podman("inspect", "--format", "{{.State.Running}}", container).strip().equals("true")) {
                throw new IllegalStateException("The container exited during start-up:\n" + tail(podman("logs", container)));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The container was not ready in time:\n" + tail(podman("logs", container)));
            }
            Thread.sleep(500);
        }
    }

    private static <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, body);
    }

    private static int luminance(int rgb) {
        return (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
    }

    record Result(int exit, String output) {
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(PODMAN);
        command.addAll(List.of(args));
        return command;
    }

    /** Runs podman with these arguments and gives its output; a failure is an error. */
    private static String podman(String... args) throws IOException, InterruptedException {
        Result result = run(command(args));
        if (result.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command(args)) + " failed:\n" + result.output());
        }
        return result.output();
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        return run(command, Duration.ofMinutes(2));
    }

    private static Result run(List<String> command, Duration limit) throws IOException, InterruptedException {
        Path out = Files.createTempFile("podman", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                return new Result(-1, "timed out after " + limit.toSeconds() + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static boolean succeeds(List<String> command) {
        try {
            return run(command).exit() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
