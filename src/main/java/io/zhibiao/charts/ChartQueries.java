package io.zhibiao.charts;

import static org.jooq.impl.DSL.val;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.indicators.Indicator;
import io.zhibiao.indicators.Indicators;
import io.zhibiao.changes.SeriesKey;
import io.zhibiao.regions.Region;
import io.zhibiao.regions.Regions;
import io.zhibiao.series.PeriodLabels;
import io.zhibiao.series.Selection;
import io.zhibiao.system.Codes;
import io.zhibiao.system.TrashFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The chart side's reads: which charts the data supports, what each shows, and which charts a
 * document touches. Where several articles report the same fact, {@link Selection} picks one, as it
 * does for the JSON and CSV answers.
 */
@ApplicationScoped
class ChartQueries {

    // The line a value belongs to (PeriodLabels.group): one period type, and for totals-to-date and stocks one end day.
    private static final String LINE = """
            o.period_type || CASE WHEN o.period_type IN ('ytd', 'asof') THEN to_char(o.period_end, '-MM-DD')
                                  WHEN o.period_type = 'span' THEN '-' || (o.period_end - o.period_start) ELSE '' END""";

    // Observations whose unit class differs from their indicator's are not charted: one axis, one unit. Nor are
    // those of a breakdown (V90): a chart of an indicator is its total, never mixed with 粗钢's or a sector's figures.
    // A series needs one line with at least min-points periods. Which charts exist depends on which facts exist, so
    // the candidates are read from the fact table (one row per fact, reports of trashed documents left out) instead
    // of every report: every chart pass asks, and a fact reported by many articles was counted once per report.
    private static final String SERIES_CANDIDATES = """
            SELECT DISTINCT indicator_code, region_code FROM (
                SELECT o.indicator_code, o.region_code
                FROM fact o JOIN indicator i ON i.code = o.indicator_code
                WHERE o.kind = 'actual' AND o.unit_class = i.unit_class AND o.breakdown = ''
                  AND NOT (o.indicator_code = ANY (?))
                GROUP BY o.indicator_code, o.region_code, %s
                HAVING count(DISTINCT (o.period_start, o.period_end)) >= ?) lines
            ORDER BY 1, 2""".formatted(LINE);

    private static final String TARGET_CANDIDATES = """
            SELECT o.indicator_code, o.region_code
            FROM fact o JOIN indicator i ON i.code = o.indicator_code
            WHERE o.unit_class = i.unit_class AND o.breakdown = '' AND NOT (o.indicator_code = ANY (?))
            GROUP BY o.indicator_code, o.region_code
            HAVING bool_or(o.kind = 'actual') AND bool_or(o.kind = 'target')
            ORDER BY 1, 2""";

    private static final String COMPARE_CANDIDATES = """
            SELECT DISTINCT o.indicator_code, r.parent_code
            FROM fact o
            JOIN indicator i ON i.code = o.indicator_code
            JOIN region r ON r.code = o.region_code
            WHERE o.kind = 'actual' AND o.unit_class = i.unit_class AND o.breakdown = '' AND r.parent_code IS NOT NULL
              AND NOT (o.indicator_code = ANY (?))
            GROUP BY o.indicator_code, r.parent_code, o.period_start, o.period_end, o.period_type
            HAVING count(DISTINCT o.region_code) >= ?
            ORDER BY 1, 2""";

