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

/** The structure and cumulative charts over HTTP: pre-rendered and listed, on demand as PNG, SVG and CSV, bad input. */
@QuarkusTest
class StructureCumulativeResourceTest {

    /** 信丰县: its urban and rural retail sales of 2024 and 2025 with the total, and 1-N月 totals of 2024 and 2025. */
    static final String XINFENG = "360722";

    @Inject
    DSLContext dsl;
    @Inject
    Prerenderer prerenderer;

    @BeforeEach
    void storeRetailSales() throws InterruptedException {
        if (dsl.fetchCount(dsl.selectOne().from("observation")
                .where("indicator_code = 'retail_sales.urban' AND region_code = ?", XINFENG)) == 0) {
            Fixtures data = Fixtures.here();
            data.announcedDocument("信丰县国民经济和社会发展统计公报", "信丰县统计局", LocalDate.of(2026, 3, 2), XINFENG, doc -> {
                year(data, doc, "retail_sales", 2024, "9100000000");
                year(data, doc, "retail_sales.urban", 2024, "6900000000");
                year(data, doc, "retail_sales.rural", 2024, "2200000000");
                year(data, doc, "retail_sales", 2025, "9600000000");
                year(data, doc, "retail_sales.urban", 2025, "7300000000");
                year(data, doc, "retail_sales.rural", 2025, "2260000000");
            });
            data.announcedDocument("信丰县1-8月经济运行", "信丰县统计局", LocalDate.of(2025, 9, 20), XINFENG, doc -> {
                ytd(data, doc, "retail_sales", 2024, 6, "4300000000", "亿元");
                ytd(data, doc, "retail_sales", 2024, 8, "5800000000", "亿元");
                ytd(data, doc, "retail_sales", 2025, 3, "2350000000", "亿元");
                ytd(data, doc, "retail_sales", 2025, 4, "3100000000", "亿元");
                ytd(data, doc, "retail_sales", 2025, 7, "5300000000", "亿元");
                ytd(data, doc, "retail_sales", 2025, 8, "6050000000", "亿元");
                ytd(data, doc, "retail_sales.yoy", 2025, 3, "6.2", "%");
                ytd(data, doc, "retail_sales.yoy", 2025, 8, "5.7", "%");
            });
        }
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
    }

    private static void year(Fixtures data, long doc, String indicator, int year, String value) {
        data.observation(doc, indicator, XINFENG, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", "actual",
                new BigDecimal(value), "亿元", "exact");
    }

    private static void ytd(Fixtures data, long doc, String indicator, int year, int month, String value, String unit) {
        data.observation(doc, indicator, XINFENG, LocalDate.of(year, 1, 1), LocalDate.of(year, month, 1).plusMonths(1).minusDays(1),
                "ytd", "actual", new BigDecimal(value), unit, "exact");
    }

    private static io.restassured.specification.RequestSpecification chart(String type, String indicator) {
        return given().queryParam("indicator", indicator).queryParam("region", XINFENG).queryParam("type", type);
    }

    @Test
    void bothArePreRenderedAndListedAsTheirOwnKinds() {
        String structure = "structure_retail_sales_" + XINFENG, cumulative = "cumulative_retail_sales_" + XINFENG;
        given().queryParam("kind", "structure").queryParam("region", XINFENG).when().get("/api/charts")
                .then().statusCode(200).body("items.key", hasItem(structure))
                .body("items.find { it.key == '" + structure + "' }.title", equalTo("2024—2025年信丰县社会消费品零售总额构成"));
        given().queryParam("kind", "cumulative").queryParam("region", XINFENG).when().get("/api/charts")
                .then().statusCode(200).body("items.key", hasItem(cumulative))
                .body("items.find { it.key == '" + cumulative + "' }.title", equalTo("2025年信丰县社会消费品零售总额逐月累计及增长速度"));
        for (String key : List.of(structure, cumulative)) {
            given().when().get("/api/charts/" + key + ".png").then().statusCode(200).contentType("image/png");
        }
    }

