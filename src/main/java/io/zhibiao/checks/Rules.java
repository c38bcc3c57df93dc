package io.zhibiao.checks;

import io.zhibiao.system.TrashFilter;

/**
 * The checks as SQL: each statement inserts the findings of one rule whose anchor (indicator, region) is in scope.
 * Binds: {0} all (no scope), {1} the scope's indicators, {2} its regions; then each rule's own. Values are compared
 * as the intervals a stated figure can mean ({@code value_low}/{@code value_high} of V100: rounding, 约, 超), so a
 * rounded figure never trips a rule its exact value would not. Facts are compared only within one breakdown (V90):
 * 粗钢's growth is never checked against 钢材's levels, nor a product's figure against the indicator's total.
 */
final class Rules {

    /**
     * How far the price change between two years may take nominal growth (from levels at current prices) from
     * real growth at comparable prices, in percentage points: regional GDP deflators ran from about −7 % (coal
     * provinces, 2023) to +12 % (2021), so only slips of a different order are mismatches.
     */
    static final double PRICE_FALL_PP = 10;
    static final double PRICE_RISE_PP = 15;

    /** How many times off its neighbours a value must be to be a jump: the 万/亿 slip is 10,000, a misread unit 10. */
    static final int JUMP_FACTOR = 8;

    static final String CLEAR = """
            DELETE FROM check_finding WHERE ({0} OR (indicator_code = ANY(CAST({1} AS text[]))
                                                     AND region_code = ANY(CAST({2} AS text[]))))""";

    private static final String INSERT = """
            INSERT INTO check_finding (check_name, indicator_code, region_code, period_start, period_end, period_type,
                                       kind, observation_ids, detail)
            """;

    /** Binds {3} growth codes, {4} their levels, {5} whether real, {6} price fall, {7} price rise. */
    static final String GROWTH_MISMATCH = INSERT + """
            SELECT 'growth_mismatch', g.indicator_code, g.region_code, g.period_start, g.period_end, g.period_type,
                   g.kind, ARRAY[g.observation_id, cur.observation_id, prev.observation_id],
                   format('stated growth %s against levels %s (to %s) and %s (to %s), which give %s%%%s',
                          as_written(g.value, g.unit), as_written(cur.value, cur.unit), cur.period_end, as_written(prev.value, prev.unit),
                          prev.period_end, round((cur.value / prev.value - 1) * 100, 1),
                          CASE WHEN rel.is_real THEN ': real growth at comparable prices cannot be that far from growth at current prices'
                               ELSE ', beyond rounding' END)
            FROM unnest(CAST({3} AS text[]), CAST({4} AS text[]), CAST({5} AS boolean[])) AS rel(growth, level, is_real)
            JOIN fact g ON g.indicator_code = rel.growth AND g.unit_class = 'percent'
            JOIN fact cur ON cur.indicator_code = rel.level AND cur.region_code = g.region_code AND cur.kind = g.kind
                         AND cur.period_type = g.period_type AND cur.period_start = g.period_start
                         AND cur.period_end = g.period_end AND cur.breakdown = g.breakdown
            JOIN fact prev ON prev.indicator_code = rel.level AND prev.region_code = g.region_code
                          AND prev.kind = g.kind AND prev.period_type = g.period_type
                          AND prev.unit_class = cur.unit_class AND prev.breakdown = g.breakdown
                          AND prev.period_start = (g.period_start - interval '1 year')::date
                          AND prev.period_end = year_earlier_end(g.period_end)
            CROSS JOIN LATERAL (SELECT value_low(cur.value, cur.value_max, cur.qualifier, cur.unit) AS cl,
                                       value_high(cur.value, cur.value_max, cur.qualifier, cur.unit) AS ch,
                                       value_low(prev.value, prev.value_max, prev.qualifier, prev.unit) AS pl,
                                       value_high(prev.value, prev.value_max, prev.qualifier, prev.unit) AS ph,
                                       value_low(g.value, g.value_max, g.qualifier, g.unit) AS gl,
                                       value_high(g.value, g.value_max, g.qualifier, g.unit) AS gh) b
            WHERE ({0} OR (g.indicator_code = ANY(CAST({1} AS text[])) AND g.region_code = ANY(CAST({2} AS text[]))))
              AND b.pl > 0 AND b.cl IS NOT NULL AND b.ch IS NOT NULL AND b.ph IS NOT NULL
              AND b.gl IS NOT NULL AND b.gh IS NOT NULL
              AND ((b.ch / b.pl - 1) * 100 < b.gl - CASE WHEN rel.is_real THEN {6} ELSE 0 END
                   OR (b.cl / b.ph - 1) * 100 > b.gh + CASE WHEN rel.is_real THEN {7} ELSE 0 END)""";

