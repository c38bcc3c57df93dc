package io.zhibiao.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own JVM on a port of ours. */
final class ServiceProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    // Ports 18700-18799 are this feature's; the first free ones are taken.
    private static final int FIRST_PORT = 18700;
    private static final int LAST_PORT = 18799;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar with {@code env} added to this JVM's environment; does not wait for it. */
    static ServiceProcess start(String name, int port, Map<String, String> env, Path logDir) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run this test in the integration-test phase (mvn verify)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(name, port, log, pb.start());
    }

    /**
     * Ports free now, scanned from a random point of the range: two builds at once on one machine, both scanning from
     * its start, took the same ports, and one's tests reached the other's service (a new document found "already
     * stored").
     */
    static List<Integer> freePorts(int count) {
        List<Integer> ports = new ArrayList<>();
        int span = LAST_PORT - FIRST_PORT + 1;
        int from = java.util.concurrent.ThreadLocalRandom.current().nextInt(span);
        for (int i = 0; i < span && ports.size() < count; i++) {
            int p = FIRST_PORT + (from + i) % span;
            try (ServerSocket s = new ServerSocket(p, 1, java.net.InetAddress.getLoopbackAddress())) {
                ports.add(p);
            } catch (IOException taken) {
                // try the next one
            }
        }
        if (ports.size() < count) {
            throw new IllegalStateException("Fewer than " + count + " free ports in " + FIRST_PORT + "-" + LAST_PORT);
        }
        return ports;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Status of a GET, or -1 when nothing answers. */
    int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    void awaitReady(Instant deadline) throws IOException, InterruptedException {
        while (status("/q/health/ready") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " during start-up:\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready in time:\n" + tail());
            }
            Thread.sleep(250);
        }
    }

    /** Sends SIGTERM, as Kubernetes does to a pod it stops. */
    void terminate() {
        process.destroy();
    }

    boolean awaitExit(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Stops the process whatever happened: SIGTERM, then SIGKILL after 15 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    void kill() {
        process.destroyForcibly();
    }
}
