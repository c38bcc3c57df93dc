package io.zhibiao.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class StableIdentityTest {

    @Inject
    Ingest ingest;
    @Inject
    DSLContext dsl;

    @Test
    void reextractionKeepsTheIdsOfFiguresReadAtTheSamePlace() {
        var stored = ingest.store(new NewDocument("南康区就业", "赣南日报", LocalDate.of(2026, 1, 8),
                "2025年，赣州市南康区共发放创业担保贷款3.2亿元，培训1.5万人次。识别码" + System.nanoTime(), "360703"));
        long doc = stored.document().id;
        List<Long> before = ids(doc);
        assertFalse(before.isEmpty());
        // A figure the extractor no longer reads there: its row goes, the others keep their ids.
        dsl.execute("UPDATE observation SET start_offset = start_offset + 1000 WHERE id = ?", before.get(0));

        ingest.reextract(doc, false);

        List<Long> after = ids(doc);
        assertEquals(before.size(), after.size());
        assertEquals(before.subList(1, before.size()), after.subList(0, after.size() - 1),
                "figures read at the same place keep their ids");
        assertFalse(after.contains(before.get(0)), "the moved one was replaced");
        given().when().get("/api/observations/" + before.get(1))
                .then().statusCode(200).body("document.id", equalTo((int) doc));
    }

    private List<Long> ids(long doc) {
        return dsl.fetchValues("SELECT id FROM observation WHERE document_id = ? ORDER BY id", doc).stream()
                .map(v -> ((Number) v).longValue()).toList();
    }
}