    /** The children of a region add up to more than the region (summable indicators in their catalog unit). */
    static final String CHILDREN_EXCEED_PARENT = INSERT + """
            SELECT 'parts_exceed_whole', p.indicator_code, p.region_code, p.period_start, p.period_end, p.period_type,
                   p.kind, p.observation_id || array_agg(c.observation_id ORDER BY c.value DESC, c.region_code),
                   format('the %s regions under it that report add up to %s (%s), more than its own %s',
                          count(*), as_written(sum(c.value), p.unit),
                          string_agg(r.short_name || ' ' || as_written(c.value, c.unit), ', ' ORDER BY c.value DESC, c.region_code),
                          as_written(p.value, p.unit))
            FROM fact p
            JOIN indicator i ON i.code = p.indicator_code AND i.summable AND i.unit_class = p.unit_class
            JOIN region r ON r.parent_code = p.region_code
            JOIN fact c ON c.indicator_code = p.indicator_code AND c.region_code = r.code AND c.kind = p.kind
            """ + partsAboveWhole("c", "p", "");

    /** Binds {3} wholes, {4} parts, {5} groups: the parts of one group are added up. */
    static final String PARTS_EXCEED_WHOLE = INSERT + """
            SELECT 'parts_exceed_whole', w.indicator_code, w.region_code, w.period_start, w.period_end, w.period_type,
                   w.kind, w.observation_id || array_agg(pt.observation_id ORDER BY rel.part),
                   format('%s add up to %s, more than the whole %s',
                          string_agg(rel.part || ' ' || as_written(pt.value, pt.unit), ' + ' ORDER BY rel.part),
                          as_written(sum(pt.value), w.unit), as_written(w.value, w.unit))
            FROM unnest(CAST({3} AS text[]), CAST({4} AS text[]), CAST({5} AS text[])) AS rel(whole, part, grp)
            JOIN fact w ON w.indicator_code = rel.whole
            JOIN indicator i ON i.code = w.indicator_code AND i.unit_class = w.unit_class
            JOIN fact pt ON pt.indicator_code = rel.part AND pt.region_code = w.region_code AND pt.kind = w.kind
            """ + partsAboveWhole("pt", "w", ", rel.grp");

    /**
     * Reports of one fact whose intervals do not meet; the chosen report first. A report clashes with another when its
     * low end is above the lowest high end of the fact's reports or its high end below the highest low end: one pass
     * of window aggregates per fact, where comparing every pair of reports was quadratic in the reports in scope (a
     * fact reported by a few hundred articles took a document's refresh past ten seconds). A report never clashes with
     * itself, as its low end is never above its high end (a range's top is at least its value). The reports are
     * materialized so that each bound is computed once, not at every use.
     */
    static final String CONFLICTING_REPORTS = """
            WITH reports AS MATERIALIZED (
                SELECT f.indicator_code, f.region_code, f.period_start, f.period_end, f.period_type, f.kind,
                       f.unit_class, f.breakdown, f.observation_id AS chosen, o.id, o.document_id, o.value, o.unit,
                       value_low(o.value, o.value_max, o.qualifier, o.unit) AS lo,
                       value_high(o.value, o.value_max, o.qualifier, o.unit) AS hi
                FROM fact f
                JOIN observation o ON o.indicator_code = f.indicator_code AND o.region_code = f.region_code
                                  AND o.period_end = f.period_end AND o.kind = f.kind
                                  AND o.period_start = f.period_start AND o.period_type = f.period_type
                                  AND o.unit_class = f.unit_class AND o.breakdown = f.breakdown
                WHERE f.reports > 1 AND\s""" + TrashFilter.notTrashed("o") + """
                  AND ({0} OR (f.indicator_code = ANY(CAST({1} AS text[])) AND f.region_code = ANY(CAST({2} AS text[]))))),
            bounded AS (
                SELECT r.*, min(hi) OVER one_fact AS lowest_high, max(lo) OVER one_fact AS highest_low
                FROM reports r
                WINDOW one_fact AS (PARTITION BY indicator_code, region_code, period_start, period_end, period_type, kind,
                                                 unit_class, breakdown)),
            clashing AS (
                SELECT * FROM bounded WHERE lo > lowest_high OR hi < highest_low)
            """ + INSERT + """
            SELECT 'conflicting_reports', indicator_code, region_code, period_start, period_end, period_type, kind,
                   array_agg(id ORDER BY id <> chosen, id),
                   format('%s reports of one fact cannot all be true: %s', count(*),
                          string_agg(as_written(value, unit) || ' (document ' || document_id || ')', ', '
                                     ORDER BY id <> chosen, id))
            FROM clashing
            GROUP BY indicator_code, region_code, period_start, period_end, period_type, kind, unit_class, breakdown,
                     chosen""";

