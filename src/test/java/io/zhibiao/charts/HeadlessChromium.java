package io.zhibiao.charts;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven through chromedriver's W3C WebDriver protocol, with nothing but the
 * JDK's HTTP client: enough to open a page, click, run a script, take a screenshot and download a file.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The W3C web element identifier key. */
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final Process driver;
    private final String base;
    private final String session;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The Chromium and chromedriver binaries, when both are installed. */
    static Optional<Path[]> binaries() {
        Path chromium = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        return Files.isExecutable(chromium) && Files.isExecutable(driver) ? Optional.of(new Path[] { chromium, driver })
                : Optional.empty();
    }

    HeadlessChromium(Path chromium, Path chromedriver, Path profile, Path downloads, int width, int height) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createDirectories(profile.getParent()).resolve("chromedriver.log");
        this.driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        this.base = "http://127.0.0.1:" + port;
        try {
            this.session = startSession(chromium, profile, downloads, width, height);
        } catch (Exception | AssertionError e) {
            driver.destroy();
            throw e;
        }
    }

    private String startSession(Path chromium, Path profile, Path downloads, int width, int height) throws Exception {
        waitFor(() -> {
            try {
                return call("GET", "/status", null).path("value").path("ready").asBoolean();
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(20), "chromedriver to start");
        // As root Chromium needs --no-sandbox; the rest keeps it from reaching any other host.
        List<String> args = List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--lang=zh-CN");
        Map<String, Object> options = Map.of("binary", chromium.toString(), "args", args, "prefs",
                Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download", false, "safebrowsing.enabled", false));
        JsonNode created = call("POST", "/session", Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options))));
        String session = "/session/" + created.path("value").path("sessionId").asText();
        // Headless Chromium downloads only where it is told to.
        call("POST", session + "/chromium/send_command", Map.of("cmd", "Page.setDownloadBehavior",
                "params", Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString())));
        return session;
    }

    void open(String url) throws Exception {
        call("POST", session + "/url", Map.of("url", url));
    }

    JsonNode script(String body, Object... args) throws Exception {
        return call("POST", session + "/execute/sync", Map.of("script", body, "args", List.of(args))).path("value");
    }

    /**
     * Clicks the element as a person would once it can be clicked: a button the page is still laying out or revealing
     * answers "element not interactable" for a moment, so that answer is retried for up to ten seconds.
     */
    void click(String css) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            JsonNode found = call("POST", session + "/element", Map.of("using", "css selector", "value", css));
            String id = found.path("value").path(ELEMENT).asText();
            if (id.isEmpty()) {
                throw new IllegalStateException("No element " + css + ": " + found);
            }
            try {
                call("POST", session + "/element/" + id + "/click", Map.of());
                return;
            } catch (IllegalStateException e) {
                if (!String.valueOf(e.getMessage()).contains("not interactable") || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** A PNG of one element as the page draws it. */
    byte[] elementScreenshot(String css) throws Exception {
        JsonNode found = call("POST", session + "/element", Map.of("using", "css selector", "value", css));
        String id = found.path("value").path(ELEMENT).asText();
        if (id.isEmpty()) {
            throw new IllegalStateException("No element " + css + ": " + found);
        }
        return Base64.getDecoder().decode(call("GET", session + "/element/" + id + "/screenshot", null).path("value").asText());
    }

    void windowSize(int width, int height) throws Exception {
        call("POST", session + "/window/rect", Map.of("width", width, "height", height));
    }

    byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(call("GET", session + "/screenshot", null).path("value").asText());
    }

    static void waitFor(Supplier<Boolean> condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + json.path("value").path("message").asText(response.body()));
        }
        return json;
    }

    @Override
    public void close() {
        try {
            if (session != null) {
                call("DELETE", session, null);
            }
        } catch (Exception ignored) {
            // the driver is stopped below anyway
        } finally {
            driver.destroy();
        }
    }
}
