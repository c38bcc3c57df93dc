package io.zhibiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;
import jakarta.inject.Inject;

/** A write of observations without the change path fails and leaves nothing; with it, it commits. */
@QuarkusTest
class ChangePathTest {

    @Inject
    ObservationRows rows;
    @Inject
    Changes changes;
    @Inject
    DSLContext dsl;

    @Test
    void writingObservationsWithoutCommittingTheChangeRollsBack() {
        long doc = document();
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> rows.insert(doc, "test", List.of(figure()))));
        assertEquals(0, observations(doc), "nothing is stored when no change was committed");
    }

    @Test
    void writingObservationsWithTheChangeCommits() {
        long doc = document();
        long before = changeRows();
        QuarkusTransaction.requiringNew().run(() -> {
            rows.insert(doc, "test", List.of(figure()));
            changes.commit(ChangeReason.INGEST, doc, Set.of(SeriesKey.total("loans.issued", "360603", "year")));
        });
        assertEquals(1, observations(doc));
        assertEquals(before + 1, changeRows(), "the change log has the series");
    }

    private long document() {
        return QuarkusTransaction.requiringNew().call(() -> dsl.resultQuery("""
                INSERT INTO document (title, source, published, text, sha256, extractor_version)
                VALUES ('变更路径', '测试', '2026-01-05', 'x', ?, 'test') RETURNING id""", UUID.randomUUID().toString())
                .fetchOne(0, Long.class));
    }

    private static StoredObservation figure() {
        StoredObservation s = new StoredObservation();
        s.indicatorCode = "loans.issued";
        s.regionCode = "360603";
        s.periodStart = LocalDate.of(2025, 1, 1);
        s.periodEnd = LocalDate.of(2025, 12, 31);
        s.periodType = "year";
        s.value = new BigDecimal("320000000");
        s.unitClass = "money_cny";
        s.unit = "亿元";
        s.qualifier = "exact";
        s.kind = "actual";
        s.topic = "";
        s.quote = "发放贷款3.2亿元";
        return s;
    }

    private long observations(long doc) {
        return dsl.fetchCount(dsl.selectFrom("observation").where("document_id = ?", doc));
    }

    private long changeRows() {
        return dsl.fetchCount(dsl.selectFrom("series_change"));
    }
}
