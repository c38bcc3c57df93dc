package io.zhibiao.charts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(NoFontTest.NoCjkFont.class)
class NoFontTest {

    /** A machine without any CJK font: the configured family and files do not exist. */
    public static class NoCjkFont implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zhibiao.charts.font-family", "No Such CJK Family",
                    "zhibiao.charts.font-files", "/nonexistent/font.ttc",
                    "zhibiao.charts.prerender-at-start", "false");
        }
    }

    @Test
    void readinessIsDownAndNamesTheFontPackages() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'Chart CJK font' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Chart CJK font' }.data.missing", equalTo("fonts-noto-cjk or fonts-wqy-zenhei"));
    }

    @Test
    void renderingAnswers503InsteadOfEmptyBoxes() {
        given().queryParam("indicator", "other").queryParam("region", "360000")
                .when().get("/api/charts/render.png")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("install fonts-noto-cjk or fonts-wqy-zenhei"));
    }
}
