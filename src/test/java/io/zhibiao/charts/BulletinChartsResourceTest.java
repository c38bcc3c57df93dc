package io.zhibiao.charts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.series.Fixtures;
import jakarta.inject.Inject;

/** The bulletin charts over HTTP: pre-rendered and listed, on demand as PNG, SVG and CSV, and their bad input. */
@QuarkusTest
class BulletinChartsResourceTest {

    /** 会昌县: retail sales of three years, the growth stated for the last only (nominal: the others computed). */
    static final String HUICHANG = "360733";
    static final String KEY = "levelgrowth_retail_sales_" + HUICHANG;
    /** 会昌县 with 寻乌县 and 石城县 in 2025: a ranking of 赣州市's counties. */
    static final String XUNWU = "360734", SHICHENG = "360735", GANZHOU = "360700";

    @Inject
    DSLContext dsl;
    @Inject
    Prerenderer prerenderer;

    @BeforeEach
    void storeRetailSales() throws InterruptedException {
        if (dsl.fetchCount(dsl.selectOne().from("observation")
                .where("indicator_code = 'retail_sales' AND region_code = ?", HUICHANG)) == 0) {
            Fixtures data = Fixtures.here();
            data.announcedDocument("会昌县消费市场运行情况", "会昌县统计局", LocalDate.of(2026, 2, 10), HUICHANG, doc -> {
                figure(data, doc, "retail_sales", 2023, "8000000000", "亿元");
                figure(data, doc, "retail_sales", 2024, "8400000000", "亿元");
                figure(data, doc, "retail_sales", 2025, "8900000000", "亿元");
                figure(data, doc, "retail_sales.yoy", 2025, "6.1", "%");
                data.observation(doc, "retail_sales", XUNWU, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "year",
                        "actual", new BigDecimal("7100000000"), "亿元", "exact");
                data.observation(doc, "retail_sales", SHICHENG, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "year",
                        "actual", new BigDecimal("5300000000"), "亿元", "exact");
            });
        }
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
    }

    private static void figure(Fixtures data, long doc, String indicator, int year, String value, String unit) {
        data.observation(doc, indicator, HUICHANG, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", "actual",
                new BigDecimal(value), unit, "exact");
    }

    @Test
    void isPreRenderedAndListedAsItsOwnKind() {
        given().queryParam("kind", "level-growth").queryParam("region", HUICHANG).when().get("/api/charts")
                .then().statusCode(200).body("items.key", hasItem(KEY))
                .body("items.find { it.key == '" + KEY + "' }.title", equalTo("2023—2025年会昌县社会消费品零售总额及其增长速度"));
        given().when().get("/api/charts/" + KEY + ".png").then().statusCode(200).contentType("image/png");
    }

    @Test
    void rendersOnDemandAsPngWithBarsAndALine() throws IOException {
        byte[] png = given().queryParam("indicator", "retail_sales").queryParam("region", HUICHANG)
                .queryParam("type", "level-growth").queryParam("width", 800).queryParam("height", 450)
                .when().get("/api/charts/render.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        assertTrue(Pixels.colouredShare(image, 0.05, 0.2, 0.9, 0.9) > 0.03, "bars and a line");
    }

    @Test
    void theSvgNamesItselfAndTheCsvListsTheComputedRatesAsComputed() {
        String svg = given().queryParam("indicator", "retail_sales").queryParam("region", HUICHANG)
                .queryParam("type", "level-growth").when().get("/api/charts/render.svg")
                .then().statusCode(200).extract().asString();
        assertTrue(svg.contains("<title>2023—2025年会昌县社会消费品零售总额及其增长速度</title>"), svg.substring(0, 300));
        assertTrue(svg.contains("由上年同期总量推算"), "retail growth is nominal: computed rates are said to be computed");
        String csv = new String(given().queryParam("indicator", "retail_sales").queryParam("region", HUICHANG)
                .queryParam("type", "level-growth").when().get("/api/charts/render.csv")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(1 + 3 + 2, lines.size(), csv);
        assertTrue(lines.get(4).startsWith("retail_sales.yoy,社会消费品零售总额增速（由总量推算）,360733,2024年,year"), lines.get(4));
        assertTrue(lines.get(4).contains(",5,,%,5,,%"), "8.4 over 8.0 is 5 %: " + lines.get(4));
        assertTrue(lines.get(5).startsWith("retail_sales.yoy,社会消费品零售总额增速,360733,2025年"), lines.get(5));
    }

    @Test
    void aLevelGrowthOfAnIndicatorWithoutGrowthLinkIsABadRequest() {
        given().queryParam("indicator", "retail_sales.yoy").queryParam("region", HUICHANG).queryParam("type", "level-growth")
                .when().get("/api/charts/render.png")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("has no growth link"));
    }

    @Test
    void ranksTheChildrenOnDemandWithTheirAverageAndAHighlight() throws IOException {
        byte[] png = given().queryParam("indicator", "retail_sales").queryParam("region", GANZHOU).queryParam("type", "ranking")
                .queryParam("highlight", XUNWU).when().get("/api/charts/render.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertTrue(Pixels.colouredShare(ImageIO.read(new ByteArrayInputStream(png)), 0.05, 0.15, 0.95, 0.9) > 0.02);
        String csv = new String(given().queryParam("indicator", "retail_sales").queryParam("region", GANZHOU)
                .queryParam("type", "ranking").queryParam("highlight", XUNWU).when().get("/api/charts/render.csv")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(1).contains(",360733,会昌,year,2025-01-01,2025-12-31,"), csv);
        assertTrue(lines.get(2).contains(",360734,寻乌,"), csv);
        // Retail sales add up: the city's total would dwarf its counties, so the reference is their average.
        assertTrue(lines.get(lines.size() - 1).contains(",360700,平均,") && lines.get(lines.size() - 1).contains(",71,"), csv);
        given().queryParam("kind", "ranking").queryParam("region", GANZHOU).when().get("/api/charts")
                .then().statusCode(200).body("items.key", hasItem("ranking_retail_sales_" + GANZHOU));
    }
}
