package io.zhibiao.charts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.series.Fixtures;
import jakarta.inject.Inject;

/**
 * The page reads anywhere: its Chinese is drawn with the web font it serves (a WOFF2 subset of the chart font, named by
 * its hash, cached as immutable), so headless Chromium on a machine without a Chinese font shows the labels, which it
 * would otherwise draw as empty boxes. A county with only 1-N月 totals is offered its cumulative chart on demand.
 */
@QuarkusTest
class WebFontTest {

    private static final Pattern FONT_URL = Pattern.compile("url\\(\"(/fonts/zhibiao-sans-sc-([0-9a-f]{12})\\.woff2)\"\\)");
    /**
     * 玉山县 (上饶市, where no other test stores figures, so no comparison of its city lists it): one 1-N月 total has no
     * pre-rendered chart (a cumulative chart needs two months), so it is drawn on demand.
     */
    static final String YUSHAN = "361123", SHANGRAO = "361100";

    @TestHTTPResource("/")
    URL page;
    @Inject
    DSLContext dsl;
    @Inject
    Prerenderer prerenderer;

    @Test
    void theFontIsAWoff2NamedByItsHashAndCachedAsImmutable() throws Exception {
        String css = given().when().get("/app.css").then().statusCode(200).extract().asString();
        Matcher m = FONT_URL.matcher(css);
        assertTrue(m.find(), "app.css names the versioned web font: " + css.substring(0, 400));
        assertTrue(css.contains("font-family: \"Zhibiao Sans SC\""), "an @font-face of the bundled family");
        var answer = given().when().get(m.group(1)).then().statusCode(200).extract();
        byte[] woff2 = answer.asByteArray();
        assertEquals("wOF2", new String(woff2, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "a WOFF2 file");
        assertTrue(woff2.length < 1_000_000, "a subset, not the 3 MB font: " + woff2.length);
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(woff2));
        assertEquals(m.group(2), sha.substring(0, 12), "the URL's version is the content's hash");
        assertTrue(answer.header("Content-Type").startsWith("font/woff2"), answer.header("Content-Type"));
        String cache = answer.header("Cache-Control");
        assertTrue(cache.contains("immutable") && cache.contains("max-age=31536000"), cache);

    }

