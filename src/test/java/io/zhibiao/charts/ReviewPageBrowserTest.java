package io.zhibiao.charts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The review page at /review in a real browser (Debian's headless Chromium): an editor signs in with a role-bearing
 * token, corrects the region of one figure and rejects another, and the series, the chart and the ranking follow.
 * (Here it lives beside the chart page's test, whose browser driver it uses.)
 */
@QuarkusTest
class ReviewPageBrowserTest {

    /** 萍乡市 and three of its counties; no other test stores figures of 芦溪县 or 上栗县 with this wording. */
    private static final String PINGXIANG = "360300";
    private static final String XIANGDONG = "360313";

    @TestHTTPResource("/review")
    URL page;

    @Test
    void anEditorCorrectsARegionAndRejectsAFigureAndTheAnswersFollow() throws Exception {
        Path[] binaries = HeadlessChromium.binaries().orElse(null);
        Assumptions.assumeTrue(binaries != null,
                "Skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
        long first = store("2026-01-10", "2025年，萍乡市芦溪县共建成高标准农田3.6万亩，上栗县共建成高标准农田2.4万亩。");
        // The same county and year again, ten times larger: a 万/十万 slip the checks report as conflicting reports.
        long second = store("2026-01-20", "2025年，萍乡市芦溪县共建成高标准农田36万亩。");
        JsonPath doc = given().get("/api/documents/" + first).then().statusCode(200).extract().jsonPath();
        String indicator = doc.getString("observations[0].indicator");
        long right = observation(first, "360323");
        long wrong = observation(second, "360323");
        BigDecimal wrongValue = new BigDecimal(given().get("/api/observations/" + wrong).jsonPath().getString("value"));
        assertEquals(List.of(wrongValue), rankedValues(indicator, "360323"), "before review the newest report ranks");

        Path out = Files.createDirectories(PageBrowserTest.OUT);
        try (var browser = new HeadlessChromium(binaries[0], binaries[1], out.resolve("review-" + System.nanoTime()), out, 420, 900)) {
            browser.open(page + "?region=" + PINGXIANG);
            browser.script("document.getElementById('token').value = arguments[0]", "editor-token");
            browser.click("#use-token");
            for (int seen = 0; seen < 40 && (!movedTo(right, XIANGDONG) || given().get("/api/observations/" + wrong).statusCode() != 404); seen++) {
                HeadlessChromium.waitFor(() -> shown(browser) != 0, Duration.ofSeconds(30), "a figure on the review page");
                long shown = shown(browser);
                if (shown == right && !movedTo(right, XIANGDONG)) {
                    browser.click("#correct");
                    browser.script("document.querySelector('#correction [name=region]').value = arguments[0]", XIANGDONG);
                    browser.click("#save-correction");
                    await(browser, () -> movedTo(right, XIANGDONG), "the correction stored");
                } else if (shown == wrong) {
                    browser.click("#reject");
                    await(browser, () -> given().get("/api/observations/" + wrong).statusCode() == 404, "the rejection stored");
                } else {
                    browser.click("#skip");
                }
            }
            Files.write(out.resolve("review-phone.png"), browser.screenshot());
        }
        JsonPath series = given().get("/api/series?indicator=" + indicator + "&region=" + XIANGDONG).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(right), series.getList("series[0].points.observationId", Long.class));
        assertEquals(List.of("corrected"), series.getList("series[0].points.reviewed", String.class));
        String csv = given().get("/api/charts/render.csv?type=line&indicator=" + indicator + "&region=" + XIANGDONG)
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains(XIANGDONG + ",2025年"), "the chart of 湘东区 draws the moved figure: " + csv);
        // (The source line's 部分数据经人工核校 is drawn as glyphs; CorrectedSourceLineTest reads it from the chart data.)
        assertEquals(List.of(), rankedValues(indicator, "360323"), "芦溪县 has no figure left: the wrong one was rejected, "
                + "the right one moved to 湘东区");
    }

    /** Waits for what the page should have done, and says what the page said when it did not. */
    private static void await(HeadlessChromium browser, java.util.function.Supplier<Boolean> done, String what) throws Exception {
        try {
            HeadlessChromium.waitFor(done, Duration.ofSeconds(20), what);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the page says: "
                    + browser.script("return document.getElementById('status').textContent").asText(), e);
        }
    }

    private static long store(String published, String text) {
        return given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("title", "萍乡农田建设", "source", "核校测试", "published", published, "text", text))
                .post("/api/documents").then().extract().jsonPath().getLong("id");
    }

    private static long observation(long document, String region) {
        List<Map<String, Object>> all = given().get("/api/documents/" + document).jsonPath().getList("observations");
        return all.stream().filter(o -> region.equals(o.get("regionCode"))).mapToLong(o -> ((Number) o.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no figure of " + region + " in document " + document + ": " + all));
    }

    private static boolean movedTo(long observation, String region) {
        return region.equals(given().get("/api/observations/" + observation).jsonPath().getString("region.code"));
    }

    private static long shown(HeadlessChromium browser) {
        try {
            JsonNodeValue value = new JsonNodeValue(browser.script(
                    "const i = document.getElementById('item'); return i.hidden ? '' : (i.dataset.observation || '')"));
            return value.asLong();
        } catch (Exception e) {
            return 0;
        }
    }

    private List<BigDecimal> rankedValues(String indicator, String region) {
        JsonPath ranking = given().get("/api/rankings?indicator=" + indicator + "&parent=" + PINGXIANG + "&level=county&period=2025")
                .then().statusCode(200).extract().jsonPath();
        return ranking.getList("ranking.findAll { it.value.region.code == '" + region + "' && it.value.value != null }.value.value",
                BigDecimal.class);
    }

    /** The text of a script's answer as a number, 0 when empty. */
    private record JsonNodeValue(com.fasterxml.jackson.databind.JsonNode node) {
        long asLong() {
            String text = node.asText("");
            return text.isEmpty() ? 0 : Long.parseLong(text);
        }
    }
}