    // One period type per chart, the one with the most periods (ties: year first), as the JSON answers
    // one series per type; among reports of one fact {0} is io.zhibiao.series.Selection's rule; {5} is the
    // asOf day (only documents published by then count) or null for every document; {6} the end of that day (a
    // document trashed after it still counts for it) or null: today a trashed document never counts.
    private static final String SERIES_POINTS = """
            SELECT * FROM (
                SELECT DISTINCT ON (o.period_start, o.period_end, o.period_type, o.kind)
                       o.region_code, o.period_start, o.period_end, o.period_type, o.kind, o.value, o.value_max,
                       o.qualifier, o.reviewed, d.title, d.source, d.published
                FROM observation o
                JOIN document d ON d.id = o.document_id
                JOIN indicator i ON i.code = o.indicator_code
                WHERE o.indicator_code = {1} AND o.region_code = {2} AND o.unit_class = i.unit_class AND o.kind = ANY ({3})
                  AND o.breakdown = ''
                  AND ({5}::date IS NULL OR d.published <= {5}::date)
                  AND (d.deleted_at IS NULL OR d.deleted_at >= {6}::timestamptz)
                  AND o.period_type = (
                      SELECT t.period_type FROM observation t JOIN indicator ti ON ti.code = t.indicator_code
                      JOIN document td ON td.id = t.document_id
                      WHERE t.indicator_code = {1} AND t.region_code = {2} AND t.unit_class = ti.unit_class
                        AND t.kind = ANY ({3}) AND t.breakdown = '' AND ({5}::date IS NULL OR td.published <= {5}::date)
                        AND (td.deleted_at IS NULL OR td.deleted_at >= {6}::timestamptz)
                      GROUP BY t.period_type
                      ORDER BY count(DISTINCT (t.period_start, t.period_end)) DESC, array_position({4}, t.period_type)
                      LIMIT 1)
                ORDER BY o.period_start, o.period_end, o.period_type, o.kind, {0}) newest
            ORDER BY period_end, period_start, period_type, kind""";

    // The latest period (of one type) that enough children report; each child's chosen figure for it (the fact
    // table's pick, by io.zhibiao.series.Selection's rule), largest first.
    private static final String COMPARE_POINTS = """
            WITH newest AS (
                SELECT f.region_code, f.period_start, f.period_end, f.period_type, f.value, f.value_max, f.qualifier,
                       o.reviewed, d.title, d.source, d.published
                FROM fact f
                JOIN observation o ON o.id = f.observation_id
                JOIN document d ON d.id = o.document_id
                JOIN indicator i ON i.code = f.indicator_code
                JOIN region r ON r.code = f.region_code
                WHERE f.indicator_code = {0} AND r.parent_code = {1} AND f.kind = 'actual' AND f.unit_class = i.unit_class
                  AND f.breakdown = ''),
            latest AS (
                SELECT period_start, period_end, period_type FROM newest
                GROUP BY period_start, period_end, period_type HAVING count(*) >= {2}
                ORDER BY period_end DESC, period_start DESC, array_position({3}, period_type) LIMIT 1)
            SELECT r.short_name AS category, n.region_code, n.period_start, n.period_end, n.period_type, 'actual' AS kind,
                   n.value, n.value_max, n.qualifier, n.reviewed, n.title, n.source, n.published
            FROM newest n JOIN latest USING (period_start, period_end, period_type) JOIN region r ON r.code = n.region_code
            ORDER BY n.value DESC, n.region_code""";

    private static final String WRITTEN_UNIT = """
            SELECT mode() WITHIN GROUP (ORDER BY unit) FROM observation o
            WHERE indicator_code = ? AND breakdown = '' AND %s""".formatted(TrashFilter.notTrashed("o"));

    // On demand: the type, then the title and file name in the bulletin's style (图1 2019—2023年全市地区生产总值及其增长速度).
    private static final String[] LEVEL_GROWTH_TITLE = { "level-growth", "{yearRange}{regionName}{indicatorName}及其增长速度",
            "{regionName}_{indicatorName}及其增长速度_{years}" };

    private static final String[] RANKING_TITLE = { "ranking", "{regionName}各地{indicatorName}排序（{period}）",
            "{regionName}各地_{indicatorName}排序_{years}" };

    private static final String[] STRUCTURE_TITLE = { "structure", "{yearRange}{regionName}{indicatorName}构成",
            "{regionName}_{indicatorName}构成_{years}" };

    private static final String[] CUMULATIVE_TITLE = { "cumulative", "{yearRange}{regionName}{indicatorName}逐月累计及增长速度",
            "{regionName}_{indicatorName}逐月累计_{years}" };

    private static final org.jooq.Param<String[]> PERIOD_TYPES = val(Selection.periodTypeOrder());

    @Inject
    DSLContext dsl;
    @Inject
    Indicators indicators;
    @Inject
    Regions regions;
    @Inject
    BulletinQueries bulletin;