    @Test
    void theStructureOnDemandStacksUrbanAndRuralWithTheSameSourceAndNotesInEveryFormat() throws IOException {
        byte[] png = chart("structure", "retail_sales").queryParam("width", 800).queryParam("height", 450)
                .when().get("/api/charts/render.png").then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        assertTrue(Pixels.share(image, 0.05, 0.15, 0.95, 0.9, Pixels.near(StructurePlot.PART_COLORS[0], 40)) > 0.03, "urban");
        assertTrue(Pixels.share(image, 0.05, 0.15, 0.95, 0.9, Pixels.near(StructurePlot.PART_COLORS[1], 40)) > 0.01, "rural");
        String svg = chart("structure", "retail_sales").when().get("/api/charts/render.svg").then().statusCode(200).extract().asString();
        assertTrue(svg.contains("<title>2024—2025年信丰县社会消费品零售总额构成</title>"), svg.substring(0, 300));
        // 2025: 73 + 22.6 = 95.6 of 96: within half a percent, so the shares are of the whole and nothing is grey.
        assertTrue(svg.contains("占比为各部分占社会消费品零售总额的比重"), svg.substring(0, 400));
        String csv = new String(chart("structure", "retail_sales").when().get("/api/charts/render.csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(1 + 2 * (2 + 1 + 2), lines.size(), csv);
        assertTrue(csv.contains("retail_sales.urban,城镇消费品零售额占比（由总量计算）,360722,2025年,year,2025-01-01,2025-12-31,actual,exact,76.04,,%"),
                csv);
    }

    @Test
    void theCumulativeOnDemandIsTheLatestYearUnlessAYearIsAsked() throws IOException {
        byte[] png = chart("cumulative", "retail_sales").when().get("/api/charts/render.png").then().statusCode(200)
                .extract().asByteArray();
        assertTrue(Pixels.share(ImageIO.read(new ByteArrayInputStream(png)), 0.05, 0.2, 0.9, 0.9,
                Pixels.near(LevelGrowthPlot.BAR, 40)) > 0.02, "bars");
        String csv = new String(chart("cumulative", "retail_sales").when().get("/api/charts/render.csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(1 + 4 + 2, lines.size(), csv);
        assertTrue(lines.get(1).startsWith("retail_sales,社会消费品零售总额,360722,2025年1-3月累计,ytd,2025-01-01,2025-03-31"), csv);
        assertTrue(csv.contains("retail_sales.yoy,社会消费品零售总额增速,360722,2025年1-8月累计,ytd,2025-01-01,2025-08-31,actual,exact,5.7"), csv);
        String older = new String(chart("cumulative", "retail_sales").queryParam("year", "2024").when().get("/api/charts/render.csv")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(1 + 2, older.lines().count(), older);
        String svg = chart("cumulative", "retail_sales").when().get("/api/charts/render.svg").then().statusCode(200).extract().asString();
        assertTrue(svg.contains("1-5月、1-6月累计值未见报道，留空"), svg.substring(0, 500));
        assertTrue(svg.contains("来源") || svg.contains("<path"), "drawn");
    }

    @Test
    void aNewFigureOfAPartRedrawsItsWholesStructureChart() throws InterruptedException {
        String shangyou = "360724", key = "structure_retail_sales_" + shangyou;
        Fixtures data = Fixtures.here();
        if (dsl.fetchCount(dsl.selectOne().from("observation").where("region_code = ?", shangyou)) == 0) {
            data.announcedDocument("上犹县2024年消费市场", "上犹县统计局", LocalDate.of(2025, 2, 1), shangyou, doc -> {
                part(data, doc, "retail_sales.urban", shangyou, 2024, "3100000000");
                part(data, doc, "retail_sales.rural", shangyou, 2024, "1200000000");
            });
            assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
            given().queryParam("kind", "structure").queryParam("region", shangyou).when().get("/api/charts")
                    .then().statusCode(200).body("items.find { it.key == '" + key + "' }.periodEnd", equalTo("2024-12-31"));
            // Only the parts of 2025 are stored: the chart of the whole (retail_sales) is redrawn all the same.
            data.announcedDocument("上犹县2025年消费市场", "上犹县统计局", LocalDate.of(2026, 2, 1), shangyou, doc -> {
                part(data, doc, "retail_sales.urban", shangyou, 2025, "3300000000");
                part(data, doc, "retail_sales.rural", shangyou, 2025, "1250000000");
            });
        }
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
        given().queryParam("kind", "structure").queryParam("region", shangyou).when().get("/api/charts")
                .then().statusCode(200).body("items.find { it.key == '" + key + "' }.periodEnd", equalTo("2025-12-31"));
    }

    private static void part(Fixtures data, long doc, String indicator, String region, int year, String value) {
        data.observation(doc, indicator, region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", "actual",
                new BigDecimal(value), "亿元", "exact");
    }

    @Test
    void aStructureOfAnIndicatorWithoutPartsIsABadRequestNamingTheMissingLink() {
        chart("structure", "ecommerce.online_retail").when().get("/api/charts/render.png")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'ecommerce.online_retail' has no parts in the catalog"))
                .body("detail", containsString("part_of ecommerce.online_retail"));
        chart("structure", "retail_sales.urban").when().get("/api/charts/render.svg")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("it is itself a part of retail_sales: ask for indicator=retail_sales"));
    }

    @Test
    void aCumulativeWithoutMonthlyTotalsIsNotFoundAndABadYearIsABadRequest() {
        chart("cumulative", "retail_sales").queryParam("year", "2019").when().get("/api/charts/render.png")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No 1-N月 (year-to-date) values"));
        chart("cumulative", "retail_sales").queryParam("year", "２０２５").when().get("/api/charts/render.png")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("year"));
        chart("cumulative", "retail_sales").queryParam("year", "1800").when().get("/api/charts/render.png")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