    /**
     * A value {3} times or more off every neighbour in its series, where the neighbours agree with theirs; in a
     * series of two the later point carries the finding. Totals since January compare per month covered.
     */
    static final String JUMP = """
            WITH points AS (
                SELECT f.*, f.value / CASE WHEN f.period_type = 'ytd' THEN greatest(1,
                           extract(year FROM age(f.period_end + 1, f.period_start)) * 12
                           + extract(month FROM age(f.period_end + 1, f.period_start))) ELSE 1 END AS rate
                FROM fact f
                JOIN indicator i ON i.code = f.indicator_code AND i.unit_class = f.unit_class
                WHERE ({0} OR (f.indicator_code = ANY(CAST({1} AS text[])) AND f.region_code = ANY(CAST({2} AS text[]))))
                  AND f.unit_class NOT IN ('percent', 'ratio') AND f.period_type <> 'span' AND f.value > 0),
            neighbours AS (
                SELECT p.*, lag(rate) OVER w AS prev_rate, lead(rate) OVER w AS next_rate,
                       lag(rate, 2) OVER w AS prev2_rate, lead(rate, 2) OVER w AS next2_rate,
                       lag(observation_id) OVER w AS prev_id, lead(observation_id) OVER w AS next_id,
                       lag(value) OVER w AS prev_value, lead(value) OVER w AS next_value,
                       lag(unit) OVER w AS prev_unit, lead(unit) OVER w AS next_unit
                FROM points p
                WINDOW w AS (PARTITION BY indicator_code, region_code, kind, period_type, unit_class, breakdown
                             ORDER BY period_end, period_start))
            """ + INSERT + """
            SELECT 'jump', indicator_code, region_code, period_start, period_end, period_type, kind,
                   array_remove(ARRAY[observation_id, prev_id, next_id], NULL),
                   format('%s is %s times or more off its neighbours in the series (%s): a 万/亿 slip or a misread unit?',
                          as_written(value, unit), {3},
                          concat_ws(', ', 'before ' || as_written(prev_value, prev_unit), 'after ' || as_written(next_value, next_unit)))
            FROM neighbours
            WHERE (prev_rate IS NOT NULL OR next_rate IS NOT NULL)
              AND (prev_rate IS NULL OR greatest(rate / prev_rate, prev_rate / rate) >= {3})
              AND (next_rate IS NULL OR greatest(rate / next_rate, next_rate / rate) >= {3})
              AND NOT (prev_rate IS NULL AND next2_rate IS NULL)
              AND (prev_rate IS NOT NULL OR greatest(next_rate / next2_rate, next2_rate / next_rate) < {3})
              AND (next_rate IS NOT NULL OR prev2_rate IS NULL
                   OR greatest(prev_rate / prev2_rate, prev2_rate / prev_rate) < {3})""";

    static final String TARGET_AS_ACTUAL = INSERT + """
            SELECT 'target_as_actual', o.indicator_code, o.region_code, o.period_start, o.period_end, o.period_type,
                   o.kind, ARRAY[o.id],
                   format('stated as actual for %s to %s, but its article was published on %s, before that period ended',
                          o.period_start, o.period_end, d.published)
            FROM observation o
            JOIN document d ON d.id = o.document_id
            WHERE ({0} OR (o.indicator_code = ANY(CAST({1} AS text[])) AND o.region_code = ANY(CAST({2} AS text[]))))
              AND o.kind = 'actual' AND o.period_end > d.published AND d.deleted_at IS NULL""";

    private Rules() {
    }

    /**
     * The end of both parts-and-whole rules: the parts (alias {@code part}) are of the whole's (alias {@code whole})
     * cell (period, unit class, breakdown), the whole is in the series asked ({0}, or {1} indicators of {2} regions),
     * and the least the parts can add up to is more than the most the whole can be.
     */
    private static String partsAboveWhole(String part, String whole, String moreGroups) {
        return """
                            AND %1$s.period_start = %2$s.period_start AND %1$s.period_end = %2$s.period_end
                            AND %1$s.period_type = %2$s.period_type AND %1$s.unit_class = %2$s.unit_class
                            AND %1$s.breakdown = %2$s.breakdown
                WHERE ({0} OR (%2$s.indicator_code = ANY(CAST({1} AS text[])) AND %2$s.region_code = ANY(CAST({2} AS text[]))))
                  AND value_high(%2$s.value, %2$s.value_max, %2$s.qualifier, %2$s.unit) IS NOT NULL
                GROUP BY %2$s.indicator_code, %2$s.region_code, %2$s.period_start, %2$s.period_end, %2$s.period_type,
                         %2$s.kind, %2$s.observation_id, %2$s.value, %2$s.value_max, %2$s.qualifier, %2$s.unit%3$s
                HAVING sum(coalesce(value_low(%1$s.value, %1$s.value_max, %1$s.qualifier, %1$s.unit), 0))
                       > value_high(%2$s.value, %2$s.value_max, %2$s.qualifier, %2$s.unit)""".formatted(part, whole, moreGroups);
    }
}
