package io.zhibiao.charts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;

/** Writes test documents and observations the way ingest does: one transaction, then DataChanged after commit. */
final class ChartTestData {

    static final String LOANS = "test.charts.loans";
    static final String VISITS = "test.charts.visits";
    static final String YINGTAN = "360600";
    static final String YUEHU = "360602";
    static final String YUJIANG = "360603";
    static final String GUIXI = "360681";

    private ChartTestData() {
    }

    /** One figure of a test document: a calendar year, or with {@code toMonth} below 12 a January-to-month total. */
    record Figure(String indicator, String region, int year, int toMonth, String value, String kind, String qualifier) {

        Figure(String indicator, String region, int year, String value, String kind, String qualifier) {
            this(indicator, region, year, 12, value, kind, qualifier);
        }

        LocalDate end() {
            return LocalDate.of(year, toMonth, 1).withDayOfMonth(LocalDate.of(year, toMonth, 1).lengthOfMonth());
        }

        String periodType() {
            return toMonth == 12 ? "year" : "ytd";
        }
    }

    static Figure visitsToMonth(String region, int year, int month, String personTimes) {
        return new Figure(VISITS, region, year, month, personTimes, "actual", "exact");
    }

    static Figure loans(String region, int year, String yuan) {
        return new Figure(LOANS, region, year, yuan, "actual", "exact");
    }

    static Figure visits(String region, int year, String personTimes) {
        return new Figure(VISITS, region, year, personTimes, "actual", "exact");
    }

    static Figure loansTarget(String region, int year, String yuan) {
        return new Figure(LOANS, region, year, yuan, "target", "at_least");
    }

    static void ensureIndicators(DSLContext dsl) {
        dsl.execute("INSERT INTO indicator (code, name, unit_class, summable) VALUES (?, '贷款发放额', 'money_cny', true) "
                + "ON CONFLICT (code) DO NOTHING", LOANS);
        dsl.execute("INSERT INTO indicator (code, name, unit_class, summable) VALUES (?, '接待游客', 'person_time', true) "
                + "ON CONFLICT (code) DO NOTHING", VISITS);
    }

    /** Removes what earlier runs stored for a test indicator (documents cascade to observations). */
    static void clean(DSLContext dsl, String indicator) {
        dsl.execute("DELETE FROM document WHERE id IN (SELECT document_id FROM observation WHERE indicator_code = ?)", indicator);
        dsl.execute("DELETE FROM chart WHERE indicator_code = ?", indicator);
    }

    /** Stores a document with its figures and commits the change, as ingest does; returns its id. */
    static long document(DSLContext dsl, Changes changes, String title, LocalDate published, Figure... figures) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Long id = dsl.resultQuery("""
                    INSERT INTO document (title, source, published, text, sha256, default_region, extractor_version)
                    VALUES (?, '鹰潭日报', ?, ?, ?, '360600', 'test') RETURNING id""",
                    title, published, title + " 正文", UUID.randomUUID().toString()).fetchOne(0, Long.class);
            for (Figure f : figures) {
                dsl.execute("""
                        INSERT INTO observation (document_id, indicator_code, region_code, period_start, period_end,
                            period_type, value, unit_class, unit, qualifier, kind, quote, start_offset, end_offset,
                            extractor_version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT unit_class FROM indicator WHERE code = ?), '亿元', ?, ?, '贷款发放', 0, 4, 'test')""",
                        id, f.indicator(), f.region(), LocalDate.of(f.year(), 1, 1), f.end(), f.periodType(),
                        new BigDecimal(f.value()), f.indicator(), f.qualifier(), f.kind());
            }
            commit(dsl, changes, id);
            return id;
        });
    }

    /** Commits the change of a document stored by a fixture (call in its transaction): the series it has figures in. */
    static void commit(DSLContext dsl, Changes changes, long documentId) {
        Set<SeriesKey> series = new HashSet<>(dsl.resultQuery(
                "SELECT DISTINCT indicator_code, region_code, period_type FROM observation WHERE document_id = ?", documentId)
                .fetch(r -> new SeriesKey(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class))));
        changes.commit(ChangeReason.INGEST, documentId, series);
    }
}
