package io.zhibiao.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import io.zhibiao.series.DisplayUnit;
import io.zhibiao.system.http.CsvTable;
import io.zhibiao.system.http.CsvWriter;
import jakarta.ws.rs.core.MultivaluedHashMap;

/**
 * The points a chart draws, as a table: each value as drawn (in the axis unit) and in base units, with
 * its period, region, kind and qualifier, so anyone can check the picture against the JSON API.
 */
record ChartCsv(ChartData data) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return List.of("indicator", "indicator_name", "region_code", "label", "period_type", "period_start", "period_end",
                "kind", "qualifier", "value", "value_max", "unit", "value_base", "value_max_base", "unit_base");
    }

    @Override
    public List<List<Object>> csvRows() {
        DisplayUnit scale = ChartTexts.scale(data);
        String baseUnit = scale.baseUnit();
        return data.points().stream().map(p -> p.growth() ? growthRow(p) : p.share() ? shareRow(p) : List.<Object>of(
                code(p), name(p), p.regionCode(), p.category(), p.periodType(), p.periodStart(), p.periodEnd(), p.kind(),
                p.qualifier(), scaled(p.value(), scale), p.valueMax() == null ? "" : scaled(p.valueMax(), scale), scale.unit(),
                plain(p.value()), p.valueMax() == null ? "" : plain(p.valueMax()), baseUnit)).toList();
    }

    /** A rate of a level-growth chart: under its growth code when stated, marked 推算 when computed from the levels. */
    private List<Object> growthRow(ChartPoint p) {
        boolean computed = p.role() == ChartPoint.Role.COMPUTED_GROWTH;
        String code = BulletinLinks.growthOf(data.indicator()).orElse(data.indicator() + ".yoy");
        String name = data.indicatorName() + (computed ? "增速（由总量推算）" : "增速");
        return List.of(code, name, p.regionCode(), p.category(), p.periodType(), p.periodStart(), p.periodEnd(), p.kind(),
                p.qualifier(), plain(p.value()), "", "%", plain(p.value()), "", "%");
    }

    /** A part's share of its whole on a structure chart, computed from the levels (the rest: 未列明部分). */
    private List<Object> shareRow(ChartPoint p) {
        String name = p.role() == ChartPoint.Role.REST ? data.indicatorName() + StructurePlot.REST_NAME : name(p);
        return List.of(code(p), name + "占比（由总量计算）", p.regionCode(), p.category(), p.periodType(), p.periodStart(),
                p.periodEnd(), p.kind(), p.qualifier(), plain(p.value()), "", "%", plain(p.value()), "", "%");
    }

    /** The indicator of the row: the chart's, or the part's on a structure chart. */
    private String code(ChartPoint p) {
        return p.indicator() == null ? data.indicator() : p.indicator();
    }

    private String name(ChartPoint p) {
        return p.indicator() == null || p.indicator().equals(data.indicator()) ? data.indicatorName()
                : StructurePlot.name(p.indicator());
    }

    /** UTF-8 CSV with a byte-order mark, written the way every other CSV answer of the API is. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            new CsvWriter().writeTo(this, ChartCsv.class, ChartCsv.class, new java.lang.annotation.Annotation[0],
                    null, new MultivaluedHashMap<>(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write CSV in memory", e);
        }
        return out.toByteArray();
    }

    private static String scaled(BigDecimal value, DisplayUnit scale) {
        return scale.inUnit(value).stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
