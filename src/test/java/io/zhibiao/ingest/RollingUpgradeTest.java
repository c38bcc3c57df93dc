package io.zhibiao.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.zhibiao.extract.RuleExtractor;
import jakarta.inject.Inject;

/**
 * During a rolling upgrade pods of two extractor versions share one database: this pod (the running extractor)
 * re-extracts what an older version or another catalog derived, and never what a newer pod derived, not even when
 * asked to redo a document or when the newer pod got there between the list and the lock.
 */
@QuarkusTest
class RollingUpgradeTest {

    private static final String NEWER = "99.0.0";
    private static final String OLDER = "1.0.0";

    @Inject
    DSLContext dsl;
    @Inject
    Ingest ingest;
    @Inject
    Reextraction reextraction;

    @Test
    void reExtractsOnlyWhatOlderVersionsDerivedAndNeverUndoesANewerPod() {
        long older = post("2025年，宜春市袁州区发放创业担保贷款4.1亿元。");
        long newer = post("2025年，抚州市临川区新开工重点项目52个。");
        long otherCatalog = post("2024年，萍乡市安源区完成固定资产投资86亿元。");
        long raced = post("2025年，吉安市吉州区培训农民工1.2万人次。");
        stamp(older, OLDER);
        stamp(newer, NEWER);
        stamp(otherCatalog, RuleExtractor.VERSION + "+catalog.0badc0de");
        stamp(raced, OLDER);
        List<Object> newerRows = rows(newer);

        reextraction.run(false);

        assertEquals(RuleExtractor.VERSION, version(older), "an older version's document is redone");
        assertEquals(RuleExtractor.VERSION, version(otherCatalog), "another catalog's document is redone");
        assertEquals(NEWER, version(newer), "a newer pod's document is left alone");
        assertEquals(newerRows, rows(newer), "and its observations with it");
        assertTrue(rows(older).stream().allMatch(r -> r.toString().contains(RuleExtractor.VERSION)), rows(older).toString());

        // Asked outright (POST /api/admin/reextract?all=true does this per document), still no downgrade.
        assertFalse(ingest.reextract(newer, false));
        assertEquals(NEWER, version(newer));
        // A newer pod redid the document after this one listed it as stale: under the row's lock it is seen newer.
        stamp(raced, NEWER);
        List<Object> racedRows = rows(raced);
        assertFalse(ingest.reextract(raced, true));
        assertEquals(racedRows, rows(raced));
    }

    private long post(String sentence) {
        Number id = given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("title", "滚动升级", "source", "升级测试报", "published", "2026-01-08",
                        "text", sentence + "（" + UUID.randomUUID() + "）"))
                .when().post("/api/documents").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** As a pod of that version would have left the document. */
    private void stamp(long document, String version) {
        dsl.execute("UPDATE document SET extractor_version = ? WHERE id = ?", version, document);
        dsl.execute("UPDATE observation SET extractor_version = ? WHERE document_id = ?", version, document);
    }

    private String version(long document) {
        return dsl.fetchOne("SELECT extractor_version FROM document WHERE id = ?", document).get(0, String.class);
    }

    private List<Object> rows(long document) {
        return dsl.fetch("SELECT id, value, extractor_version FROM observation WHERE document_id = ? ORDER BY id", document)
                .map(r -> (Object) r.intoList());
    }
}
