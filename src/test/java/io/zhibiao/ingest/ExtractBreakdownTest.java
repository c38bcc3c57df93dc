package io.zhibiao.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The extraction contract's breakdown: the classification item of a figure, null when it has none. */
@QuarkusTest
class ExtractBreakdownTest {

    @Test
    void answersTheItemOfAClassificationBesideTheIndicator() {
        given().contentType("text/plain; charset=utf-8")
                .body("2024年，全市粗钢产量320万吨，增长4.1%；发放贷款3亿元。".getBytes(StandardCharsets.UTF_8))
                .queryParam("published", "2025-02-20")
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("observations[0].indicator", equalTo("output.mass"))
                .body("observations[0].breakdown.product", equalTo("粗钢"))
                .body("observations[1].indicator", equalTo("output.mass.yoy"))
                .body("observations[1].breakdown.product", equalTo("粗钢"))
                .body("observations[2].breakdown", nullValue());
    }
}