    /** Every chart the spec defines for the stored data. */
    List<ChartDef> candidates(ChartSpec spec) {
        if (spec.family() == ChartSpec.Family.STRUCTURE) {
            return bulletin.structureCandidates(spec);
        }
        if (spec.family() == ChartSpec.Family.CUMULATIVE) {
            return bulletin.cumulativeCandidates(spec);
        }
        String[] excluded = spec.excludeIndicators().toArray(String[]::new);
        var query = switch (spec.family()) {
            case SERIES -> dsl.resultQuery(SERIES_CANDIDATES, excluded, spec.minPoints());
            case TARGET_VS_ACTUAL -> dsl.resultQuery(TARGET_CANDIDATES, (Object) excluded);
            case COMPARE -> dsl.resultQuery(COMPARE_CANDIDATES, excluded, spec.minRegions());
            case LEVEL_GROWTH -> dsl.resultQuery(SERIES_CANDIDATES, excluded, spec.minPoints());
            case RANKING -> dsl.resultQuery(COMPARE_CANDIDATES, excluded, spec.minRegions());
            case STRUCTURE, CUMULATIVE -> throw new IllegalStateException("listed by BulletinQueries");
        };
        List<ChartDef> defs = query.fetch(r -> ChartDef.of(spec, r.get(0, String.class), r.get(1, String.class)));
        // A level-growth chart needs a growth link in the catalog (gdp → gdp.yoy); levels without one have none.
        return spec.family() == ChartSpec.Family.LEVEL_GROWTH
                ? defs.stream().filter(d -> BulletinLinks.growthOf(d.indicator()).isPresent()).toList()
                : defs;
    }

    /** The indicator, region and parent region of each changed series (a comparison chart is drawn for the parent). */
    List<Touch> touched(Collection<SeriesKey> series) {
        Map<String, String> parents = dsl.resultQuery("SELECT code, parent_code FROM region WHERE code = ANY ({0})",
                val(series.stream().map(SeriesKey::region).distinct().toArray(String[]::new)))
                .fetchMap(r -> r.get(0, String.class), r -> r.get(1, String.class));
        return series.stream().map(k -> new Touch(k.indicator(), k.region(), parents.get(k.region()))).distinct().toList();
    }

    /** What a pre-rendered chart shows now, or empty when the data no longer supports it. */
    Optional<ChartData> data(ChartDef def) {
        return data(def, PassReads.NONE);
    }

    /** The same, from what the pass has read already where another of its charts read the same. */
    Optional<ChartData> data(ChartDef def, PassReads reads) {
        if (def.spec().family() == ChartSpec.Family.LEVEL_GROWTH) {
            return levelGrowth(def.indicator(), def.region(), null, def.spec().title(), def.spec().fileName(), reads);
        }
        if (def.spec().family() == ChartSpec.Family.RANKING) {
            return ranking(def.indicator(), def.region(), def.spec().minRegions(), null, def.spec().title(), def.spec().fileName(),
                    reads);
        }
        if (def.spec().family() == ChartSpec.Family.STRUCTURE) {
            return structure(def.indicator(), def.region(), null, def.spec().minPoints(), def.spec().title(), def.spec().fileName(),
                    reads);
        }
        if (def.spec().family() == ChartSpec.Family.CUMULATIVE) {
            return cumulative(def.indicator(), def.region(), null, null, def.spec().title(), def.spec().fileName(), reads);
        }
        List<Record> records = switch (def.spec().family()) {
            case SERIES -> seriesRows(def.indicator(), def.region(), null, reads, "actual");
            case TARGET_VS_ACTUAL -> seriesRows(def.indicator(), def.region(), null, reads, "actual", "target");
            case COMPARE -> dsl.resultQuery(COMPARE_POINTS, val(def.indicator()), val(def.region()),
                    val(def.spec().minRegions()), PERIOD_TYPES).fetch();
            case LEVEL_GROWTH, RANKING, STRUCTURE, CUMULATIVE -> throw new IllegalStateException("assembled on their own");
        };
        return assemble(def.spec().family().yamlName, def.indicator(), def.region(), def.spec().title(),
                def.spec().fileName(), def.spec().type(), records, reads);
    }

