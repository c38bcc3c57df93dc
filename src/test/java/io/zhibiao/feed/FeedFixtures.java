package io.zhibiao.feed;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;

import io.restassured.http.ContentType;

/** Articles posted through the API (so the extractor, the ingest and the change log all run) and what they touched. */
final class FeedFixtures {

    static final String TOKEN = "test-token";

    private FeedFixtures() {
    }

    /** A short article of its own every call (the content hash must differ), about 武侯区 in 2025. */
    static String article() {
        return "本报成都讯 2025年，成都市武侯区新开工重点项目45个，完成投资128.6亿元，培训技能人才2.3万人次。（编号"
                + UUID.randomUUID() + "）";
    }

    static long post(String text) {
        return post("武侯区项目建设", "成都日报", "2026-01-05", text);
    }

    /** Posts an article through the API (the one change path, as an ingest does); its document id. */
    static long post(String title, String source, String published, String text) {
        Number id = given().header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body(Map.of("title", title, "source", source, "published", published, "text", text))
                .when().post("/api/documents")
                .then().statusCode(201)
                .extract().path("id");
        return id.longValue();
    }

    static void delete(long id) {
        given().header("Authorization", "Bearer " + TOKEN).when().delete("/api/documents/" + id).then().statusCode(204);
    }

    /** The series a stored document's observations are in, as "indicator|region|periodType". */
    static List<String> seriesOf(DSLContext dsl, long documentId) {
        return dsl.fetch("SELECT DISTINCT indicator_code || '|' || region_code || '|' || period_type FROM observation "
                + "WHERE document_id = ? ORDER BY 1", documentId).getValues(0, String.class);
    }

    /** The change id a cursor ("epoch.id") or an event id carries. */
    static long id(String cursor) {
        return Long.parseLong(cursor.substring(cursor.indexOf('.') + 1));
    }

    /** The epoch a cursor carries. */
    static String epoch(String cursor) {
        return cursor.substring(0, cursor.indexOf('.'));
    }

    static String cursor() {
        return given().when().get("/api/changes").then().statusCode(200).extract().path("cursor");
    }
}
