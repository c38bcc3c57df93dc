package io.zhibiao.review;

import static org.jooq.impl.DSL.val;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;

import io.zhibiao.checks.Checks;
import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.Reason;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.series.SourceDocument;
import io.zhibiao.system.Codes;
import io.zhibiao.system.Page;
import io.zhibiao.system.TrashFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The figures a person should look at, worst first (see the package comment for the order). */
@ApplicationScoped
class ReviewQueue {

    /** Below this confidence a figure is doubtful enough to review without any finding. */
    static final double DOUBT = 0.9;
    /** How much text around the figure the evidence may show, each side. */
    private static final int CONTEXT = 300;

    /**
     * The queue in one pass: the figures the checks name or the extractor doubts, in the regions and indicator asked,
     * with their priority. Binds: {0} regions (null: all), {1} indicator (null: all), {2} doubt threshold, {3} limit,
     * {4} offset.
     */
    private static final String QUEUE = """
            WITH flagged AS (
                SELECT id, count(*) AS findings
                FROM (SELECT unnest(observation_ids) AS id FROM check_finding) f
                GROUP BY id),
            candidates AS (
                SELECT o.*, coalesce(fl.findings, 0) AS findings
                FROM observation o
                LEFT JOIN flagged fl ON fl.id = o.id
                WHERE (fl.id IS NOT NULL OR (o.confidence < {2} AND o.reviewed IS NULL)) AND\s""" + TrashFilter.notTrashed("o") + """
                  AND (CAST({0} AS text[]) IS NULL OR o.region_code = ANY(CAST({0} AS text[])))
                  AND (CAST({1} AS text) IS NULL OR o.indicator_code = CAST({1} AS text))),
            ranked AS (
                SELECT c.*,
                       EXISTS (SELECT 1 FROM fact f WHERE f.observation_id = c.id) AS chosen,
                       NOT EXISTS (SELECT 1 FROM fact f
                                   WHERE f.indicator_code = c.indicator_code AND f.region_code = c.region_code
                                     AND f.kind = c.kind AND f.period_type = c.period_type
                                     AND f.breakdown = c.breakdown AND f.period_end > c.period_end) AS latest,
                       c.breakdown = '' AND EXISTS (SELECT 1 FROM chart ch
                               WHERE ch.indicator_code = c.indicator_code AND c.region_code = ANY(ch.region_codes)) AS charted
                FROM candidates c)
            SELECT r.id, r.indicator_code, r.region_code, rg.name AS region_name, r.period_start, r.period_end,
                   r.period_type, r.kind, r.value, r.value_max, r.unit, r.unit_class, r.qualifier,
                   round(CAST(r.confidence AS numeric), 3) AS confidence,
                   r.reasons, r.quote, r.start_offset, r.end_offset, r.chosen, r.latest, r.charted,
                   (r.findings + 1 - coalesce(round(CAST(r.confidence AS numeric), 3), 1))
                       * (1 + CASE WHEN r.chosen THEN 1 ELSE 0 END + CASE WHEN r.latest THEN 0.5 ELSE 0 END
                            + CASE WHEN r.charted THEN 0.5 ELSE 0 END) AS priority,
                   d.id AS document_id, d.title, d.source, d.url, d.published,
                   greatest(0, r.start_offset - {5}) AS window_start,
                   substr(d.text, greatest(0, r.start_offset - {5}) + 1, r.end_offset - r.start_offset + 2 * {5}) AS window,
                   count(*) OVER () AS total
            FROM ranked r
            JOIN document d ON d.id = r.document_id
            JOIN region rg ON rg.code = r.region_code
            ORDER BY priority DESC, r.period_end DESC, r.id
            LIMIT {3} OFFSET {4}""";

    @Inject
    DSLContext dsl;
    @Inject
    Checks checks;

    Page<ReviewItem> page(List<String> regions, String indicator, int page, int size) {
        var rows = dsl.fetch(QUEUE, val(regions == null ? null : regions.toArray(String[]::new), String[].class),
                val(indicator, String.class), val(DOUBT), val(size), val((long) page * size), val(CONTEXT));
        List<ReviewItem> items = new ArrayList<>();
        long total = 0;
        for (Record r : rows) {
            total = r.get("total", Long.class);
            items.add(item(r));
        }
        if (items.isEmpty() && page > 0) {
            total = dsl.fetch(QUEUE, val(regions == null ? null : regions.toArray(String[]::new), String[].class),
                    val(indicator, String.class), val(DOUBT), val(1), val(0L), val(CONTEXT)).stream()
                    .map(r -> r.get("total", Long.class)).findFirst().orElse(0L);
        }
        return new Page<>(page, size, total, items);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String stored) {
        return Codes.find(type, stored).orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName()
                + " stored: " + stored));
    }

    private ReviewItem item(Record r) {
        long id = r.get("id", Long.class);
        List<String> visibility = new ArrayList<>();
        if (r.get("chosen", Boolean.class)) {
            visibility.add("chosen");
        }
        if (r.get("latest", Boolean.class)) {
            visibility.add("latest");
        }
        if (r.get("charted", Boolean.class)) {
            visibility.add("charted");
        }
        String[] reasons = r.get("reasons", String[].class);
        return new ReviewItem(id, r.get("priority", BigDecimal.class).doubleValue(), r.get("indicator_code", String.class),
                r.get("region_code", String.class), r.get("region_name", String.class),
                r.get("period_start", LocalDate.class), r.get("period_end", LocalDate.class),
                code(PeriodType.class, r.get("period_type", String.class)), code(Kind.class, r.get("kind", String.class)), r.get("value", BigDecimal.class),
                r.get("value_max", BigDecimal.class), r.get("unit", String.class),
                code(UnitClass.class, r.get("unit_class", String.class)), code(Qualifier.class, r.get("qualifier", String.class)), r.get("confidence", BigDecimal.class) == null ? null : r.get("confidence", BigDecimal.class).doubleValue(),
                reasons == null ? List.of() : Arrays.stream(reasons).map(c -> code(Reason.class, c)).toList(), visibility,
                Evidences.around(r.get("window", String.class), r.get("window_start", Integer.class),
                        r.get("quote", String.class), r.get("start_offset", Integer.class), r.get("end_offset", Integer.class)),
                new SourceDocument(r.get("document_id", Long.class), r.get("title", String.class),
                        r.get("source", String.class), r.get("published", LocalDate.class), r.get("url", String.class)),
                checks.of(id));
    }
}
