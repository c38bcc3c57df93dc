package io.zhibiao.charts;

import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;

import io.zhibiao.series.Selection;
import io.zhibiao.system.TrashFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The reads of the structure and cumulative charts: which wholes and regions have periods whose parts can be stacked,
 * which series have 1–N月 totals, and their chosen figures ({@link Selection}'s rule among several reports of a fact,
 * as the JSON answers choose).
 */
@ApplicationScoped
class BulletinQueries {

    // A period can be stacked when every part is reported, or the whole and at least one part (the rest is drawn as
    // 未列明); a chart needs min-points such periods of one period type. {0} wholes, {1} parts, {2} parts per whole.
    private static final String STRUCTURE_CANDIDATES = """
            WITH p AS (SELECT * FROM unnest({0}::text[], {1}::text[], {2}::int[]) AS p(whole, part, n)),
            periods AS (
                SELECT p.whole, o.region_code, o.period_type, o.period_start, o.period_end,
                       count(DISTINCT o.indicator_code) AS parts, max(p.n) AS n
                FROM observation o JOIN indicator i ON i.code = o.indicator_code JOIN p ON p.part = o.indicator_code
                WHERE o.kind = 'actual' AND o.unit_class = i.unit_class AND o.breakdown = '' AND %1$s
                GROUP BY 1, 2, 3, 4, 5)
            SELECT DISTINCT whole, region_code FROM (
                SELECT f.whole, f.region_code FROM periods f
                WHERE f.parts = f.n OR EXISTS (
                    SELECT 1 FROM observation w JOIN indicator wi ON wi.code = w.indicator_code
                    WHERE w.indicator_code = f.whole AND w.region_code = f.region_code AND w.period_type = f.period_type
                      AND w.period_start = f.period_start AND w.period_end = f.period_end AND w.kind = 'actual'
                      AND w.breakdown = '' AND w.unit_class = wi.unit_class AND %2$s)
                GROUP BY f.whole, f.region_code, f.period_type HAVING count(*) >= {3}) stacked
            ORDER BY 1, 2""".formatted(TrashFilter.notTrashed("o"), TrashFilter.notTrashed("w"));

    // Every figure of the whole and its parts for one region, one per fact and period type; {3} the asOf day or null.
    private static final String STRUCTURE_ROWS = """
            SELECT DISTINCT ON (o.indicator_code, o.period_type, o.period_start, o.period_end)
                   o.indicator_code, o.region_code, o.period_start, o.period_end, o.period_type, o.kind, o.value,
                   o.value_max, o.qualifier, o.reviewed, d.title, d.source, d.published
            FROM observation o
            JOIN document d ON d.id = o.document_id
            JOIN indicator i ON i.code = o.indicator_code
            WHERE o.indicator_code = ANY ({1}) AND o.region_code = {2} AND o.kind = 'actual' AND o.unit_class = i.unit_class
              AND o.breakdown = '' AND ({3}::date IS NULL OR d.published <= {3}::date) AND d.deleted_at IS NULL
            ORDER BY o.indicator_code, o.period_type, o.period_start, o.period_end, {0}""";

    // Series with at least min-points 1–N月 totals (from 1 January) in their latest year.
    private static final String CUMULATIVE_CANDIDATES = """
            SELECT indicator_code, region_code FROM (
                SELECT o.indicator_code, o.region_code, count(DISTINCT o.period_end) AS months,
                       rank() OVER (PARTITION BY o.indicator_code, o.region_code ORDER BY o.period_start DESC) AS newest
                FROM observation o JOIN indicator i ON i.code = o.indicator_code
                WHERE o.kind = 'actual' AND o.unit_class = i.unit_class AND o.breakdown = '' AND o.period_type = 'ytd'
                  AND to_char(o.period_start, 'MM-DD') = '01-01' AND NOT (o.indicator_code = ANY ({0})) AND %s
                GROUP BY o.indicator_code, o.region_code, o.period_start) years
            WHERE newest = 1 AND months >= {1}
            ORDER BY 1, 2""".formatted(TrashFilter.notTrashed("o"));

