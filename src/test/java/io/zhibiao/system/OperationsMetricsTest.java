package io.zhibiao.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.zhibiao.charts.Prerenderer;
import jakarta.inject.Inject;

/**
 * What an on-call reads at /q/metrics after some traffic: requests by route template (kept answers and 304s
 * too, a 304 a success), latency histograms, the application's own counters and timers; and every query of
 * the Grafana dashboard in k8s/ names a metric the service exposes.
 */
@QuarkusTest
class OperationsMetricsTest {

    static final Path DASHBOARD = Path.of("k8s/grafana/zhibiao-dashboard.json");
    // Words of PromQL that are not metric names (functions are recognised by the parenthesis after them).
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset", "inf", "nan", "e");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Inject
    Prerenderer prerenderer;

    @Test
    void keptAnswersAndNotModifiedAreCountedUnderTheRouteTemplate() {
        String before = scrape();
        String etag = null;
        for (int i = 0; i < 3; i++) { // the first computes and keeps the answer, the next come from memory
            etag = given().when().get("/api/regions/360111").then().statusCode(200).extract().header("ETag");
        }
        given().header("If-None-Match", etag).when().get("/api/regions/360111").then().statusCode(304);
        // A route without parameters too (Quarkus REST sets no template for it).
        String listEtag = given().when().get("/api/regions?parent=360100").then().statusCode(200).extract().header("ETag");
        given().when().get("/api/regions?parent=360100").then().statusCode(200);
        given().header("If-None-Match", listEtag).when().get("/api/regions?parent=360100").then().statusCode(304);
        String metrics = scrape();

        assertEquals(List.of(), lines(metrics, "http_server_requests_seconds_count").stream()
                .filter(l -> l.contains("uri=\"REDIRECTION\"")).toList(), "304s filed under REDIRECTION");
        assertTrue(value(metrics, "http_server_requests_seconds_count", "uri=\"/api/regions\"", "status=\"304\"") >= 1,
                "304s of /api/regions");

        assertTrue(lines(metrics, "http_server_requests_seconds_count").stream().noneMatch(l -> l.contains("/api/regions/360111")),
                "a raw path in the request metrics:\n" + String.join("\n", lines(metrics, "http_server_requests_seconds_count")));
        List<String> notModified = lines(metrics, "http_server_requests_seconds_count").stream()
                .filter(l -> l.contains("uri=\"/api/regions/{code}\"") && l.contains("status=\"304\"")).toList();
        assertEquals(1, notModified.size(), "304s of /api/regions/{code}: " + notModified);
        assertTrue(notModified.get(0).contains("outcome=\"SUCCESS\""), notModified.get(0));
        // Exactly once each: the first 200 by Micrometer's binder, the kept ones and the 304 by MemoryAnswerMetrics.
        assertEquals(3, value(metrics, "http_server_requests_seconds_count", "uri=\"/api/regions/{code}\"", "status=\"200\"")
                - value(before, "http_server_requests_seconds_count", "uri=\"/api/regions/{code}\"", "status=\"200\""), 0.0);
        assertEquals(1, value(metrics, "http_server_requests_seconds_count", "uri=\"/api/regions/{code}\"", "status=\"304\"")
                - value(before, "http_server_requests_seconds_count", "uri=\"/api/regions/{code}\"", "status=\"304\""), 0.0);
        assertTrue(lines(metrics, "http_server_requests_seconds_count").stream().noneMatch(l -> l.contains("recorded-from-memory")),
                "the template that makes Micrometer skip a request must not become a series");
        assertTrue(value(metrics, "zhibiao_http_kept_hits_total", "status=\"304\"") >= 1, "kept 304s");
        assertTrue(value(metrics, "zhibiao_http_kept_hits_total", "status=\"200\"") >= 1, "kept 200s");
        assertTrue(value(metrics, "zhibiao_http_kept_served_bytes_total") > 0, "bytes from kept answers");
        // Buckets, so that p95 and p99 can be computed by Prometheus across pods.
        assertTrue(lines(metrics, "http_server_requests_seconds_bucket").stream()
                .filter(l -> l.contains("uri=\"/api/regions/{code}\"")).count() > 10, "latency buckets of /api/regions/{code}");
    }

