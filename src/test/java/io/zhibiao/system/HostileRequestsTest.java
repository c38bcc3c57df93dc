package io.zhibiao.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Thousands of bad requests generated from the live OpenAPI document: bad values for every parameter
 * of every operation, bad bodies, bad headers, other methods, and abuses of HTTP itself. None may
 * answer 5xx; every 4xx carries problem+json; every 405 carries Allow.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final String TOKEN = "Bearer test-token";
    /** An article with no figure: if a variant is accepted and stored, it adds no observation (and is deleted after). */
    private static final String HARMLESS_TEXT = "本文没有任何统计数字，仅用于检验接口的输入校验。";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // Over HTTP/2 a client that hangs up on an open stream fails the exchange; over HTTP/1.1 it closes the connection.
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values no parameter should turn into a 5xx, already percent-encoded for the URI. */
    static final List<String> BAD_VALUES = List.of("", "%20", "%00", "a%00b", "%01", "%7F", "%0D%0A", "%ED%A0%80",
            "%EF%BF%BF", "%EF%BC%93%EF%BC%96%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%90", "%D9%A3", "-1", "0",
            "2147483647", "9223372036854775808", "-999999999-01-01", "%2B999999999-01-01", "0000-01-01", "99999",
            "2025-02-30", "2025%2F2021", "%2C%2C%2C", "1e309", "NaN", "true%00", "abc", "null", "%27%3B--",
            "..%2F..%2Fetc%2Fpasswd", "%E4%B8%AD%E6%96%87", "x".repeat(3000), "%25", "%F0%9F%98%80");

    /** Bodies for operations that take one. */
    static final List<String> BAD_BODIES = List.of("", "{", "[]", "null", "42", "\"text\"", "{\"title\": 1,",
            "{\"title\": {}}", "{\"title\": []}", "{\"published\": 20260101}", "{\"text\": null}",
            "{\"title\":\"a\\u0000b\",\"source\":\"s\",\"published\":\"2026-01-01\",\"text\":\"" + HARMLESS_TEXT + "\"}",
            "{\"title\":\"\\ud800\",\"source\":\"s\",\"published\":\"2026-01-01\",\"text\":\"" + HARMLESS_TEXT + "\"}",
            "{\"title\":\"t\",\"source\":\"s\",\"published\":\"+99999-01-01\",\"text\":\"" + HARMLESS_TEXT + "\"}",
            "{\"title\":\"t\",\"source\":\"s\",\"published\":\"2026-01-01\",\"text\":\"\\ud800" + HARMLESS_TEXT + "\"}",
            "{\"title\":\"t\",\"source\":\"s\",\"published\":\"2026-01-01\",\"text\":\"" + HARMLESS_TEXT + "\",\"region\":\"%00\"}",
            "{\"title\":\"" + "长".repeat(600) + "\",\"source\":\"s\",\"published\":\"2026-01-01\",\"text\":\"" + HARMLESS_TEXT + "\"}",
            "{\"title\":\"t\",\"source\":\"s\",\"published\":\"2026-01-01\",\"text\":\"" + HARMLESS_TEXT + "\",\"extra\":[1,2,3]}",
            "{" + "\"a\":{".repeat(2000) + "}".repeat(2000) + "}", "\u0000\u0001\u0002", "\uFEFF{}");

    static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "text/plain; charset=gbk",
            "application/xml", ";;;/", "text/plain; charset=\"", "*/*", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x");

    static final Map<String, List<String>> BAD_HEADERS = Map.of(
            "Accept", List.of("text/csv", "application/xml", "*/*;q=x", ";;;", "image/png"),
            "If-None-Match", List.of("*", "\"x\"", "W/", ",,,"),
            "Accept-Encoding", List.of("gzip;q=x", "br, zstd, identity;q=0"),
            "Authorization", List.of("Bearer", "Bearer " + "x".repeat(2000), "Basic Zm9vOmJhcg=="),
            "Origin", List.of("http://evil.example", "null"));

    static final List<String> OTHER_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "FOO");

    @TestHTTPResource("/")
    URL root;

    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> storedDocuments = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger clientErrorsWithoutProblem = new AtomicInteger();

    @Test
    void everyOperationAnswersBadInputWithAProblemAndNever5xx() throws Exception {
        JsonNode openApi = JSON.readTree(get("/q/openapi?format=json").body());
        int operations = 0;
        // Operations in parallel (each one's requests in order), so the test takes seconds, not minutes.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                done.add(pool.submit(() -> {
                    fuzz(path.getKey(), op.getKey().toUpperCase(), op.getValue());
                    return null;
                }));
            }
            for (String method : OTHER_METHODS) {
                if (!path.getValue().has(method.toLowerCase())) {
                    check(method + " " + path.getKey(), send(method, fill(path.getKey(), Map.of()), "", Map.of()));
                }
            }
        }
        for (Future<?> operation : done) {
            operation.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        httpLevelAbuses();
        for (long id : storedDocuments) {
            send("DELETE", "/api/documents/" + id, "", Map.of("Authorization", TOKEN));
        }
        System.out.printf("Hostile requests: %d sent over %d operations; 5xx: %d; 4xx without problem+json: %d%n",
                sent.get(), operations, serverErrors.get(), clientErrorsWithoutProblem.get());
        assertTrue(operations >= 15, "the OpenAPI document lists " + operations + " operations");
        assertTrue(sent.get() >= 2000, "only " + sent.get() + " requests were sent");
        assertEquals(List.of(), List.copyOf(failures.subList(0, Math.min(40, failures.size()))), failures.size() + " failures");
    }

    /** Bad values for each parameter in turn, the others valid; then bodies and headers. */
    private void fuzz(String template, String method, JsonNode operation) throws Exception {
        Map<String, String> valid = new LinkedHashMap<>();
        Map<String, String> in = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asText();
            in.put(name, parameter.get("in").asText());
            valid.put(name, example(name, parameter));
        }
        boolean writes = !method.equals("GET");
        Map<String, String> headers = writes ? Map.of("Authorization", TOKEN, "Content-Type", contentType(operation))
                : Map.of();
        String body = writes && operation.has("requestBody") ? validBody(operation) : "";
        List<String> names = new ArrayList<>(in.keySet());
        names.add("junk");
        for (String name : names) {
            for (String bad : BAD_VALUES) {
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put(name, bad);
                String target = "path".equals(in.get(name)) ? fill(template, values) : fill(template, valid)
                        + query(values, in, name);
                if (method.equals("DELETE") && !"path".equals(in.get(name))) {
                    continue; // a valid id would delete another test's document
                }
                check(method + " " + target, send(method, target, body, headers));
            }
        }
        if (method.equals("DELETE")) {
            return;
        }
        String target = fill(template, valid) + query(valid, in, null);
        if (operation.has("requestBody")) {
            for (String contentType : CONTENT_TYPES) {
                for (String bad : BAD_BODIES) {
                    check(method + " " + target + " [" + contentType + "] " + abbreviate(bad),
                            send(method, target, bad, Map.of("Authorization", TOKEN, "Content-Type", contentType)));
                }
            }
        }
        for (Map.Entry<String, List<String>> header : BAD_HEADERS.entrySet()) {
            for (String value : header.getValue()) {
                Map<String, String> h = new LinkedHashMap<>(headers);
                h.put(header.getKey(), value);
                check(method + " " + target + " [" + header.getKey() + ": " + abbreviate(value) + "]",
                        send(method, target, body, h));
            }
        }
    }

    /**
     * What HTTP itself can be made to carry: huge request lines and headers, invalid URIs, lying lengths.
     * Not here: requests Netty cannot parse at all (a Content-Length that is not a number, a garbled request
     * line), which Vert.x answers with a bare 400 before any handler of ours, with no hook in Quarkus 3.33.
     */
    private void httpLevelAbuses() throws IOException {
        String longQuery = "/api/regions?parent=" + "1".repeat(10_000);
        rawCheck("GET " + longQuery + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
        rawCheck("GET /api/regions HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(30_000) + "\r\n\r\n", 431);
        for (int i = 0; i < 200; i++) {
            rawCheck("GET /api/regions HTTP/1.1\r\nHost: x\r\n" + ("X-H" + i + ": v\r\n").repeat(i * 20) + "\r\n", 0);
        }
        rawCheck("GET /api/regions?parent=%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        rawCheck("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        rawCheck("GET /api/regions?parent=\u00e4\u00b8\u00ad HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        rawCheck("POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 99999999999\r\n\r\nabc", 413);
        rawCheck("GET /q/health/ready HTTP/1.0\r\n\r\n", 200);
        rawCheck("DELETE /q/health/ready HTTP/1.1\r\nHost: x\r\n\r\n", 405);
        rawCheck("BREW /q/openapi HTTP/1.1\r\nHost: x\r\n\r\n", 405);
    }

    private void rawCheck(String request, int expected) throws IOException {
        sent.incrementAndGet();
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            // Connection: close, so the answer ends with the connection (a half-closed socket would be closed
            // by the server before a slow answer is written).
            String closing = request.contains("HTTP/1.1\r\n") ? request.replaceFirst("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n")
                    : request;
            out.write(closing.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String what = "raw " + abbreviate(request.lines().findFirst().orElse(""));
            if (answer.isEmpty()) {
                failures.add(what + ": no answer");
                return;
            }
            int status = Integer.parseInt(answer.substring(9, 12));
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            Optional<String> type = head.lines().filter(l -> l.startsWith("content-type:")).findFirst();
            Optional<String> allow = head.lines().filter(l -> l.startsWith("allow:")).findFirst();
            if (expected != 0 && status != expected) {
                failures.add(what + ": " + status + " instead of " + expected);
            }
            record(what, status, type.map(t -> t.substring(13).trim()).orElse(""), allow.isPresent());
        } catch (java.net.SocketException e) {
            failures.add("raw " + abbreviate(request) + ": " + e);
        }
    }

    private HttpResponse<String> send(String method, String target, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + target))
                .timeout(Duration.ofSeconds(30))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        sent.incrementAndGet();
        return (target.startsWith("/api/stream") ? HTTP_1_1 : HTTP).send(request.build(), BODY);
    }

    /** The body as text; an event stream (/api/stream accepted) never ends, so its status and headers are what counts. */
    private static final HttpResponse.BodyHandler<String> BODY = answer ->
            answer.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream") ? new OpenStream()
                    : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);

    /** Takes an open stream's answer as given, with no body, and hangs up. */
    private static final class OpenStream implements HttpResponse.BodySubscriber<String> {

        @Override
        public java.util.concurrent.CompletionStage<String> getBody() {
            return java.util.concurrent.CompletableFuture.completedFuture("");
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<java.nio.ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable error) {
        }

        @Override
        public void onComplete() {
        }
    }

    private HttpResponse<String> get(String target) throws IOException, InterruptedException {
        return send("GET", target, "", Map.of());
    }

    private void check(String what, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        record(what, response.statusCode(), type, response.headers().firstValue("Allow").isPresent());
        if (response.statusCode() >= 400 && type.startsWith("application/problem+json")) {
            try {
                JsonNode problem = JSON.readTree(response.body());
                if (problem.path("status").asInt() != response.statusCode() || problem.path("detail").asText().isBlank()) {
                    failures.add(what + ": problem without status or detail: " + abbreviate(response.body()));
                }
            } catch (IOException e) {
                failures.add(what + ": problem+json that is not JSON: " + abbreviate(response.body()));
            }
        }
        // Stores (POST /api/documents, with or without a query), not a restore of a stored one (…/{id}/restore).
        if ((response.statusCode() == 201 || response.statusCode() == 200)
                && what.matches("(?s)POST /api/documents(\\?.*| .*)?")) {
            try {
                storedDocuments.add(JSON.readTree(response.body()).path("id").asLong());
            } catch (IOException e) {
                failures.add(what + ": a stored document's answer is not JSON");
            }
        }
    }

    private void record(String what, int status, String type, boolean hasAllow) {
        if (status >= 500) {
            serverErrors.incrementAndGet();
            failures.add(what + ": " + status);
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            clientErrorsWithoutProblem.incrementAndGet();
            failures.add(what + ": " + status + " without problem+json (" + type + ")");
        }
        if (status == 405 && !hasAllow) {
            failures.add(what + ": 405 without Allow");
        }
    }

    private static String example(String name, JsonNode parameter) {
        JsonNode example = parameter.has("example") ? parameter.get("example") : parameter.path("schema").get("example");
        if (example != null && !example.isNull()) {
            return java.net.URLEncoder.encode(example.asText(), StandardCharsets.UTF_8);
        }
        return switch (name) {
            case "indicator" -> "loans.issued";
            case "region", "parent", "code" -> "360000";
            case "id" -> "1";
            case "file" -> "nothing.png";
            case "title", "source" -> "t";
            case "published" -> "2026-01-08";
            default -> null; // optional: left out
        };
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue() == null ? "1" : v.getValue());
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private static String query(Map<String, String> values, Map<String, String> in, String bad) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> v : values.entrySet()) {
            boolean isQuery = "query".equals(in.get(v.getKey())) || (v.getKey().equals(bad) && !in.containsKey(bad));
            if (isQuery && v.getValue() != null) {
                query.append(query.length() == 0 ? "?" : "&").append(v.getKey()).append('=').append(v.getValue());
            }
        }
        return query.toString();
    }

    private static String contentType(JsonNode operation) {
        Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
        String type = types.hasNext() ? types.next() : "text/plain";
        return type.equals("*/*") ? "text/plain" : type;
    }

    private static String validBody(JsonNode operation) {
        return contentType(operation).equals("application/json")
                ? "{\"title\":\"t\",\"source\":\"s\",\"published\":\"2026-01-08\",\"text\":\"" + HARMLESS_TEXT + "\"}"
                : HARMLESS_TEXT;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
    }
}
