package io.zhibiao.feed;

import static io.restassured.RestAssured.given;
import static io.zhibiao.feed.FeedFixtures.cursor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * A series is indicator + breakdown (粗钢's output is a series of its own), so the change feed and the stream name the
 * breakdown: a dashboard showing 粗钢 hears of 粗钢's changes, and one showing the total hears of none it did not have.
 */
@QuarkusTest
class BreakdownChangesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** 乌海市, 2017: no other test writes it. */
    private static final String WUHAI = "150300";

    @TestHTTPResource("/api/stream")
    URI stream;

    private static long post(String published, String text) {
        return FeedFixtures.post("乌海市统计公报", "乌海日报", published, text + "（编号" + UUID.randomUUID() + "）");
    }

    /** The changed series after a cursor as "indicator|breakdown|region|periodType" (breakdown as product:粗钢, - for the total). */
    private static List<String> changedSince(String cursor) {
        JsonPath answer = given().queryParam("since", cursor).when().get("/api/changes")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> changes = answer.getList("changes");
        var keys = new ArrayList<String>();
        for (Map<String, Object> c : changes) {
            @SuppressWarnings("unchecked")
            Map<String, String> breakdown = (Map<String, String>) c.get("breakdown");
            keys.add(c.get("indicator") + "|" + named(breakdown) + "|" + c.get("region") + "|" + c.get("periodType"));
        }
        return keys.stream().sorted().toList();
    }

    private static String named(Map<String, String> breakdown) {
        if (breakdown == null) {
            return "-";
        }
        return String.join(",", new TreeMap<>(breakdown).entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
    }

    @Test
    void theFeedNamesEachItemAndAChangeToOneItemIsNotAChangeOfTheTotal() {
        String start = cursor();
        post("2018-03-20", "2017年，乌海市规模以上工业增加值增长4.1%，粗钢产量增长2.7%，钢材产量增长5.4%。");
        assertEquals(List.of("industry.value_added.yoy|-|" + WUHAI + "|year",
                "output.mass.yoy|product:粗钢|" + WUHAI + "|year",
                "output.mass.yoy|product:钢材|" + WUHAI + "|year"), changedSince(start));

        // A later report of 粗钢 alone: its series changed, the total's and 钢材's did not.
        String second = cursor();
        post("2018-04-02", "2017年，乌海市粗钢产量增长2.9%。");
        assertEquals(List.of("output.mass.yoy|product:粗钢|" + WUHAI + "|year"), changedSince(second));
        // ... and the series the feed names answers the new value.
        given().queryParam("indicator", "output.mass.yoy").queryParam("region", WUHAI)
                .queryParam("breakdown", "product:粗钢").queryParam("periodType", "year")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points[0].value", org.hamcrest.Matchers.equalTo(2.9f));
    }

    @Test
    void theStreamNamesTheBreakdownAndPointsAtItsSeriesWithItsEtag() throws Exception {
        try (SseClient client = SseClient.open(URI.create(stream + "?region=" + WUHAI + "&indicator=output.mass.yoy"))) {
            assertNotNull(client.next("ready", WAIT));
            post("2019-03-20", "2018年，乌海市粗钢产量增长3.1%，钢材产量增长4.4%。");
            var seen = new TreeMap<String, String>();
            for (int i = 0; i < 2; i++) {
                SseClient.Event change = client.next("change", WAIT);
                assertNotNull(change, "two items of output.mass.yoy, seen " + seen);
                JsonObject data = new JsonObject(change.data());
                JsonObject breakdown = data.getJsonObject("breakdown");
                assertNotNull(breakdown, "an item of a classification: " + data);
                String url = data.getString("url");
                String product = breakdown.getString("product");
                assertTrue(URLDecoder.decode(url, StandardCharsets.UTF_8).endsWith("&breakdown=product:" + product), url);
                // The URL answers that item's series, and the event's ETag is what a GET of it gives now.
                var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        stream.resolve(url)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                assertEquals(response.headers().firstValue("ETag").orElse(null), data.getString("etag"));
                assertEquals(product, new JsonObject(response.body()).getJsonObject("breakdown").getString("product"));
                var points = new JsonObject(response.body()).getJsonArray("series").getJsonObject(0).getJsonArray("points");
                seen.put(product, points.getJsonObject(points.size() - 1).getValue("value").toString()); // 2018, the newest
            }
            assertEquals(Map.of("粗钢", "3.1", "钢材", "4.4"), seen);
        }
    }
}
