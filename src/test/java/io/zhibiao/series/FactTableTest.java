package io.zhibiao.series;

import static io.zhibiao.series.Tables.D;
import static io.zhibiao.series.Tables.D_ID;
import static io.zhibiao.series.Tables.O;
import static io.zhibiao.series.Tables.O_DOCUMENT;
import static io.zhibiao.series.Tables.O_ID;
import static io.zhibiao.series.Tables.O_INDICATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.system.Codes;
import io.zhibiao.system.DataVersion;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * The fact table (V61) holds, for every fact, the report {@link Selection} picks, whatever wrote the reports: its
 * triggers must agree with the rule the Java queries apply, after inserts, newer reports, deletions and updates.
 */
@QuarkusTest
class FactTableTest {

    static final String LOANS = "t9fact.loans";
    static final String QINGSHANHU = "360111";
    static final String XIHU = "360103";

    @Inject
    DSLContext dsl;
    @Inject
    DataVersion version;
    @Inject
    SeriesQueries series;
    @Inject
    Lookups lookups;

    @Test
    void everyFactHoldsTheReportTheSelectionRulePicks() {
        var data = loansWithoutReports();
        long older = data.document("青山湖区新闻 2025-12", LocalDate.of(2025, 12, 1));
        long newer = data.document("青山湖区新闻 2026-01", LocalDate.of(2026, 1, 8));
        long sameDay = data.document("青山湖区新闻 2026-01 晚", LocalDate.of(2026, 1, 8));
        data.observation(older, LOANS, QINGSHANHU, 2025, 11e8);
        data.observation(newer, LOANS, QINGSHANHU, 2025, 12.5e8);
        data.observation(older, LOANS, QINGSHANHU, 2024, 10e8);
        data.observation(older, LOANS, XIHU, 2025, 3e8);
        data.observation(sameDay, LOANS, XIHU, 2025, 3.2e8); // same day, higher document id: it wins
        data.observation(sameDay, LOANS, XIHU, 2025, 3.3e8); // the second figure of that document: it does not
        assertEquals(byTheRule(), facts());
        assertEquals(3, facts().size());
        assertEquals(12.5e8, factValue(QINGSHANHU, 2025));
        assertEquals(3.2e8, factValue(XIHU, 2025));
        assertEquals(2, reports(QINGSHANHU, 2025));

        QuarkusTransaction.requiringNew().run(() -> dsl.execute("DELETE FROM document WHERE id = ?", newer));
        assertEquals(byTheRule(), facts());
        assertEquals(11e8, factValue(QINGSHANHU, 2025), "the older report again, once the newer document is gone");

        dsl.execute("UPDATE observation SET period_start = '2023-01-01', period_end = '2023-12-31' "
                + "WHERE indicator_code = ? AND region_code = ? AND period_end = '2024-12-31'", LOANS, QINGSHANHU);
        assertEquals(byTheRule(), facts());
        assertNull(factValue(QINGSHANHU, 2024), "a report moved to another period leaves its old fact");
        assertEquals(10e8, factValue(QINGSHANHU, 2023));

        dsl.execute("DELETE FROM observation WHERE indicator_code = ?", LOANS);
        assertTrue(facts().isEmpty());
    }