    @Test
    void chartFilesFromMemoryAreCountedUnderTheRouteTemplate() throws InterruptedException {
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)), "the start-up pass over the seed articles");
        String url = given().queryParam("kind", "series").when().get("/api/charts").then().statusCode(200)
                .extract().path("items[0].url");
        String before = scrape();
        for (int i = 0; i < 3; i++) { // the first may read PostgreSQL; the next come from memory, before the REST layer
            given().when().get(url).then().statusCode(200).contentType("image/png");
        }
        List<String> requests = lines(scrape(), "http_server_requests_seconds_count");
        assertEquals(3, value(String.join("\n", requests), "http_server_requests_seconds_count", "uri=\"/api/charts/{file}\"",
                "status=\"200\"") - value(before, "http_server_requests_seconds_count", "uri=\"/api/charts/{file}\"",
                "status=\"200\""), 0.0, "each chart request counted once");
        assertTrue(requests.stream().noneMatch(l -> l.contains(url)), "a chart's own path in the request metrics:\n"
                + String.join("\n", requests));
        assertTrue(value(String.join("\n", requests), "http_server_requests_seconds_count", "uri=\"/api/charts/{file}\"",
                "status=\"200\"") >= 3, "chart files under /api/charts/{file}:\n" + String.join("\n", requests));
    }

    @Test
    void countsIngestExtractionAndRendering() {
        double documents = value(scrape(), "zhibiao_documents_ingested_total");
        double extractions = value(scrape(), "zhibiao_extraction_seconds_count");
        postADocument();
        given().when().get("/api/charts/render.png?indicator=loans.issued&region=360000&width=480").then().statusCode(200);
        String metrics = scrape();
        assertEquals(documents + 1, value(metrics, "zhibiao_documents_ingested_total"), 0.0);
        assertTrue(value(metrics, "zhibiao_observations_ingested_total") >= 1);
        assertEquals(extractions + 1, value(metrics, "zhibiao_extraction_seconds_count"), 0.0);
        assertTrue(value(metrics, "zhibiao_charts_render_seconds_count", "kind=\"on_demand\"") >= 1, "on-demand renders timed");
        assertTrue(lines(metrics, "zhibiao_reextract_documents").size() >= 4, "re-extraction progress by state");
    }

    @Test
    void everyQueryOfTheGrafanaDashboardNamesAMetricTheServiceExposes() throws IOException {
        // Traffic first, so request, ingest and render metrics exist.
        String etag = given().when().get("/api/indicators").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/indicators").then().statusCode(304);
        given().when().get("/api/documents?page=0&size=1").then().statusCode(200);
        postADocument();
        given().when().get("/api/charts/render.png?indicator=loans.issued&region=360000&width=500").then().statusCode(200);
        Set<String> exposed = exposedNames(scrape());

        List<String> queries = new ArrayList<>();
        for (JsonNode panel : new ObjectMapper().readTree(Files.readString(DASHBOARD)).path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.path("expr").asText());
            }
        }
        assertTrue(queries.size() >= 20, "queries in the dashboard: " + queries.size());
        List<String> missing = new ArrayList<>();
        for (String query : queries) {
            Set<String> names = metricNames(query);
            assertTrue(!names.isEmpty(), "no metric in " + query);
            for (String name : names) {
                if (!exposed.contains(name)) {
                    missing.add(name + " in " + query);
                }
            }
        }
        assertEquals(List.of(), missing, "dashboard queries naming metrics /q/metrics does not have");
    }

    @Test
    void findsMetricNamesInPromQl() {
        assertEquals(Set.of("http_server_requests_seconds_bucket"), metricNames(
                "histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket{uri=~\"/api/.*\"}[$__rate_interval])))"));
        assertEquals(Set.of("a_total", "b"), metricNames("sum(rate(a_total{status=\"5..\"}[5m])) / clamp_min(sum(b), 1e-9)"));
    }

    /** Metric names in a PromQL expression: identifiers that are not functions, labels, keywords or numbers. */
    static Set<String> metricNames(String promql) {
        String bare = promql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // strings
                .replaceAll("\\{[^}]*}", "") // label matchers
                .replaceAll("\\[[^]]*]", "") // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // label lists
        Set<String> names = new TreeSet<>();
        Matcher m = NAME.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean function = bare.substring(m.end()).matches("(?s)\\s*\\(.*");
            boolean number = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!function && !number && !KEYWORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }

    private static Set<String> exposedNames(String metrics) {
        Set<String> names = new TreeSet<>();
        for (String line : metrics.split("\n")) {
            Matcher m = NAME.matcher(line);
            if (!line.startsWith("#") && m.lookingAt()) {
                names.add(m.group());
            }
        }
        return names;
    }

    private static void postADocument() {
        String text = "2025年，南昌市发放创业担保贷款" + (System.nanoTime() % 900 + 100) + "亿元（指标测试" + System.nanoTime() + "）。";
        given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("title", "指标测试", "source", "测试", "published", "2026-01-09", "text", text, "region", "360100"))
                .when().post("/api/documents").then().statusCode(201);
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static List<String> lines(String metrics, String name) {
        List<String> found = new ArrayList<>();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                found.add(line);
            }
        }
        return found;
    }

    /** Sum of the samples of {@code name} whose labels hold every one of {@code labels}. */
    private static double value(String metrics, String name, String... labels) {
        double sum = 0;
        for (String line : lines(metrics, name)) {
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