    private static final String LATEST_YEAR = """
            SELECT max(o.period_start) FROM observation o
            JOIN document d ON d.id = o.document_id
            JOIN indicator i ON i.code = o.indicator_code
            WHERE o.indicator_code = {0} AND o.region_code = {1} AND o.kind = 'actual' AND o.unit_class = i.unit_class
              AND o.breakdown = '' AND o.period_type = 'ytd' AND to_char(o.period_start, 'MM-DD') = '01-01'
              AND ({2}::date IS NULL OR d.published <= {2}::date) AND d.deleted_at IS NULL""";

    // The 1–N月 totals of one year, one per month end.
    private static final String CUMULATIVE_ROWS = """
            SELECT * FROM (
                SELECT DISTINCT ON (o.period_end)
                       o.region_code, o.period_start, o.period_end, o.period_type, o.kind, o.value, o.value_max,
                       o.qualifier, o.reviewed, d.title, d.source, d.published
                FROM observation o
                JOIN document d ON d.id = o.document_id
                JOIN indicator i ON i.code = o.indicator_code
                WHERE o.indicator_code = {1} AND o.region_code = {2} AND o.kind = 'actual' AND o.unit_class = i.unit_class
                  AND o.breakdown = '' AND o.period_type = 'ytd' AND o.period_start = {3}::date
                  AND ({4}::date IS NULL OR d.published <= {4}::date) AND d.deleted_at IS NULL
                ORDER BY o.period_end, {0}) newest
            ORDER BY period_end""";

    @Inject
    DSLContext dsl;

    /** The structure charts the data supports: a whole with parts and a region, as (indicator, region) of the spec. */
    List<ChartDef> structureCandidates(ChartSpec spec) {
        List<String> wholes = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : BulletinLinks.wholes().entrySet()) {
            for (String part : e.getValue()) {
                wholes.add(e.getKey());
                parts.add(part);
                counts.add(e.getValue().size());
            }
        }
        return dsl.resultQuery(STRUCTURE_CANDIDATES, val(wholes.toArray(String[]::new)), val(parts.toArray(String[]::new)),
                val(counts.toArray(Integer[]::new)), val(spec.minPoints()))
                .fetch(r -> ChartDef.of(spec, r.get(0, String.class), r.get(1, String.class)));
    }

    /** The cumulative charts the data supports; growth codes are the line of their level's chart, not charts of their own. */
    List<ChartDef> cumulativeCandidates(ChartSpec spec) {
        return dsl.resultQuery(CUMULATIVE_CANDIDATES, val(spec.excludeIndicators().toArray(String[]::new)), val(spec.minPoints()))
                .fetch(r -> ChartDef.of(spec, r.get(0, String.class), r.get(1, String.class))).stream()
                .filter(d -> BulletinLinks.levelOf(d.indicator()).isEmpty()).toList();
    }

    List<Record> structureRows(List<String> codes, String region, LocalDate asOf) {
        return dsl.resultQuery(STRUCTURE_ROWS, Selection.newestPublicationFirst(), val(codes.toArray(String[]::new)), val(region),
                val(asOf, LocalDate.class)).fetch();
    }

    /** 1 January of the latest year with 1–N月 totals, or null. */
    LocalDate latestYear(String indicator, String region, LocalDate asOf) {
        return dsl.resultQuery(LATEST_YEAR, val(indicator), val(region), val(asOf, LocalDate.class)).fetchOne(0, LocalDate.class);
    }

    List<Record> cumulativeRows(String indicator, String region, LocalDate yearStart, LocalDate asOf) {
        return dsl.resultQuery(CUMULATIVE_ROWS, Selection.newestPublicationFirst(), val(indicator), val(region),
                val(yearStart, LocalDate.class), val(asOf, LocalDate.class)).fetch();
    }
}