    /**
     * Today's series points are read from the fact table, points as of a day from the reports ranked by the rule: as of
     * a day after every publication (and after the trashing) the two must be the same points, alternatives included.
     */
    @Test
    void todaysSeriesFromTheFactTableAreTheRulesPoints() {
        var data = loansWithoutReports();
        long older = data.document("西湖区新闻 2025-11", LocalDate.of(2025, 11, 3));
        long newer = data.document("西湖区新闻 2026-01", LocalDate.of(2026, 1, 9));
        long trashed = data.document("西湖区新闻 2026-02", LocalDate.of(2026, 2, 2));
        data.observation(older, LOANS, XIHU, 2024, 7e8);
        data.observation(older, LOANS, XIHU, 2025, 8e8);
        data.observation(newer, LOANS, XIHU, 2025, 8.4e8);
        data.observation(newer, LOANS, QINGSHANHU, 2025, 5e8);
        data.observation(trashed, LOANS, QINGSHANHU, 2025, 5.5e8);
        QuarkusTransaction.requiringNew().run(() ->
                dsl.execute("UPDATE document SET deleted_at = now() WHERE id = ?", trashed));

        var indicator = lookups.indicator(LOANS);
        var regions = lookups.regions("region", XIHU + "," + QINGSHANHU, 50);
        var today = series.series(indicator, regions, null, null, null, null, null);
        var asOfLater = series.series(indicator, regions, null, null, null, null, LocalDate.of(2100, 12, 31));
        assertEquals(asOfLater.series(), today.series());
        var xihu = today.series().get(0).points();
        assertEquals(List.of(7e8, 8.4e8), xihu.stream().map(p -> p.value().doubleValue()).toList());
        assertEquals(List.of(0, 1), xihu.stream().map(SeriesPoint::alternatives).toList());
        assertEquals(5e8, today.series().get(1).points().get(0).value().doubleValue(), "the trashed report does not count");
    }

    /** Fixtures with this class's indicator and none of its reports (what an earlier run left is deleted). */
    private Fixtures loansWithoutReports() {
        var data = new Fixtures(dsl, version);
        data.indicator(LOANS, "money_cny", true);
        dsl.execute("DELETE FROM observation WHERE indicator_code = ?", LOANS);
        return data;
    }

    /** fact row → chosen observation id and report count, for this class's indicator. */
    private Map<List<String>, List<Long>> facts() {
        return dsl.resultQuery("SELECT indicator_code, region_code, period_start, period_end, period_type, kind, "
                        + "unit_class, observation_id, reports FROM fact WHERE indicator_code = ?", LOANS)
                .fetchMap(r -> key(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)),
                        r -> List.of(r.get(7, Long.class), r.get(8, Long.class)));
    }

    /** The same, computed by the Java rule over every report. */
    private Map<List<String>, List<Long>> byTheRule() {
        Field<?>[] factInClass = java.util.stream.Stream.concat(java.util.Arrays.stream(Selection.FACT),
                java.util.stream.Stream.of(Tables.O_UNIT_CLASS)).toArray(Field<?>[]::new);
        Table<?> ranked = select(Selection.FACT)
                .select(Tables.O_UNIT_CLASS, O_ID,
                        rowNumber().over(partitionBy(factInClass)
                                .orderBy(Selection.NEWEST_PUBLICATION_FIRST)).as("pick"),
                        count().over(partitionBy(factInClass)).as("reports"))
                .from(O).join(D).on(D_ID.eq(O_DOCUMENT))
                .where(O_INDICATOR.eq(LOANS))
                .asTable("ranked");
        return dsl.selectFrom(ranked).where("pick = 1").fetchMap(
                r -> key(r.get("indicator_code"), r.get("region_code"), r.get("period_start"), r.get("period_end"),
                        r.get("period_type"), r.get("kind"), r.get("unit_class")),
                r -> List.of(r.get("id", Long.class), r.get("reports", Long.class)));
    }

    private static List<String> key(Object... columns) {
        return java.util.Arrays.stream(columns).map(c -> c instanceof Enum<?> e ? Codes.of(e) : String.valueOf(c)).toList();
    }

    private Double factValue(String region, int year) {
        Object v = dsl.fetchValue("SELECT value::float8 FROM fact WHERE indicator_code = ? AND region_code = ? "
                + "AND period_end = ?", LOANS, region, LocalDate.of(year, 12, 31));
        return v == null ? null : ((Number) v).doubleValue();
    }

    private int reports(String region, int year) {
        return ((Number) dsl.fetchValue("SELECT reports FROM fact WHERE indicator_code = ? AND region_code = ? "
                + "AND period_end = ?", LOANS, region, LocalDate.of(year, 12, 31))).intValue();
    }
}
