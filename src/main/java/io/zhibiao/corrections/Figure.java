package io.zhibiao.corrections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.zhibiao.ingest.StoredObservation;

/**
 * The attributes of a figure a review may set, as stored (codes as their wire names, the breakdown as its key).
 * Values are compared without trailing zeros: 3.2E+8 read by the extractor and 320000000 from the database are one.
 */
record Figure(String indicator, String breakdown, String region, LocalDate periodStart, LocalDate periodEnd,
        String periodType, String kind, BigDecimal value, BigDecimal valueMax, String unit, String unitClass,
        String qualifier) {

    Figure {
        value = value == null ? null : value.stripTrailingZeros();
        valueMax = valueMax == null ? null : valueMax.stripTrailingZeros();
        breakdown = breakdown == null ? "" : breakdown;
    }

    static Figure of(StoredObservation o) {
        return new Figure(o.indicatorCode, o.breakdown, o.regionCode, o.periodStart, o.periodEnd, o.periodType, o.kind,
                o.value, o.valueMax, o.unit, o.unitClass, o.qualifier);
    }

    /** From a row as to_jsonb wrote it, or from {@link #columns()}: observation column names. */
    static Figure ofColumns(JsonNode row) {
        return new Figure(text(row, "indicator_code"), text(row, "breakdown"), text(row, "region_code"),
                date(row, "period_start"), date(row, "period_end"), text(row, "period_type"), text(row, "kind"),
                number(row, "value"), number(row, "value_max"), text(row, "unit"), text(row, "unit_class"),
                text(row, "qualifier"));
    }

    /** Sets these attributes on a stored row. */
    void onto(StoredObservation o) {
        o.indicatorCode = indicator;
        o.breakdown = breakdown;
        o.regionCode = region;
        o.periodStart = periodStart;
        o.periodEnd = periodEnd;
        o.periodType = periodType;
        o.kind = kind;
        o.value = value;
        o.valueMax = valueMax;
        o.unit = unit;
        o.unitClass = unitClass;
        o.qualifier = qualifier;
    }

    /** Under observation column names, as the correction table keeps it. */
    Map<String, Object> columns() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator_code", indicator);
        m.put("breakdown", breakdown);
        m.put("region_code", region);
        m.put("period_start", periodStart.toString());
        m.put("period_end", periodEnd.toString());
        m.put("period_type", periodType);
        m.put("kind", kind);
        m.put("value", value);
        m.put("value_max", valueMax);
        m.put("unit", unit);
        m.put("unit_class", unitClass);
        m.put("qualifier", qualifier);
        return m;
    }

    private static String text(JsonNode row, String field) {
        JsonNode n = row.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(JsonNode row, String field) {
        String s = text(row, field);
        return s == null ? null : LocalDate.parse(s);
    }

    private static BigDecimal number(JsonNode row, String field) {
        JsonNode n = row.get(field);
        return n == null || n.isNull() ? null : n.decimalValue();
    }
}
