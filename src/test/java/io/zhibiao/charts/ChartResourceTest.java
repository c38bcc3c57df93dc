package io.zhibiao.charts;

import static io.restassured.RestAssured.given;
import static io.zhibiao.charts.ChartTestData.VISITS;
import static io.zhibiao.charts.ChartTestData.YUEHU;
import static io.zhibiao.charts.ChartTestData.YUJIANG;
import static io.zhibiao.charts.ChartTestData.visits;
import static io.zhibiao.charts.ChartTestData.visitsToMonth;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.changes.Changes;
import jakarta.inject.Inject;

@QuarkusTest
class ChartResourceTest {

    static final String SERIES_YUEHU = "series_" + VISITS + "_" + YUEHU;
    static boolean stored;

    @Inject
    DSLContext dsl;
    @Inject
    Changes changes;
    @Inject
    Prerenderer prerenderer;

    @BeforeEach
    void storeYuehuLoans() throws InterruptedException {
        ChartTestData.ensureIndicators(dsl);
        if (stored) {
            return;
        }
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)), "the start-up pass should finish");
        ChartTestData.clean(dsl, VISITS);
        ChartTestData.document("月湖区文旅市场情况", LocalDate.of(2026, 1, 5),
                visits(YUEHU, 2023, "1630000"), visits(YUEHU, 2024, "1820000"), visits(YUEHU, 2025, "2015000"),
                visits(YUJIANG, 2025, "950000"), visitsToMonth(YUEHU, 2024, 9, "1390000"),
                visitsToMonth(YUEHU, 2025, 9, "1540000"));
        stored = true;
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
    }

    @Test
    void listsChartsWithKindRegionPeriodRangeAndUrls() {
        String chart = "items.find { it.key == '" + SERIES_YUEHU + "' }";
        given().queryParam("indicator", VISITS).queryParam("region", YUEHU)
                .when().get("/api/charts")
                .then().statusCode(200)
                .body("total", equalTo(1)).body("page", equalTo(0))
                .body("items.key", hasItem(SERIES_YUEHU))
                .body(chart + ".kind", equalTo("series"))
                .body(chart + ".region", equalTo(YUEHU))
                .body(chart + ".periodStart", equalTo("2023-01-01"))
                .body(chart + ".periodEnd", equalTo("2025-12-31"))
                .body(chart + ".url", equalTo("/api/charts/" + SERIES_YUEHU + ".png"))
                .body(chart + ".svgUrl", equalTo("/api/charts/" + SERIES_YUEHU + ".svg"))
                .body(chart + ".csvUrl", equalTo("/api/charts/" + SERIES_YUEHU + ".csv"))
                .body(chart + ".title", equalTo("月湖区接待游客"))
                .body(chart + ".etag", startsWith("\""));
    }

    @Test
    void filtersByKindAndPeriodAndPages() {
        given().queryParam("indicator", VISITS).queryParam("kind", "compare").when().get("/api/charts")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("indicator", VISITS).queryParam("from", "2026").when().get("/api/charts")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("indicator", VISITS).queryParam("to", "2023-06").when().get("/api/charts")
                .then().statusCode(200).body("items.key", hasItem(SERIES_YUEHU));
        given().queryParam("size", 1).queryParam("page", 0).when().get("/api/charts")
                .then().statusCode(200).body("size", equalTo(1)).body("items.size()", equalTo(1));
        given().queryParam("kind", "pie").when().get("/api/charts")
                .then().statusCode(400).body("detail", equalTo("Parameter 'kind' must be one of series, compare, target-vs-actual, level-growth, ranking, structure, cumulative, not 'pie'"));
        given().queryParam("size", "２").when().get("/api/charts")
                .then().statusCode(400).body("detail", equalTo("Parameter 'size' must be a whole number from 1 to 200, not '２'"));
        given().queryParam("page", "-1").when().get("/api/charts")
                .then().statusCode(400).body("detail", equalTo("Parameter 'page' must be a whole number from 0 to 1000000, not '-1'"));
    }

    @Test
    void servesAStoredPngWithValidatorsAndAChineseFileName() throws IOException {
        var response = given().when().get("/api/charts/" + SERIES_YUEHU + ".png")
                .then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", containsString("max-age="))
                .header("Content-Disposition", equalTo("inline; filename=\"series_test.charts.visits_360602.png\"; "
                        + "filename*=UTF-8''" + ChartResponses.percentEncode("月湖区_接待游客_2023-2025.png")))
                .extract();
        assertTrue(response.header("Content-Disposition").contains("%E6%9C%88%E6%B9%96%E5%8C%BA"), "月湖区 percent-encoded");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        assertEquals(1200, image.getWidth());
        assertEquals(675, image.getHeight());
        assertTrue(Pixels.colouredShare(image, 0.05, 0.15, 0.95, 0.85) > 0.002, "the line should be drawn");

        given().header("If-None-Match", response.header("ETag"))
                .when().get("/api/charts/" + SERIES_YUEHU + ".png")
                .then().statusCode(304).header("ETag", equalTo(response.header("ETag")));
        given().queryParam("download", 1).when().get("/api/charts/" + SERIES_YUEHU + ".png")
                .then().statusCode(200).header("Content-Disposition", startsWith("attachment; filename=\"series_"));
    }

    @Test
    void servesTheSameChartAsSvgAndAsTheCsvOfItsPoints() {
        String svg = given().when().get("/api/charts/" + SERIES_YUEHU + ".svg")
                .then().statusCode(200).contentType("image/svg+xml")
                .header("Content-Disposition", containsString(".svg"))
                .extract().asString();
        assertTrue(svg.contains("<svg") && svg.contains("width='1200'"), svg.substring(0, 300));

        String csv = given().when().get("/api/charts/" + SERIES_YUEHU + ".csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertEquals("indicator,indicator_name,region_code,label,period_type,period_start,period_end,kind,qualifier,"
                + "value,value_max,unit,value_base,value_max_base,unit_base", lines[0]);
        // A chart shows one period type, the one with the most periods (as the JSON answers one series per type):
        // the three annual values, never the two January-September totals beside them.
        assertEquals(4, lines.length, csv);
        assertTrue(csv.contains(VISITS + ",接待游客,360602,2025年,year,2025-01-01,2025-12-31,actual,exact,201.5,,万人次,2015000,,人次"), csv);
        assertFalse(csv.contains(",ytd,"), csv);
    }

    @Test
    void rendersOnDemandAtTheAskedSizeAndCachesByDataVersion() throws IOException {
        var first = given().queryParam("indicator", VISITS).queryParam("region", YUEHU).queryParam("type", "bar")
                .queryParam("width", 640).queryParam("height", 360).queryParam("scale", 2)
                .when().get("/api/charts/render.png")
                .then().statusCode(200).contentType("image/png").extract();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first.asByteArray()));
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
        assertTrue(Pixels.colouredShare(image, 0.05, 0.15, 0.95, 0.85) > 0.002, "bars should be drawn");

        given().queryParam("indicator", VISITS).queryParam("region", YUEHU).queryParam("type", "bar")
                .queryParam("width", 640).queryParam("height", 360).queryParam("scale", 2)
                .header("If-None-Match", first.header("ETag"))
                .when().get("/api/charts/render.png")
                .then().statusCode(304);
    }

    @Test
    void rendersOnDemandAsSvgToo() {
        given().queryParam("indicator", VISITS).queryParam("region", YUEHU).queryParam("width", 320).queryParam("height", 200)
                .when().get("/api/charts/render.svg")
                .then().statusCode(200).contentType("image/svg+xml").body(containsString("<svg"));
    }

    @Test
    void refusesAPngBeyondThePixelBudget() {
        given().queryParam("indicator", VISITS).queryParam("region", YUEHU).queryParam("width", 3000)
                .queryParam("height", 2000).queryParam("scale", 3)
                .when().get("/api/charts/render.png")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("The PNG would have 54000000 pixels"));
    }

    @ParameterizedTest
    @CsvSource({
            "width, 319, 'Parameter ''width'' must be a whole number from 320 to 3000, not ''319'''",
            "width, 3001, 'Parameter ''width'' must be a whole number from 320 to 3000, not ''3001'''",
            "height, 199, 'Parameter ''height'' must be a whole number from 200 to 2000, not ''199'''",
            "height, 2001, 'Parameter ''height'' must be a whole number from 200 to 2000, not ''2001'''",
            "scale, 0, 'Parameter ''scale'' must be a whole number from 1 to 3, not ''0'''",
            "scale, 4, 'Parameter ''scale'' must be a whole number from 1 to 3, not ''4'''",
            "width, wide, 'Parameter ''width'' must be a whole number from 320 to 3000, not ''wide'''",
            // Full-width and Arabic-Indic digits are numbers to Integer.parseInt, not to this API.
            "width, ３２０, 'Parameter ''width'' must be a whole number from 320 to 3000, not ''３２０'''",
            "height, ٣٠٠, 'Parameter ''height'' must be a whole number from 200 to 2000, not ''٣٠٠'''",
            "scale, ２, 'Parameter ''scale'' must be a whole number from 1 to 3, not ''２'''",
            "width, ' 400', 'Parameter ''width'' must be a whole number from 320 to 3000, not '' 400'''",
            "type, pie, 'Parameter ''type'' must be one of line, bar, level-growth, ranking, structure, cumulative, not ''pie'''",
            "type, level-growth, 'Parameter ''indicator'': ''test.charts.visits'' has no growth link in the catalog (no test.charts.visits.yoy), which a level-growth chart needs'" })
    void rejectsSizesAndTypesOutsideTheBounds(String parameter, String value, String detail) {
        given().queryParam("indicator", VISITS).queryParam("region", YUEHU).queryParam(parameter, value)
                .when().get("/api/charts/render.png")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", equalTo(detail));
    }

    @Test
    void answersAnUnknownKeyWithAProblem() {
        given().when().get("/api/charts/no_such_chart.png")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No chart has the key 'no_such_chart' (see /api/charts)"));
        given().when().get("/api/charts/no_such_chart.gif")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void answersARegionWithoutDataWithAProblem() {
        given().queryParam("indicator", VISITS).queryParam("region", "110101")
                .when().get("/api/charts/render.png")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No observations of indicator '" + VISITS + "' for region 110101"));
    }

    @Test
    void chartsReportTheirBundledFontOutsideReadiness() {
        given().when().get("/q/health/group/charts")
                .then().statusCode(200)
                .body("checks.find { it.name == 'Charts' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Charts' }.data.font", equalTo("Zhibiao Sans SC"));
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.not(hasItem("Charts")));
    }
}
