package io.zhibiao.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest {

    @Test
    void readinessChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void testsStillCarryTheEmbeddedPostgresThatThePackagedApplicationLeavesOut() {
        // %prod.quarkus.class-loading.removed-artifacts must not reach the test (or dev) class path: the
        // README's ./mvnw verify without a server needs it. ContainerImageIT checks the image has none.
        assertTrue(EmbeddedPostgresConfigSourceFactory.isCarried());
    }

    @Test
    void servesTheOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/extract'.post.summary", equalTo("Extract the figures of a text without storing anything"));
    }
}
