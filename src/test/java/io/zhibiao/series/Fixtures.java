package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.RuleExtractor;
import io.zhibiao.system.DataVersion;

/**
 * Test data written straight into the tables, under indicator codes each test class owns; the one place tests insert
 * observations. Documents carry the current extractor version so re-extraction (run by other test classes) leaves
 * them be.
 */
public final class Fixtures {

    private final DSLContext dsl;
    private final DataVersion version;

    public Fixtures(DSLContext dsl, DataVersion version) {
        this.dsl = dsl;
        this.version = version;
    }

    /** The fixtures over the running application's database (inside a {@code @QuarkusTest}). */
    public static Fixtures here() {
        return new Fixtures(Arc.container().instance(DSLContext.class).get(),
                Arc.container().instance(DataVersion.class).get());
    }

    /**
     * A test class's set-up: {@code write} stores its data when its main indicator has no observations yet (the first
     * test of the class to run, or the first run on a fresh database), then the change is announced as an ingest does.
     */
    public static void writeOnce(String indicator, String unitClass, boolean summable, Consumer<Fixtures> write) {
        Fixtures data = here();
        if (data.indicator(indicator, unitClass, summable)) {
            write.accept(data);
            data.announce();
        }
    }

    /** True when the indicator has no observations yet, i.e. the class's data still has to be written. */
    public boolean indicator(String code, String unitClass, boolean summable) {
        dsl.execute("INSERT INTO indicator (code, name, unit_class, summable) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                code, "测试 " + code, unitClass, summable);
        return dsl.fetchCount(dsl.selectOne().from("observation").where("indicator_code = ?", code)) == 0;
    }

    public long document(String title, LocalDate published) {
        return document(title, "测试日报", published, null);
    }

    /** A document of an outlet, with a default region (or null). */
    public long document(String title, String source, LocalDate published, String defaultRegion) {
        return dsl.fetchOne("INSERT INTO document (title, source, published, text, sha256, default_region, extractor_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", title, source, published, title + " 正文",
                UUID.randomUUID().toString(), defaultRegion, RuleExtractor.VERSION).get(0, Long.class);
    }

    /** A yearly actual figure, e.g. {@code observation(doc, "t.loans", "360111", 2025, 12.5e8)}. */
    public long observation(long document, String indicator, String region, int year, double value) {
        return observation(document, indicator, region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "actual",
                value);
    }

    /** An exact figure of the period its dates say (a year, a month, a total from January …). */
    public long observation(long document, String indicator, String region, LocalDate start, LocalDate end, String kind,
            double value) {
        return observation(document, indicator, region, start, end, PeriodType.ofDates(start, end).code(), kind,
                BigDecimal.valueOf(value), "exact");
    }

    /** A figure as written: {@code unit} as the text has it (亿元, %, 个), {@code qualifier} exact, approx, at_least … */
    public long observation(long document, String indicator, String region, LocalDate start, LocalDate end, String kind,
            double value, String unit, String qualifier) {
        return observation(document, indicator, region, start, end, PeriodType.ofDates(start, end).code(), kind,
                BigDecimal.valueOf(value), unit, qualifier);
    }

    /** Any figure in 亿元 as written. */
    public long observation(long document, String indicator, String region, LocalDate start, LocalDate end,
            String periodType, String kind, BigDecimal value, String qualifier) {
        return observation(document, indicator, region, start, end, periodType, kind, value, "亿元", qualifier);
    }

    /**
     * Any figure, in the unit class of its indicator; every other helper ends here, so the columns of observation are
     * spelt out once in the tests.
     */
    public long observation(long document, String indicator, String region, LocalDate start, LocalDate end,
            String periodType, String kind, BigDecimal value, String unit, String qualifier) {
        return dsl.fetchOne("INSERT INTO observation (document_id, indicator_code, region_code, period_start, period_end, "
                + "period_type, value, unit_class, unit, qualifier, kind, quote, start_offset, end_offset, extractor_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT unit_class FROM indicator WHERE code = ?), ?, ?, ?, ?, 10, 17, ?) "
                + "RETURNING id",
                document, indicator, region, start, end, periodType, value, indicator, unit, qualifier, kind,
                "全年发放" + value.toPlainString() + "元。", RuleExtractor.VERSION).get(0, Long.class);
    }

    /** A figure of {@link #observations}: exact, in the unit class of its indicator. */
    public record Figure(String indicator, String region, LocalDate start, LocalDate end, String periodType, String kind,
            BigDecimal value, String unit) {
    }

    /**
     * Many figures of one document in one statement, as ingest's ObservationRows writes a document's figures (the fact
     * table's trigger then runs once for them all, not once a figure).
     */
    public void observations(long document, List<Figure> figures) {
        dsl.execute("""
                INSERT INTO observation (document_id, indicator_code, region_code, period_start, period_end, period_type,
                    value, unit_class, unit, qualifier, kind, quote, start_offset, end_offset, extractor_version)
                SELECT ?, f.indicator, f.region, f.period_start, f.period_end, f.period_type, f.value, i.unit_class, f.unit,
                    'exact', f.kind, '全年发放' || f.value || '元。', 10, 17, ?
                FROM unnest(?::text[], ?::text[], ?::date[], ?::date[], ?::text[], ?::text[], ?::numeric[], ?::text[])
                    AS f(indicator, region, period_start, period_end, period_type, kind, value, unit)
                JOIN indicator i ON i.code = f.indicator""", document, RuleExtractor.VERSION,
                figures.stream().map(Figure::indicator).toArray(String[]::new),
                figures.stream().map(Figure::region).toArray(String[]::new),
                figures.stream().map(Figure::start).toArray(LocalDate[]::new),
                figures.stream().map(Figure::end).toArray(LocalDate[]::new),
                figures.stream().map(Figure::periodType).toArray(String[]::new),
                figures.stream().map(Figure::kind).toArray(String[]::new),
                figures.stream().map(Figure::value).toArray(BigDecimal[]::new),
                figures.stream().map(Figure::unit).toArray(String[]::new));
    }

    /** One stock a day from {@code first} for {@code days} + 1 days, in one statement (answers over the point limit). */
    public void dailyStocks(long document, String indicator, String region, LocalDate first, int days) {
        dsl.execute("""
                INSERT INTO observation (document_id, indicator_code, region_code, period_start, period_end, period_type,
                    value, unit_class, unit, qualifier, kind, quote, start_offset, end_offset, extractor_version)
                SELECT ?, ?, ?, d, d, 'asof', 1, (SELECT unit_class FROM indicator WHERE code = ?), '个', 'exact', 'actual',
                    'q', 0, 1, ?
                FROM generate_series(?::date, ?::date + ?, interval '1 day') d""", document, indicator, region, indicator,
                RuleExtractor.VERSION, first, first, days);
    }

    /** Announces the change as an ingest does, so ETags and cached answers move on. */
    public void announce() {
        QuarkusTransaction.requiringNew().run(() -> version.bump(Set.of()));
    }

    /**
     * Stores a document with its figures in one transaction and commits the change as ingest does (change log, data
     * version, stream, charts); returns its id.
     */
    public long announcedDocument(String title, String source, LocalDate published, String defaultRegion,
            Consumer<Long> figures) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = document(title, source, published, defaultRegion);
            figures.accept(id);
            commit(id);
            return id;
        });
    }

    /** Commits the change of a document stored here (call in its transaction): the series it has figures in. */
    public void commit(long documentId) {
        Set<SeriesKey> series = new HashSet<>(dsl.resultQuery(
                "SELECT DISTINCT indicator_code, region_code, period_type, breakdown FROM observation WHERE document_id = ?",
                documentId).fetch(r -> new SeriesKey(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class))));
        Arc.container().instance(Changes.class).get().commit(ChangeReason.INGEST, documentId, series);
    }
}
