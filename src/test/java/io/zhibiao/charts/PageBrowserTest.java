package io.zhibiao.charts;

import static io.zhibiao.charts.ChartTestData.VISITS;
import static io.zhibiao.charts.ChartTestData.YUEHU;
import static io.zhibiao.charts.ChartTestData.visits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.changes.Changes;
import jakarta.inject.Inject;

/**
 * The page at / in a real browser (Debian's headless Chromium): choose a province, city and county, see
 * the chart thumbnails load, download a PNG and decode it. Screenshots go to target/page/.
 */
@QuarkusTest
class PageBrowserTest {

    static final Path OUT = Path.of("target", "page");
    /** 萍乡市安源区: no other test stores figures for it. */
    static final String ANYUAN = "360302";

    @TestHTTPResource("/")
    URL page;
    @Inject
    DSLContext dsl;
    @Inject
    Changes changes;
    @Inject
    Prerenderer prerenderer;

    @Test
    void choosingACountyShowsItsChartsAndDownloadsADecodablePng() throws Exception {
        Path[] binaries = HeadlessChromium.binaries().orElse(null);
        Assumptions.assumeTrue(binaries != null,
                "Skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
        ChartTestData.ensureIndicators(dsl);
        ChartTestData.clean(dsl, VISITS);
        ChartTestData.document("月湖区文旅市场情况", LocalDate.of(2026, 1, 5),
                visits(YUEHU, 2023, "1630000"), visits(YUEHU, 2024, "1820000"), visits(YUEHU, 2025, "2015000"));
        // the pass after an ingest is scheduled a moment later: wait for the county's chart itself, not just an idle queue
        String key = "series_" + VISITS + "_" + YUEHU;
        HeadlessChromium.waitFor(() -> {
            try {
                return prerenderer.awaitIdle(Duration.ofSeconds(5))
                        && dsl.fetchCount(dsl.selectOne().from("chart").where("key = ?", key)) > 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, Duration.ofSeconds(90), "the pre-rendered chart " + key);

        Path downloads = Files.createDirectories(OUT.resolve("downloads").toAbsolutePath());
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        try (var browser = new HeadlessChromium(binaries[0], binaries[1], OUT.resolve("profile-" + System.nanoTime()),
                downloads, 1280, 1000)) {
            browser.open(page.toString());
            waitForScript(browser, "return document.querySelectorAll('#province option').length > 30 "
                    + "&& document.getElementById('status').textContent.startsWith('共 ')", "the provinces and the first charts");

            choose(browser, "province", "360000", "#city option[value='360600']");
            choose(browser, "city", "360600", "#county option[value='" + YUEHU + "']");
            choose(browser, "county", YUEHU, "#charts li[data-key='series_" + VISITS + "_" + YUEHU + "']");
            waitForScript(browser, """
                    const imgs = [...document.querySelectorAll('#charts img')];
                    return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth === 1200);""",
                    "every thumbnail to load");
            // The county's list may still be loading after an earlier list (the city's) showed the same card.
            waitForScript(browser, "return document.getElementById('status').textContent.startsWith('共 ')",
                    "the county's own list");
            Files.write(OUT.resolve("page-desktop.png"), browser.screenshot());

            browser.click("#charts li[data-key='series_" + VISITS + "_" + YUEHU + "'] .download-png");
            Path png = awaitDownload(downloads);
            assertEquals("月湖区_接待游客_2023-2025.png", png.getFileName().toString(), "the Chinese download name");
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, "the download decodes as a PNG");
            assertEquals(1200, image.getWidth());

            browser.click("#charts li[data-key='series_" + VISITS + "_" + YUEHU + "'] button.thumb");
            waitForScript(browser, "const i = document.getElementById('viewer-img'); "
                    + "return document.getElementById('viewer').open && i.complete && i.naturalWidth > 0", "the large view");
            Files.write(OUT.resolve("page-viewer.png"), browser.screenshot());
            browser.script("document.getElementById('viewer').close()");

            browser.windowSize(390, 844);
            waitForScript(browser, "return window.innerWidth <= 400", "the phone-sized window");
            // On a phone the cards stack and nothing is wider than the screen.
            assertTrue(browser.script("return document.documentElement.scrollWidth <= window.innerWidth").asBoolean(),
                    "no sideways scrolling on a phone");
            Files.write(OUT.resolve("page-phone.png"), browser.screenshot());

            List<String> hosts = List.of(browser.script(
                    "return [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).host))].join(',')")
                    .asText().split(","));
            assertTrue(hosts.stream().allMatch(h -> h.isEmpty() || h.equals(page.getHost() + ":" + page.getPort())),
                    "nothing is loaded from another host: " + hosts);
        }
    }

    /**
     * A county with data but no pre-rendered chart (one year of one indicator: a series needs two periods),
     * as every region is on a fresh start with the seed articles: the page offers the chart on demand,
     * with the same download and links.
     */
    @Test
    void aCountyWithoutPreRenderedChartsGetsChartsOnDemand() throws Exception {
        Path[] binaries = HeadlessChromium.binaries().orElse(null);
        Assumptions.assumeTrue(binaries != null,
                "Skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
        ChartTestData.ensureIndicators(dsl);
        dsl.execute("DELETE FROM document WHERE id IN (SELECT document_id FROM observation WHERE region_code = ?)", ANYUAN);
        ChartTestData.document("安源区文旅市场情况", LocalDate.of(2026, 1, 6), visits(ANYUAN, 2025, "880000"));
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
        assertEquals(0, dsl.fetchCount(dsl.selectOne().from("chart").where("? = ANY(region_codes)", ANYUAN)),
                "no pre-rendered chart shows 安源区");

        Path downloads = Files.createDirectories(OUT.resolve("downloads-on-demand").toAbsolutePath());
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        String card = "#charts li.on-demand[data-key='render_" + VISITS + "_" + ANYUAN + "']";
        try (var browser = new HeadlessChromium(binaries[0], binaries[1], OUT.resolve("profile-" + System.nanoTime()),
                downloads, 1280, 1000)) {
            browser.open(page.toString());
            waitForScript(browser, "return document.querySelectorAll('#province option').length > 30", "the provinces");
            choose(browser, "province", "360000", "#city option[value='360300']");
            choose(browser, "city", "360300", "#county option[value='" + ANYUAN + "']");
            choose(browser, "county", ANYUAN, card);
            waitForScript(browser, "const i = document.querySelector(\"" + card + " img\"); "
                    + "return i.complete && i.naturalWidth === 1200", "the on-demand thumbnail");
            assertTrue(browser.script("return document.getElementById('status').textContent").asText().contains("按需生成"));
            // the indicator list is filled by its own request, which may answer after the thumbnail loaded
            waitForScript(browser, "return [...document.getElementById('indicator').options].some(o => o.value === '"
                    + VISITS + "')", "the indicator list offering what the county has data for");
            // The CSV link of the card gives the points the chart draws.
            String csv = browser.script("return fetch(arguments[0]).then(r => r.text())", browser.script(
                    "return document.querySelector(\"" + card + "\").querySelector('.download-png').href.replace('render.png', 'render.csv').replace('&download=1', '')")
                    .asText()).asText();
            assertTrue(csv.contains("value_base") && csv.contains("880000"), csv);
            Files.write(OUT.resolve("page-on-demand.png"), browser.screenshot());
            busyThumbnails(browser, card);

            browser.click(card + " .download-png");
            Path png = awaitDownload(downloads);
            assertTrue(png.getFileName().toString().startsWith("安源区"), "the Chinese download name: " + png.getFileName());
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, "the download decodes as a PNG");
            assertEquals(1200, image.getWidth());
        }
    }

    /**
     * A thumbnail refused while the service is busy (503 with Retry-After: a page asks for several renders at once, the
     * service runs two) is asked again after it and shows; one that fails otherwise says why instead of staying blank,
     * and a click asks again. The service's answers are stood in for by the page's fetch; the image's own first load
     * fails on a bad address, which is what starts the retries.
     */
    private static void busyThumbnails(HeadlessChromium browser, String card) throws Exception {
        browser.script("""
                window.realFetch = window.realFetch || window.fetch;
                let refused = 0;
                window.fetch = (url, init) => refused++ < 2
                    ? Promise.resolve(new Response(JSON.stringify({ detail: '2 render calls are running' }),
                        { status: 503, headers: { 'Retry-After': '1', 'Content-Type': 'application/problem+json' } }))
                    : window.realFetch(url, init);
                const img = document.querySelector(arguments[0] + ' img');
                img.dataset.src = img.src;
                img.src = '/api/charts/render.png?region=360302';
                """, card);
        waitForScript(browser, "const i = document.querySelector(\"" + card + " img\"); "
                + "return i.src.startsWith('blob:') && i.complete && i.naturalWidth === 1200", "the thumbnail after two refusals");

        browser.script("""
                window.fetch = () => Promise.resolve(new Response(JSON.stringify({ detail: 'No observations of indicator x' }),
                    { status: 404, headers: { 'Content-Type': 'application/problem+json' } }));
                document.querySelector(arguments[0] + ' img').src = '/api/charts/render.png?region=360302';
                """, card);
        waitForScript(browser, "const n = document.querySelector(\"" + card + " .thumb-note\"); return n !== null "
                + "&& n.textContent === '这里没有可绘制的数据。点击重试' && n.title === 'No observations of indicator x' && n.offsetHeight > 0 "
                + "&& document.querySelector(\"" + card + " img\").offsetHeight === 0", "the reason in place of the thumbnail");
        Files.write(OUT.resolve("page-thumbnail-failed.png"), browser.screenshot());

        browser.script("window.fetch = window.realFetch");
        browser.click(card + " button.thumb");
        waitForScript(browser, "const i = document.querySelector(\"" + card + " img\"); return i.offsetHeight > 0 "
                + "&& i.complete && i.naturalWidth === 1200 && document.querySelector(\"" + card + " .thumb-note\") === null",
                "the thumbnail again after a click");
    }

    // As a person picks from a drop-down: the value changes and the page hears a change event.
    private static void choose(HeadlessChromium browser, String select, String value, String thenVisible) throws Exception {
        waitForScript(browser, "return document.querySelector(\"#" + select + " option[value='" + value + "']\") !== null",
                "the option " + value + " of #" + select);
        assertEquals(value, browser.script("const s = document.getElementById(arguments[0]); s.value = arguments[1]; "
                + "s.dispatchEvent(new Event('change', { bubbles: true })); return s.value", select, value).asText());
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

    private static Path awaitDownload(Path folder) throws InterruptedException {
        Path[] found = new Path[1];
        HeadlessChromium.waitFor(() -> {
            try (Stream<Path> files = Files.list(folder)) {
                found[0] = files.filter(p -> p.toString().endsWith(".png")).findFirst().orElse(null);
                return found[0] != null && Files.size(found[0]) > 0;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(30), "the PNG download in " + folder);
        return found[0];
    }
}
