package io.zhibiao.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuthResourceTest {

    @Test
    void withoutAnIdentityProviderThePageIsToldToAskForAToken() {
        given().get("/api/auth").then().statusCode(200).body("oidc", nullValue());
    }

    @Test
    void aTokenSaysWhoItIsWithoutRevealingItselfAndIsNeverKeptForOthers() {
        given().header("Authorization", "Bearer editor-token").get("/api/auth/me")
                .then().statusCode(200)
                .header("ETag", nullValue())
                .body("subject", matchesPattern("token:[0-9a-f]{8}"))
                .body("roles", equalTo(List.of("editor")))
                .body("region", nullValue());
        given().header("Authorization", "Bearer admin-token").get("/api/auth/me")
                .then().statusCode(200).body("roles", equalTo(List.of("admin")));
        given().get("/api/auth/me").then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theReviewPageIsServedAtReview() {
        given().get("/review").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("数据核校"), containsString("/review.js"));
        given().get("/review.js").then().statusCode(200).body(containsString("/api/observations/"));
    }
}
