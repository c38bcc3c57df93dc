package io.zhibiao.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AdminResourceTest {

    @Test
    void startsAReextractionAndShowsItsProgress() throws Exception {
        given().header("Authorization", "Bearer test-token")
                .when().post("/api/admin/reextract")
                .then().statusCode(202)
                .body("extractorVersion", equalTo(io.zhibiao.extract.RuleExtractor.VERSION))
                .body("startedAt", notNullValue());
        for (int i = 0; i < 100 && given().get("/api/admin/reextract").path("running").equals(true); i++) {
            Thread.sleep(100);
        }
        given().when().get("/api/admin/reextract")
                .then().statusCode(200)
                .body("running", equalTo(false))
                .body("failed", equalTo(0))
                .body("finishedAt", notNullValue());
    }

    @Test
    void needsATokenToStart() {
        given().when().post("/api/admin/reextract")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aTokenWithoutTheRoleIsForbiddenAndAnAdminMayDoWhatIngestMay() {
        given().header("Authorization", "Bearer editor-token")
                .when().post("/api/admin/reextract")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("This request needs the role ingest; the token's roles are editor"));
        given().header("Authorization", "Bearer admin-token")
                .when().post("/api/admin/reextract")
                .then().statusCode(202);
        for (int i = 0; i < 100 && given().get("/api/admin/reextract").path("running").equals(true); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
