package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.indicators.Indicator;

/**
 * A series or roll-up answer as a JSON-stat 2.0 dataset (format=jsonstat): dimensions indicator × region × time,
 * Chinese labels, values in the display unit that the indicator's {@code category.unit} names (with its base unit
 * and scale), and the qualifiers (约, 余 …) as status codes that {@code extension.status} explains.
 */
@Schema(description = "JSON-stat 2.0 dataset (https://json-stat.org/full/): dimensions indicator × region × time, "
        + "values row-major with time varying fastest, in the unit of dimension.indicator.category.unit")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"version", "class", "label", "source", "note", "id", "size", "role", "dimension", "value", "status",
        "extension"})
public record JsonStatDataset(
        @Schema(description = "Always 2.0", example = "2.0") String version,
        @Schema(description = "Always dataset", example = "dataset") @JsonProperty("class") String klass,
        @Schema(description = "What the dataset holds, in Chinese") String label,
        @Schema(description = "Where the values come from") String source,
        @Schema(description = "Notes on units, status codes and the selection rule") List<String> note,
        @Schema(description = "Dimension ids in the order of 'value'", example = "[\"indicator\", \"region\", \"time\"]") List<String> id,
        @Schema(description = "Number of categories of each dimension") List<Integer> size,
        @Schema(description = "Which dimension is time, geography and metric") Map<String, List<String>> role,
        @Schema(description = "The dimensions, by id") Map<String, Dimension> dimension,
        @Schema(description = "Values in the display unit, null where nothing was reported") List<BigDecimal> value,
        @Schema(description = "Status code per value (see extension.status), null for an exact value; absent when all are exact") List<String> status,
        @Schema(description = "Zhibiao's additions: kind, units, status codes, observation ids, roll-up") Map<String, Object> extension) {

    /** The value of 'format' that asks for it. */
    static final String FORMAT = "jsonstat";

    /** Status codes for the qualifiers, with what they mean; an exact value has none. */
    static final Map<String, String> STATUS = orderedMap(
            "e", "约、左右、近：估计值 (approx: an estimate)",
            "g", "余、超、以上、逾、突破：不少于该值 (at_least: the value is a lower bound)",
            "l", "不超过、以内：不多于该值 (at_most: the value is an upper bound)",
            "r", "至：区间，值为下限 (range: the value is its lower bound)");

    /** A JSON-stat dimension: a label and its categories. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dimension(String label, Category category) {
    }

    /** Categories in order with their labels; units only on the indicator dimension. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Category(List<String> index, Map<String, String> label, Map<String, Unit> unit) {
    }

    /**
     * JSON-stat's unit (label, decimals, symbol, position) and, beyond the standard, the base unit that
     * Zhibiao's JSON answers count in and the scale between them: base value = value × scale.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(String label, int decimals, String symbol, String position, String base, long scale) {
    }

    /** One value placed in the cube. */
    record Cell(String region, String time, BigDecimal value, Qualifier qualifier, long observationId) {
    }

    /** A time category: its id, its Chinese label, and the dates it is sorted by. */
    record Time(String id, String label, LocalDate start, LocalDate end) {
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    static JsonStatDataset of(SeriesAnswer answer, Kind kind) {
        var regions = new LinkedHashMap<String, String>();
        var times = new LinkedHashMap<String, Time>();
        var cells = new ArrayList<Cell>();
        var values = new ArrayList<BigDecimal>();
        for (Series s : answer.series()) {
            regions.put(s.region().code(), s.region().name());
            for (SeriesPoint p : s.points()) {
                Time t = time(p.periodType(), p.periodStart(), p.periodEnd());
                times.putIfAbsent(t.id(), t);
                cells.add(new Cell(s.region().code(), t.id(), p.value(), p.qualifier(), p.observationId()));
                values.add(p.value());
            }
        }
        DisplayUnit display = answer.units().percent() ? new DisplayUnit("%", "%", 1)
                : DisplayUnit.of(answer.indicator().unitClass(), answer.baseUnit(), values);
        var extension = new LinkedHashMap<String, Object>();
        extension.put("kind", kind);
        extension.put("units", answer.units());
        extension.put("rule", answer.rule());
        if (answer.asOf() != null) {
            extension.put("asOf", answer.asOf());
        }
        putBreakdown(extension, answer.breakdown());
        String label = name(answer.indicator(), answer.breakdown()) + "（" + String.join("、", regions.values()) + "）";
        return build(answer.indicator(), label, display, regions, times, cells, extension);
    }

    static JsonStatDataset of(AggregateAnswer answer) {
        var regions = new LinkedHashMap<String, String>();
        var times = new LinkedHashMap<String, Time>();
        var cells = new ArrayList<Cell>();
        for (ChildValue c : answer.children()) {
            regions.put(c.region().code(), c.region().name());
        }
        Time t = time(answer.periodType(), answer.periodStart(), answer.periodEnd());
        times.put(t.id(), t);
        for (ChildValue c : answer.children()) {
            if (c.value() != null) {
                cells.add(new Cell(c.region().code(), t.id(), c.value(), c.qualifier(), c.observationId()));
            }
        }
        var extension = new LinkedHashMap<String, Object>();
        extension.put("kind", answer.kind());
        extension.put("parent", answer.parent());
        extension.put("level", answer.level());
        extension.put("rollup", answer.rollup());
        extension.put("coverage", answer.coverage());
        extension.put("rule", answer.rule());
        if (answer.asOf() != null) {
            extension.put("asOf", answer.asOf());
        }
        putBreakdown(extension, answer.breakdown());
        String label = name(answer.indicator(), answer.breakdown()) + "（" + answer.parent().name() + "下辖各地，" + t.label()
                + "）";
        return build(answer.indicator(), label, answer.display(), regions, times, cells, extension);
    }

    /** The breakdown in the extension, only when the answer is about one (the total's dataset is as it was). */
    private static void putBreakdown(Map<String, Object> extension, Map<String, String> breakdown) {
        if (breakdown != null) {
            extension.put("breakdown", breakdown);
        }
    }

    /** The indicator's name, with the classification items the values are of: 产量增长：粗钢. */
    private static String name(Indicator indicator, Map<String, String> breakdown) {
        return breakdown == null ? indicator.name() : indicator.name() + "：" + String.join("、", breakdown.values());
    }

    private static JsonStatDataset build(Indicator indicator, String label, DisplayUnit display,
            Map<String, String> regions, Map<String, Time> times, List<Cell> cells, Map<String, Object> extension) {
        List<Time> ordered = times.values().stream()
                .sorted(Comparator.comparing(Time::end, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Time::start, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Time::id))
                .toList();
        List<String> regionIds = List.copyOf(regions.keySet());
        List<String> timeIds = ordered.stream().map(Time::id).toList();
        int n = regionIds.size() * timeIds.size();
        var value = new ArrayList<BigDecimal>(Collections.nCopies(n, null));
        var status = new ArrayList<String>(Collections.nCopies(n, null));
        var observation = new ArrayList<Long>(Collections.nCopies(n, null));
        int shift = (int) Math.round(Math.log10(display.scale()));
        for (Cell c : cells) {
            // Row-major, the last dimension (time) varying fastest; the indicator dimension has one category.
            int i = regionIds.indexOf(c.region()) * timeIds.size() + timeIds.indexOf(c.time());
            value.set(i, c.value() == null ? null : c.value().movePointLeft(shift).stripTrailingZeros());
            status.set(i, statusOf(c.qualifier()));
            observation.set(i, c.observationId());
        }
        var ext = new LinkedHashMap<String, Object>(extension);
        ext.put("status", STATUS);
        ext.put("observation", observation);

        var dimension = new LinkedHashMap<String, Dimension>();
        dimension.put("indicator", new Dimension("指标", new Category(List.of(indicator.code()),
                Map.of(indicator.code(), indicator.name()),
                Map.of(indicator.code(), new Unit(display.unit(), decimals(value), display.unit(), "end",
                        display.baseUnit(), display.scale())))));
        dimension.put("region", new Dimension("地区", new Category(regionIds, regions, null)));
        var timeLabels = new LinkedHashMap<String, String>();
        ordered.forEach(t -> timeLabels.put(t.id(), t.label()));
        dimension.put("time", new Dimension("时间", new Category(timeIds, timeLabels, null)));

        var role = new LinkedHashMap<String, List<String>>();
        role.put("time", List.of("time"));
        role.put("geo", List.of("region"));
        role.put("metric", List.of("indicator"));
        String unitNote = display.scale() == 1 ? "数值单位：" + display.unit()
                : "数值单位：" + display.unit() + "（1" + display.unit() + " = " + display.scale() + display.baseUnit() + "）";
        List<String> note = List.of(unitNote,
                "状态码 (status)：e 约（估计值）；g 不少于（余、超、以上）；l 不多于；r 区间下限。无状态码为确数。",
                "数据摘自新闻报道，同一事实多篇报道时取最新发布者 (see extension.rule)。");
        return new JsonStatDataset("2.0", "dataset", label, "指标 Zhibiao", note, List.of("indicator", "region", "time"),
                List.of(1, regionIds.size(), timeIds.size()), role, dimension, value,
                status.stream().allMatch(Objects::isNull) ? null : status, ext);
    }

    /** Time ids that differ by type: 2025, 2025-Q1, 2025-03, 2025-01/2025-09 (to date), a stock's day, a span's days. */
    static Time time(PeriodType type, LocalDate start, LocalDate end) {
        if (type == null) {
            String id = (start == null ? "" : start + "/") + end;
            return new Time(id, start == null ? "截至" + end : start + "至" + end, start, end);
        }
        String id = switch (type) {
            case YEAR -> String.valueOf(start.getYear());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> MONTH.format(start);
            case YTD -> MONTH.format(start) + "/" + MONTH.format(end);
            case ASOF -> end.toString();
            default -> start + "/" + end;
        };
        return new Time(id, PeriodLabels.of(type, start, end), start, end);
    }

    private static String statusOf(Qualifier qualifier) {
        if (qualifier == null) {
            return null;
        }
        return switch (qualifier) {
            case APPROX -> "e";
            case AT_LEAST -> "g";
            case AT_MOST -> "l";
            case RANGE -> "r";
            case EXACT -> null;
        };
    }

    /** Digits after the point the values need, at most four. */
    private static int decimals(List<BigDecimal> values) {
        return Math.min(4, values.stream().filter(Objects::nonNull)
                .mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale())).max().orElse(0));
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
