package io.zhibiao.charts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jooq.DSLContext;

import io.zhibiao.series.Fixtures;

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
    static long document(String title, LocalDate published, Figure... figures) {
        Fixtures data = Fixtures.here();
        return data.announcedDocument(title, "鹰潭日报", published, "360600", id -> {
            for (Figure f : figures) {
                data.observation(id, f.indicator(), f.region(), LocalDate.of(f.year(), 1, 1), f.end(), f.periodType(), f.kind(),
                        new BigDecimal(f.value()), f.qualifier());
            }
        });
    }
}
