package io.zhibiao.system.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The load limits meet the resource methods their features mark {@code @Limited}, and only those: a client past its
 * burst of extracts or renders gets 429 naming the allowance, while a read beside them is not limited.
 */
@QuarkusTest
@TestProfile(LoadLimitsTest.Tight.class)
class LoadLimitsTest {

    /** Limits on, and a burst of two for each limited kind of work. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zhibiao.limits.enabled", "true",
                    "zhibiao.limits.extract.burst", "2", "zhibiao.limits.extract.per-client-per-minute", "1",
                    "zhibiao.limits.render.burst", "2", "zhibiao.limits.render.per-client-per-minute", "1");
        }
    }

    @Test
    void limitsExtractionsPastTheBurst() {
        for (int i = 0; i < 2; i++) {
            extract().then().statusCode(200);
        }
        extract().then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("extract allowance"));
    }

    @Test
    void limitsRendersPastTheBurstButNotReads() {
        for (int i = 0; i < 2; i++) {
            render().then().statusCode(not(429));
        }
        render().then().statusCode(429).body("detail", containsString("render allowance"));
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/regions/360000").then().statusCode(200);
        }
    }

    private static io.restassured.response.Response extract() {
        return given().contentType("text/plain; charset=utf-8")
                .body("2025年，南昌市发放贷款3亿元。".getBytes(StandardCharsets.UTF_8))
                .queryParam("published", "2026-01-08")
                .when().post("/api/extract");
    }

    private static io.restassured.response.Response render() {
        return given().queryParam("indicator", "loans.issued").queryParam("region", "360100")
                .when().get("/api/charts/render.png");
    }
}
