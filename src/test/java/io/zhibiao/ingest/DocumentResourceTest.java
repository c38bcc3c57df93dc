package io.zhibiao.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class DocumentResourceTest {

    static final String TOKEN = "test-token";

    /** A short article of its own every call, so tests never collide on the content hash. */
    static String article() {
        return "本报成都讯 2025年，成都市武侯区新开工重点项目45个，完成投资128.6亿元，培训技能人才2.3万人次。（编号"
                + UUID.randomUUID() + "）";
    }

    static Map<String, Object> body(String text) {
        return Map.of("title", "武侯区项目建设", "source", "成都日报", "published", "2026-01-05", "text", text);
    }

    static RequestSpecification authorized() {
        return given().header("Authorization", "Bearer " + TOKEN);
    }

    @Test
    void storesANewDocumentAndFindsItAgainByItsText() {
        String text = article();
        int id = authorized().contentType(ContentType.JSON).body(body(text))
                .when().post("/api/documents")
                .then().statusCode(201)
                .header("Location", containsString("/api/documents/"))
                .body("observationCount", greaterThan(0))
                .extract().path("id");

        authorized().contentType(ContentType.JSON).body(body(text))
                .when().post("/api/documents")
                .then().statusCode(200)
                .body("id", equalTo(id));

        given().when().get("/api/documents/" + id)
                .then().statusCode(200)
                .body("title", equalTo("武侯区项目建设"))
                .body("observations.size()", greaterThan(0))
                .body("observations.quote", everyItem(not(emptyString())));
    }

    @Test
    void tenConcurrentPostsOfOneTextStoreExactlyOneDocument() throws Exception {
        String text = article();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                posts.add(() -> authorized().contentType(ContentType.JSON).body(body(text))
                        .when().post("/api/documents")
                        .then().extract().path("id"));
            }
            Set<Integer> ids = new HashSet<>();
            for (Future<Integer> f : pool.invokeAll(posts)) {
                ids.add(f.get());
            }
            assertEquals(1, ids.size(), "all ten posts must name the same document: " + ids);
        } finally {
            pool.shutdown();
        }
        assertEquals(1L, Document.count("sha256", Ingest.sha256(text)));
    }

    @Test
    void storesPlainTextWithMetadataInTheQuery() {
        authorized().contentType("text/plain; charset=utf-8").body(article().getBytes(StandardCharsets.UTF_8))
                .queryParam("title", "武侯区").queryParam("source", "成都日报").queryParam("published", "2026-01-05")
                .queryParam("region", "510107")
                .when().post("/api/documents")
                .then().statusCode(201)
                .body("region", equalTo("510107"));
    }

    @Test
    void refusesToWriteWithoutAToken() {
        given().contentType(ContentType.JSON).body(body(article()))
                .when().post("/api/documents")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer not-a-token").contentType(ContentType.JSON).body(body(article()))
                .when().post("/api/documents")
                .then().statusCode(401)
                .body("detail", equalTo("The bearer token is not valid"));
        given().when().delete("/api/documents/1")
                .then().statusCode(401);
    }

    @Test
    void readsNeedNoToken() {
        given().when().get("/api/documents")
                .then().statusCode(200)
                .body("page", equalTo(0));
    }

    @Test
    void namesTheMissingField() {
        authorized().contentType(ContentType.JSON)
                .body(Map.of("source", "成都日报", "published", "2026-01-05", "text", article()))
                .when().post("/api/documents")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("Field 'title' is required and may not be blank"));
    }

    @Test
    void rejectsAnImpossibleDate() {
        authorized().contentType(ContentType.JSON)
                .body(Map.of("title", "t", "source", "s", "published", "2025-02-29", "text", article()))
                .when().post("/api/documents")
                .then().statusCode(400)
                .body("detail", startsWith("Field 'published' must be a real date"));
    }

    @Test
    void rejectsAnUnknownRegion() {
        authorized().contentType(ContentType.JSON)
                .body(Map.of("title", "t", "source", "s", "published", "2026-01-05", "text", article(), "region", "990000"))
                .when().post("/api/documents")
                .then().statusCode(400)
                .body("detail", equalTo("Field 'region': no region has the code 990000"));
    }

    @Test
    void rejectsAWrongContentType() {
        authorized().contentType("application/xml").body("<doc/>")
                .when().post("/api/documents")
                .then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void rejectsMalformedJson() {
        authorized().contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/documents")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void rejectsATextOverTheLimit() {
        String big = "全市新开工项目12个。".repeat(120_000);
        authorized().contentType(ContentType.JSON).body(body(big))
                .when().post("/api/documents")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
        assertEquals(0L, Document.count("sha256", Ingest.sha256(big)));
    }

    @Test
    void listsNewestPublicationFirst() {
        authorized().contentType(ContentType.JSON)
                .body(Map.of("title", "旧", "source", "s", "published", "2019-03-01", "text", article()))
                .post("/api/documents").then().statusCode(201);
        int newest = authorized().contentType(ContentType.JSON)
                .body(Map.of("title", "新", "source", "s", "published", java.time.LocalDate.now().plusMonths(11).toString(), "text", article()))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        given().queryParam("size", 1).when().get("/api/documents")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(newest))
                .body("total", greaterThan(1));
        given().queryParam("size", 1000).when().get("/api/documents")
                .then().statusCode(400)
                .body("detail", startsWith("Parameter 'size' must be a whole number from 1 to 100"));
    }

    @Test
    void deletingADocumentMovesItToTheTrashAndAPurgeRemovesItsObservations() {
        int id = authorized().contentType(ContentType.JSON).body(body(article()))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        long figures = StoredObservation.count("documentId", (long) id);
        authorized().when().delete("/api/documents/" + id).then().statusCode(204);
        given().when().get("/api/documents/" + id).then().statusCode(200).body("trashedAt", org.hamcrest.Matchers.notNullValue());
        assertEquals(figures, StoredObservation.count("documentId", (long) id), "kept in the trash, to be restored");
        authorized().when().delete("/api/documents/" + id).then().statusCode(204);
        given().header("Authorization", "Bearer admin-token").queryParam("purge", "true").when()
                .delete("/api/documents/" + id).then().statusCode(204);
        given().when().get("/api/documents/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        assertEquals(0L, StoredObservation.count("documentId", (long) id));
        authorized().when().delete("/api/documents/" + id).then().statusCode(404);
    }

    @Test
    void keepsEveryDocumentThatReportsTheSameFigure() {
        String sameFigure = "2025年，成都市武侯区新开工重点项目45个。";
        int first = authorized().contentType(ContentType.JSON).body(body(sameFigure + UUID.randomUUID()))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        int second = authorized().contentType(ContentType.JSON).body(body(sameFigure + UUID.randomUUID()))
                .post("/api/documents").then().statusCode(201).extract().path("id");
        long firstCount = StoredObservation.count("documentId", (long) first);
        assertEquals(firstCount, StoredObservation.count("documentId", (long) second));
        assertEquals(true, firstCount > 0);
    }
}
