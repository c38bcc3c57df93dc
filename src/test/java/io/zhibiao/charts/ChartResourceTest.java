package io.zhibiao.charts;

import static io.restassured.RestAssured.given;
import static io.zhibiao.charts.ChartTestData.VISITS;
import static io.zhibiao.charts.ChartTestData.YUEHU;
import static io.zhibiao.charts.ChartTestData.YUJIANG;
import static io.zhibiao.charts.ChartTestData.visits;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.zhibiao.system.DataVersion;
import jakarta.inject.Inject;

@QuarkusTest
class ChartResourceTest {

    static final String SERIES_YUEHU = "series_" + VISITS + "_" + YUEHU;
    static boolean stored;

    @Inject
    DSLContext dsl;
    @Inject
    DataVersion version;
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
        ChartTestData.document(dsl, version, "月湖区文旅市场情况", LocalDate.of(2026, 1, 5),
                visits(YUEHU, 2023, "1630000"), visits(YUEHU, 2024, "1820000"), visits(YUEHU, 2025, "2015000"),
                visits(YUJIANG, 2025, "950000"));
        stored = true;
        assertTrue(prerenderer.awaitIdle(Duration.ofSeconds(60)));
    }

    @Test
    void listsChartsWithTheirUrlAndEtag() {
        given().queryParam("indicator", VISITS).queryParam("region", YUEHU)
                .when().get("/api/charts")
                .then().statusCode(200)
                .body("key", hasItem(SERIES_YUEHU))
                .body("find { it.key == '" + SERIES_YUEHU + "' }.url", equalTo("/api/charts/" + SERIES_YUEHU + ".png"))
                .body("find { it.key == '" + SERIES_YUEHU + "' }.title", equalTo("月湖区接待游客"))
                .body("find { it.key == '" + SERIES_YUEHU + "' }.etag", startsWith("\""));
    }

    @Test
    void servesAStoredPngWithValidatorsAndAChineseFileName() throws IOException {
        var response = given().when().get("/api/charts/" + SERIES_YUEHU + ".png")
                .then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", containsString("max-age="))
                .header("Content-Disposition", equalTo("attachment; filename=\"series_test.charts.visits_360602.png\"; "
                        + "filename*=UTF-8''" + PngResponses.percentEncode("月湖区_接待游客_2023-2025.png")))
                .extract();
        assertTrue(response.header("Content-Disposition").contains("%E6%9C%88%E6%B9%96%E5%8C%BA"), "月湖区 percent-encoded");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        assertEquals(1200, image.getWidth());
        assertEquals(675, image.getHeight());
        assertTrue(Pixels.colouredShare(image, 0.05, 0.15, 0.95, 0.85) > 0.002, "the line should be drawn");

        given().header("If-None-Match", response.header("ETag"))
                .when().get("/api/charts/" + SERIES_YUEHU + ".png")
                .then().statusCode(304).header("ETag", equalTo(response.header("ETag")));
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

    @ParameterizedTest
    @CsvSource({
            "width, 199, 'Parameter ''width'' must be from 200 to 3000, not 199'",
            "width, 3001, 'Parameter ''width'' must be from 200 to 3000, not 3001'",
            "height, 149, 'Parameter ''height'' must be from 150 to 2000, not 149'",
            "height, 2001, 'Parameter ''height'' must be from 150 to 2000, not 2001'",
            "scale, 0, 'Parameter ''scale'' must be from 1 to 3, not 0'",
            "scale, 4, 'Parameter ''scale'' must be from 1 to 3, not 4'",
            "width, wide, 'Parameter ''width'' must be a whole number from 200 to 3000, not ''wide'''",
            "type, pie, 'Parameter ''type'' must be line or bar, not ''pie'''" })
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