    /**
     * An on-demand chart of one indicator and region, actuals and targets, as of a publication date (null: today); year
     * is the year of a cumulative chart (null: the latest).
     */
    Optional<ChartData> onDemand(String indicator, String region, String type, LocalDate asOf, String highlight, Integer year) {
        if (type.equals(STRUCTURE_TITLE[0])) {
            return structure(indicator, region, asOf, 1, STRUCTURE_TITLE[1], STRUCTURE_TITLE[2], PassReads.NONE);
        }
        if (type.equals(CUMULATIVE_TITLE[0])) {
            return cumulative(indicator, region, year, asOf, CUMULATIVE_TITLE[1], CUMULATIVE_TITLE[2], PassReads.NONE);
        }
        if (type.equals(RANKING_TITLE[0])) {
            return ranking(indicator, region, 2, highlight, RANKING_TITLE[1], RANKING_TITLE[2], PassReads.NONE);
        }
        if (type.equals(LEVEL_GROWTH_TITLE[0])) {
            return levelGrowth(indicator, region, asOf, LEVEL_GROWTH_TITLE[1], LEVEL_GROWTH_TITLE[2], PassReads.NONE);
        }
        return assemble("on-demand", indicator, region, "{regionName}{indicatorName}", "{regionName}_{indicatorName}_{years}",
                type, seriesRows(indicator, region, asOf, PassReads.NONE, "actual", "target"), PassReads.NONE);
    }

    /**
     * The actual levels of one indicator and region with the growth line beside them (see {@link GrowthRates}); the
     * growth rates' articles join the sources.
     */
    private Optional<ChartData> levelGrowth(String indicator, String region, LocalDate asOf, String title, String fileName,
            PassReads reads) {
        String growthCode = BulletinLinks.growthOf(indicator).orElseThrow();
        Optional<ChartData> levels = assemble(ChartSpec.Family.LEVEL_GROWTH.yamlName, indicator, region, title, fileName,
                "level-growth", seriesRows(indicator, region, asOf, reads, "actual"), reads);
        if (levels.isEmpty()) {
            return levels;
        }
        List<Record> growthRows = seriesRows(growthCode, region, asOf, reads, "actual");
        List<ChartPoint> stated = growthRows.stream().map(ChartQueries::point).toList();
        List<ChartPoint> growth = GrowthRates.of(levels.get().points(), stated, BulletinLinks.realGrowth(indicator));
        java.util.Set<String> used = new java.util.HashSet<>();
        growth.stream().filter(p -> p.role() == ChartPoint.Role.GROWTH).forEach(p -> used.add(p.periodStart() + "|" + p.periodEnd()));
        List<ChartSource> sources = ChartSource.merged(java.util.stream.Stream.concat(levels.get().sources().stream(),
                growthRows.stream()
                        .filter(r -> used.contains(r.get("period_start", LocalDate.class) + "|" + r.get("period_end", LocalDate.class)))
                        .map(ChartQueries::source)));
        List<ChartPoint> points = java.util.stream.Stream.concat(levels.get().points().stream(), growth.stream()).toList();
        return Optional.of(levels.get().with(points, sources));
    }

    /**
     * Every child of {@code parent} in the latest period at least {@code minRegions} of them report, largest first,
     * with a reference: the parent's own value where the indicator is not summable (a rate, a per-capita value), else
     * (a total would dwarf its parts) the children's average. The highlighted child, if any, is marked.
     */
    private Optional<ChartData> ranking(String indicator, String parent, int minRegions, String highlight, String title,
            String fileName, PassReads reads) {
        List<Record> rows = dsl.resultQuery(COMPARE_POINTS, val(indicator), val(parent), val(minRegions), PERIOD_TYPES)
                .fetch();
        Optional<ChartData> children = assemble(RankingPlot.KIND, indicator, parent, title, fileName, RankingPlot.KIND, rows,
                reads);
        if (children.isEmpty()) {
            return children;
        }
        ChartData data = children.get();
        List<ChartPoint> points = new java.util.ArrayList<>(data.points().stream()
                .map(p -> p.regionCode().equals(highlight) ? RankingPlot.as(p, p.category(), p.value(), ChartPoint.Role.HIGHLIGHT) : p)
                .toList());
        ChartPoint first = points.get(0);
        List<ChartSource> sources = new java.util.ArrayList<>(data.sources());
        Optional<Record> own = indicators.find(indicator).orElseThrow().summable() ? Optional.empty()
                : seriesRows(indicator, parent, null, reads, "actual").stream()
                        .filter(r -> r.get("period_start", LocalDate.class).equals(first.periodStart())
                                && r.get("period_end", LocalDate.class).equals(first.periodEnd())
                                && periodType(r) == first.periodType())
                        .findFirst();
        own.ifPresent(r -> sources.add(source(r)));
        points.add(own.map(r -> RankingPlot.as(point(r), regions.find(parent).orElseThrow().shortName(),
                r.get("value", BigDecimal.class), ChartPoint.Role.PARENT)).orElseGet(() -> RankingPlot.average(points, parent)));
        return Optional.of(data.with(points, ChartSource.merged(sources.stream())));
    }

