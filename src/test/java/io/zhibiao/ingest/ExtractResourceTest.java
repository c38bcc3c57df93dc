package io.zhibiao.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExtractResourceTest {

    private static final String LOANS = "2025年，全市共发放普惠贷款12.5亿元，培训1.6万人次。";

    @Test
    void readsFiguresWithTheirScale() {
        given().contentType("text/plain; charset=utf-8").body(LOANS.getBytes(StandardCharsets.UTF_8))
                .queryParam("published", "2026-01-08")
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("observations.size()", greaterThan(1))
                .body("observations.value", hasItem(1.25e9f))
                .body("observations.unitClass", hasItem("person_time"));
    }

    @Test
    void rejectsAnEmptyBody() {
        given().contentType("text/plain").body(new byte[0])
                .when().post("/api/extract")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("The body is empty"));
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        byte[] gbk = "全市共发放贷款12.5亿元".getBytes(java.nio.charset.Charset.forName("GBK"));
        given().contentType("text/plain").body(gbk)
                .when().post("/api/extract")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("The body is not valid UTF-8"));
    }

    @Test
    void rejectsBinaryBytes() {
        given().contentType("application/octet-stream").body(new byte[] { 0, 1, 2, 3, 0 })
                .when().post("/api/extract")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void rejectsAnImpossibleDate() {
        given().contentType("text/plain").body(LOANS.getBytes(StandardCharsets.UTF_8))
                .queryParam("published", "2026-02-30")
                .when().post("/api/extract")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("Parameter 'published'"));
    }

    @Test
    void rejectsAnUnknownDefaultRegion() {
        given().contentType("text/plain").body(LOANS.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", "999999")
                .when().post("/api/extract")
                .then().statusCode(400)
                .body("detail", equalTo("Parameter 'region': no region has the code 999999"));
    }

    @Test
    void rejectsATextOverTheSizeLimit() {
        byte[] big = "贷款12.5亿元。".repeat(80_000).getBytes(StandardCharsets.UTF_8);
        given().contentType("text/plain").body(big)
                .when().post("/api/extract")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }
}
