package io.zhibiao.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * People sign in through a real OpenID Connect provider (Keycloak) and write with its access tokens, beside the
 * static tokens machines use: roles come from the token, a token the provider did not sign is refused.
 */
class OidcIT {

    @RegisterExtension
    static final OwnKeycloak KEYCLOAK = new OwnKeycloak();

    @RegisterExtension
    static final OwnService IT = OwnService.named("oidc", Map.of(
            "ZHIBIAO_OIDC_ISSUER", KEYCLOAK.issuer(),
            "ZHIBIAO_API_TOKENS", "machine-token"));

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSignedInPersonWithoutTheRoleIsForbiddenSayingWhichRoleIsMissing() throws Exception {
        HttpResponse<String> reader = postArticle(KEYCLOAK.accessToken("reader", "reader-pass"), "只读用户");
        assertProblem(reader, 403, "This request needs the role ingest");
        HttpResponse<String> editor = postArticle(KEYCLOAK.accessToken("ganzhou-editor", "gz-pass"), "编辑");
        assertProblem(editor, 403, "the token's roles are editor");
    }

    @Test
    void anAdminSignedInMayWriteAndMachinesKeepTheirStaticTokens() throws Exception {
        HttpResponse<String> admin = postArticle(KEYCLOAK.accessToken("chief", "chief-pass"), "管理员");
        assertEquals(201, admin.statusCode(), admin.body());
        HttpResponse<String> machine = postArticle("machine-token", "管理员");
        assertEquals(200, machine.statusCode(), "the same text again, by a machine: " + machine.body());
        assertEquals(JSON.readTree(admin.body()).path("id"), JSON.readTree(machine.body()).path("id"));
    }

    @Test
    void aTokenTheProviderDidNotSignIsRefused() throws Exception {
        String token = KEYCLOAK.accessToken("chief", "chief-pass");
        String[] parts = token.split("\\.");
        // The same claims with another signature: what a forger who read a token could send.
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertProblem(postArticle(forged, "伪造"), 401, "The bearer token is not valid");
        assertProblem(postArticle("not-a-jwt-and-not-a-static-token", "伪造"), 401, "The bearer token is not valid");
        HttpResponse<String> none = OwnService.send(HttpRequest.newBuilder(IT.service().uri("/api/documents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(none, 401, "needs 'Authorization: Bearer <token>'");
    }

    @Test
    void anEditorLimitedToGanzhouMayReviewGanzhouButNotNanchangAndIsNamedInTheHistory() throws Exception {
        String editor = KEYCLOAK.accessToken("ganzhou-editor", "gz-pass");
        long nanchang = firstObservation(postText("2025年，南昌市共发放创业担保贷款12.6亿元。"));
        HttpResponse<String> refused = review(nanchang, editor);
        assertProblem(refused, 403, "may review figures of region 360700");
        long ganzhou = firstObservation(postText("2025年，赣州市章贡区共发放创业担保贷款4.3亿元。"));
        HttpResponse<String> accepted = review(ganzhou, editor);
        assertEquals(200, accepted.statusCode(), accepted.body());
        HttpResponse<String> history = IT.get("/api/observations/" + ganzhou + "/history");
        assertTrue(history.body().contains("赣州 编辑") && history.body().contains("oidc:"), history.body());
    }

    @Test
    void readsNeverLookAtTheTokenEvenABadOne() {
        HttpResponse<String> read = OwnService.send(HttpRequest.newBuilder(IT.service().uri("/api/regions/360700"))
                .header("Authorization", "Bearer forged.token.here").GET());
        assertEquals(200, read.statusCode(), read.body());
    }

    private static long postText(String text) throws Exception {
        String body = JSON.writeValueAsString(Map.of("title", "区域测试", "source", "测试", "published", "2026-03-03", "text", text));
        HttpResponse<String> stored = OwnService.send(HttpRequest.newBuilder(IT.service().uri("/api/documents"))
                .header("Authorization", "Bearer machine-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertTrue(stored.statusCode() == 201 || stored.statusCode() == 200, stored.body());
        return JSON.readTree(stored.body()).path("id").asLong();
    }

    private static long firstObservation(long documentId) throws Exception {
        JsonNode document = JSON.readTree(IT.get("/api/documents/" + documentId).body());
        return document.path("observations").get(0).path("id").asLong();
    }

    private static HttpResponse<String> review(long observationId, String token) {
        String etag = IT.get("/api/observations/" + observationId).headers().firstValue("ETag").orElseThrow();
        return OwnService.send(HttpRequest.newBuilder(IT.service().uri("/api/observations/" + observationId + "/review"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\":\"accept\",\"note\":\"核对原文无误\"}")));
    }

    private static HttpResponse<String> postArticle(String token, String who) {
        String body = "{\"title\":\"" + who + "测试\",\"source\":\"测试\",\"published\":\"2026-03-02\","
                + "\"text\":\"2025年，赣州市共发放创业担保贷款" + Math.abs(who.hashCode() % 90 + 10) + "亿元。\"}";
        return OwnService.send(HttpRequest.newBuilder(IT.service().uri("/api/documents"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String detailPart) throws Exception {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        JsonNode problem = JSON.readTree(answer.body());
        assertTrue(problem.path("detail").asText().contains(detailPart), answer.body());
    }
}