    @Test
    void theChineseLabelsOfThePageAreDrawnWithTheWebFontNotAsEmptyBoxes() throws Exception {
        Path[] binaries = HeadlessChromium.binaries().orElse(null);
        Assumptions.assumeTrue(binaries != null,
                "Skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        boolean noChineseFont = systemChineseFonts().isBlank();
        Path out = PageBrowserTest.OUT;
        try (var browser = new HeadlessChromium(binaries[0], binaries[1], out.resolve("profile-" + System.nanoTime()),
                Files.createDirectories(out.resolve("downloads-font").toAbsolutePath()), 1280, 1000)) {
            browser.open(page.toString());
            waitForScript(browser, "return document.fonts.status === 'loaded' && [...document.fonts].some(f => "
                    + "f.family.includes('Zhibiao Sans SC') && f.status === 'loaded')", "the web font to load");
            // The heading as the page draws it, a reference drawn with the web font named, and the same with no Chinese font.
            browser.script("""
                    const h = document.querySelector('h1');
                    const style = getComputedStyle(h);
                    for (const [id, family] of [['ref-font', '"Zhibiao Sans SC"'], ['ref-tofu', 'monospace']]) {
                      const e = document.createElement('h1');
                      e.id = id;
                      e.textContent = h.firstChild.textContent;
                      e.style.cssText = 'display:block;width:max-content;margin:0;padding:0;font-family:' + family
                          + ';font-size:' + style.fontSize + ';font-weight:' + style.fontWeight + ';line-height:40px';
                      document.body.prepend(e);
                    }
                    const label = document.createElement('h1');
                    label.id = 'page-label';
                    label.textContent = h.firstChild.textContent;
                    label.style.cssText = 'display:block;width:max-content;margin:0;padding:0;line-height:40px';
                    document.body.prepend(label);""");
            Files.write(out.resolve("page-font.png"), browser.screenshot());
            byte[] drawn = browser.elementScreenshot("#page-label");
            byte[] withFont = browser.elementScreenshot("#ref-font");
            byte[] withoutFont = browser.elementScreenshot("#ref-tofu");
            Files.write(out.resolve("label-page.png"), drawn);
            Files.write(out.resolve("label-web-font.png"), withFont);
            Files.write(out.resolve("label-no-font.png"), withoutFont);
            assertTrue(ink(drawn) > 0.03, "the label is drawn");
            assertArrayEquals(pixels(withFont), pixels(drawn), "the page's label is drawn exactly as with the web font");
            if (noChineseFont) {
                assertFalse(java.util.Arrays.equals(pixels(withoutFont), pixels(drawn)),
                        "without the web font the label would be empty boxes");
                // Boxes are all alike: two different characters without a Chinese font draw the same; with the web font not.
                String alike = browser.script("""
                        const draw = (family, text) => { const c = document.createElement('canvas'); c.width = 80; c.height = 60;
                          const g = c.getContext('2d'); g.font = '40px ' + family; g.fillText(text, 10, 45); return c.toDataURL(); };
                        return [draw('monospace', '指') === draw('monospace', '标'),
                                draw('"Zhibiao Sans SC"', '指') === draw('"Zhibiao Sans SC"', '标')].join(',');""").asText();
                assertEquals("true,false", alike, "this machine has no Chinese font; the web font draws each character");
            }
        }
    }

    @Test
    void aCountyWithOnlyOneMonthlyTotalIsOfferedItsCumulativeChartOnDemand() throws Exception {
        Path[] binaries = HeadlessChromium.binaries().orElse(null);
        Assumptions.assumeTrue(binaries != null, "Skipped: chromium and chromium-driver are not installed");
        if (dsl.fetchCount(dsl.selectOne().from("observation").where("region_code = ?", YUSHAN)) == 0) {
            Fixtures data = Fixtures.here();
            data.announcedDocument("玉山县1-3月经济运行", "玉山县统计局", LocalDate.of(2025, 4, 20), YUSHAN, doc -> {
                data.observation(doc, "retail_sales", YUSHAN, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), "ytd", "actual",
                        new BigDecimal("1860000000"), "亿元", "exact");
                data.observation(doc, "retail_sales.yoy", YUSHAN, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), "ytd",
                        "actual", new BigDecimal("4.8"), "%", "exact");
            });
        }
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
        String card = "#charts li[data-key='render_cumulative_retail_sales_" + YUSHAN + "']";
        Path out = PageBrowserTest.OUT;
        try (var browser = new HeadlessChromium(binaries[0], binaries[1], out.resolve("profile-" + System.nanoTime()),
                Files.createDirectories(out.resolve("downloads-cumulative").toAbsolutePath()), 1280, 1000)) {
            browser.open(page.toString());
            waitForScript(browser, "return document.querySelectorAll('#province option').length > 30", "the provinces");
            choose(browser, "province", "360000", "#city option[value='" + SHANGRAO + "']");
            choose(browser, "city", SHANGRAO, "#county option[value='" + YUSHAN + "']");
            choose(browser, "county", YUSHAN, card);
            waitForScript(browser, "const i = document.querySelector(\"" + card + " img\"); "
                    + "return i.complete && i.naturalWidth === 1200", "the on-demand cumulative thumbnail");
            String title = browser.script("return document.querySelector(\"" + card + " .meta strong\").textContent").asText();
            assertEquals("玉山县社会消费品零售总额逐月累计及增长速度", title);
            Files.write(out.resolve("page-cumulative-on-demand.png"), browser.screenshot());
        }
    }

    private static String systemChineseFonts() throws Exception {
        Process fc = new ProcessBuilder("fc-list", ":lang=zh").redirectErrorStream(true).start();
        String listed = new String(fc.getInputStream().readAllBytes());
        fc.waitFor();
        return listed;
    }

    private static int[] pixels(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** Share of dark pixels: text drawn. */
    private static double ink(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return Pixels.share(image, 0, 0, 1, 1, c -> c.getRed() + c.getGreen() + c.getBlue() < 300);
    }

    private static void choose(HeadlessChromium browser, String select, String value, String thenVisible) throws Exception {
        waitForScript(browser, "return document.querySelector(\"#" + select + " option[value='" + value + "']\") !== null",
                "the option " + value + " of #" + select);
        browser.script("const s = document.getElementById(arguments[0]); s.value = arguments[1]; "
                + "s.dispatchEvent(new Event('change', { bubbles: true }));", select, value);
        waitForScript(browser, "return document.querySelector(\"" + thenVisible + "\") !== null", thenVisible);
    }

    private static void waitForScript(HeadlessChromium browser, String script, String what) throws InterruptedException {
        HeadlessChromium.waitFor(() -> {
            try {
                return browser.script(script).asBoolean();
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(30), what);
    }
}