    /**
     * The parts of a whole as shares per period (see {@link Shares}), with their levels and the whole's; the sources are
     * the articles of the figures drawn.
     */
    private Optional<ChartData> structure(String whole, String region, LocalDate asOf, int minPoints, String title,
            String fileName, PassReads reads) {
        List<String> parts = BulletinLinks.partsOf(whole);
        List<Record> rows = bulletin.structureRows(java.util.stream.Stream.concat(parts.stream(), java.util.stream.Stream.of(whole))
                .toList(), region, asOf);
        List<ChartPoint> points = Shares.of(whole, parts, rows.stream().map(ChartQueries::point).toList(),
                List.of(Selection.periodTypeOrder()));
        java.util.Set<String> drawn = new java.util.HashSet<>();
        points.forEach(p -> drawn.add(p.indicator() + "|" + p.periodType().code() + "|" + p.periodStart() + "|" + p.periodEnd()));
        List<Record> used = rows.stream().filter(r -> drawn.contains(r.get("indicator_code", String.class) + "|"
                + r.get("period_type", String.class) + "|" + r.get("period_start", LocalDate.class) + "|"
                + r.get("period_end", LocalDate.class))).toList();
        if (points.stream().map(ChartPoint::category).distinct().count() < minPoints) {
            return Optional.empty();
        }
        return assemble(StructurePlot.KIND, whole, region, title, fileName, StructurePlot.KIND, used, reads)
                .map(d -> d.with(points, d.sources()));
    }

    /**
     * The 1–N月 totals of one year (the latest unless given) as bars, with the growth rates stated for the same months
     * (the level's .yoy code) as the line; a growth rate is never computed here.
     */
    private Optional<ChartData> cumulative(String indicator, String region, Integer year, LocalDate asOf, String title,
            String fileName, PassReads reads) {
        LocalDate start = year != null ? LocalDate.of(year, 1, 1) : bulletin.latestYear(indicator, region, asOf);
        if (start == null) {
            return Optional.empty();
        }
        Optional<ChartData> levels = assemble(CumulativePlot.KIND, indicator, region, title, fileName, CumulativePlot.KIND,
                bulletin.cumulativeRows(indicator, region, start, asOf), reads);
        if (levels.isEmpty()) {
            return levels;
        }
        List<Record> growthRows = BulletinLinks.growthOf(indicator)
                .map(code -> bulletin.cumulativeRows(code, region, start, asOf)).orElse(List.of());
        List<ChartPoint> growth = growthRows.stream().map(ChartQueries::point).map(p -> new ChartPoint(p.category(),
                p.periodType(), p.periodStart(), p.periodEnd(), p.regionCode(), p.kind(), p.value(), p.valueMax(), p.qualifier(),
                ChartPoint.Role.GROWTH)).toList();
        List<ChartSource> sources = java.util.stream.Stream.concat(levels.get().sources().stream(),
                growthRows.stream().map(ChartQueries::source)).distinct()
                .sorted(Comparator.comparing(ChartSource::published).reversed().thenComparing(ChartSource::title)).toList();
        return Optional.of(levels.get().with(java.util.stream.Stream.concat(levels.get().points().stream(), growth.stream())
                .toList(), sources));
    }

