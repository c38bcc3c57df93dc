package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zhibiao.extract.RuleExtractor;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.system.DataVersion;

/**
 * Test data written straight into the tables, under indicator codes each test class owns. Documents
 * carry the current extractor version so re-extraction (run by other test classes) leaves them be.
 */
public final class Fixtures {

    private final DSLContext dsl;
    private final DataVersion version;

    public Fixtures(DSLContext dsl, DataVersion version) {
        this.dsl = dsl;
        this.version = version;
    }

    /** True when the indicator has no observations yet, i.e. the class's data still has to be written. */
    public boolean indicator(String code, String unitClass, boolean summable) {
        dsl.execute("INSERT INTO indicator (code, name, unit_class, summable) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                code, "测试 " + code, unitClass, summable);
        return dsl.fetchCount(dsl.selectOne().from("observation").where("indicator_code = ?", code)) == 0;
    }

    public long document(String title, LocalDate published) {
        return dsl.fetchOne("INSERT INTO document (title, source, published, text, sha256, extractor_version) "
                + "VALUES (?, '测试日报', ?, ?, ?, ?) RETURNING id", title, published, "text of " + title,
                UUID.randomUUID().toString(), RuleExtractor.VERSION).get(0, Long.class);
    }

    /** A yearly actual figure, e.g. {@code observation(doc, "t.loans", "360111", 2025, 12.5e8)}. */
    public long observation(long document, String indicator, String region, int year, double value) {
        return observation(document, indicator, region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "actual",
                value);
    }

    public long observation(long document, String indicator, String region, LocalDate start, LocalDate end, String kind,
            double value) {
        return observation(document, indicator, region, start, end, kind, value, "亿元", "exact");
    }

    /** A figure as written: {@code unit} as the text has it (亿元, %, 个), {@code qualifier} exact, approx, at_least … */
    public long observation(long document, String indicator, String region, LocalDate start, LocalDate end, String kind,
            double value, String unit, String qualifier) {
        return dsl.fetchOne("INSERT INTO observation (document_id, indicator_code, region_code, period_start, period_end, "
                + "period_type, value, unit_class, unit, qualifier, kind, quote, start_offset, end_offset, extractor_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT unit_class FROM indicator WHERE code = ?), ?, ?, ?, ?, 10, 17, ?) "
                + "RETURNING id",
                document, indicator, region, start, end, PeriodType.ofDates(start, end).code(), BigDecimal.valueOf(value), indicator,
                unit, qualifier, kind, "全年发放" + value + "元。", RuleExtractor.VERSION).get(0, Long.class);
    }

    /** Announces the change as an ingest does, so ETags and cached answers move on. */
    public void announce() {
        QuarkusTransaction.requiringNew().run(() -> version.bump(Set.of()));
    }
}