    /** The chosen rows of one series; a pass reads those of today (asOf null) once. */
    private List<Record> seriesRows(String indicator, String region, LocalDate asOf, PassReads reads, String... kinds) {
        if (asOf == null) {
            return reads.get("series|" + indicator + "|" + region + "|" + String.join(",", kinds),
                    () -> readSeriesRows(indicator, region, null, kinds));
        }
        return readSeriesRows(indicator, region, asOf, kinds);
    }

    private List<Record> readSeriesRows(String indicator, String region, LocalDate asOf, String... kinds) {
        return dsl.resultQuery(SERIES_POINTS, Selection.newestPublicationFirst(), val(indicator), val(region), val(kinds),
                PERIOD_TYPES, val(asOf, LocalDate.class),
                val(asOf == null ? null : Selection.endOf(asOf), java.time.OffsetDateTime.class)).fetch();
    }

    private Optional<ChartData> assemble(String kind, String indicatorCode, String regionCode, String titleTemplate,
            String fileTemplate, String type, List<? extends Record> rows, PassReads reads) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Indicator indicator = indicators.find(indicatorCode).orElseThrow();
        Region region = regions.find(regionCode).orElseThrow();
        List<ChartPoint> points = rows.stream().map(ChartQueries::point).toList();
        List<ChartSource> sources = ChartSource.merged(rows.stream().map(ChartQueries::source));
        List<String> regionCodes = java.util.stream.Stream.concat(java.util.stream.Stream.of(regionCode),
                points.stream().map(ChartPoint::regionCode)).distinct().toList();
        Record latest = rows.stream().max(Comparator.comparing((Record r) -> r.get("period_end", LocalDate.class))
                .thenComparing(r -> r.get("period_start", LocalDate.class))).orElseThrow();
        int firstYear = points.stream().mapToInt(p -> p.periodStart().getYear()).min().orElseThrow();
        int lastYear = points.stream().mapToInt(p -> p.periodEnd().getYear()).max().orElseThrow();
        Map<String, String> values = new HashMap<>();
        values.put("indicator", indicatorCode);
        values.put("indicatorName", indicator.name());
        values.put("region", regionCode);
        values.put("regionName", region.name());
        values.put("regionShortName", region.shortName());
        values.put("period", label(latest));
        values.put("years", PeriodLabels.years(firstYear, lastYear));
        values.put("yearRange", firstYear == lastYear ? firstYear + "年" : firstYear + "—" + lastYear + "年");
        String writtenUnit = reads.get("unit|" + indicatorCode,
                () -> java.util.Optional.ofNullable(dsl.resultQuery(WRITTEN_UNIT, indicatorCode).fetchOne(0, String.class)))
                .orElse(null);
        return Optional.of(new ChartData(kind, indicatorCode, indicator.name(), ChartSpec.fill(titleTemplate, values),
                ChartSpec.fill(fileTemplate, values), type, indicator.unitClass(), writtenUnit == null ? "" : writtenUnit,
                regionCodes, region.name(), points, sources));
    }

    private static ChartPoint point(Record r) {
        return new ChartPoint(r.indexOf("category") >= 0 ? r.get("category", String.class) : label(r),
                periodType(r), r.get("period_start", LocalDate.class), r.get("period_end", LocalDate.class),
                r.get("region_code", String.class), Kind.valueOf(r.get("kind", String.class).toUpperCase(java.util.Locale.ROOT)),
                r.get("value", BigDecimal.class), r.get("value_max", BigDecimal.class),
                Codes.find(Qualifier.class, r.get("qualifier", String.class)).orElseThrow(), ChartPoint.Role.LEVEL,
                r.indexOf("indicator_code") >= 0 ? r.get("indicator_code", String.class) : null);
    }

    private static ChartSource source(Record r) {
        return new ChartSource(r.get("title", String.class), r.get("source", String.class), r.get("published", LocalDate.class),
                "corrected".equals(r.get("reviewed", String.class)));
    }

    private static String label(Record r) {
        return PeriodLabels.of(periodType(r), r.get("period_start", LocalDate.class), r.get("period_end", LocalDate.class));
    }

    private static PeriodType periodType(Record r) {
        return PeriodType.fromCode(r.get("period_type", String.class));
    }

    /** What one stored observation is about. */
    record Touch(String indicator, String region, String parent) {
    }
}
