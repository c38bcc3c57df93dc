package io.zhibiao.charts;

import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.zhibiao.extract.Qualifier;
import io.zhibiao.series.DisplayUnit;
import io.zhibiao.series.PeriodLabels;

/** The words a chart prints: its unit and period group, its sources and notes, and each value with its qualifier. */
final class ChartTexts {

    private static final int MAX_SOURCES = 3;
    private static final int MAX_SOURCE_TITLE = 26;

    private ChartTexts() {
    }

    /** The text cut with an ellipsis to the chart's width. */
    static String fit(String text, Font font, ChartRenderer.Layout layout) {
        double room = layout.width() - 2.2 * layout.padding();
        if (layout.textWidth(text, font) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 1 && layout.textWidth(text.substring(0, end) + "…", font) > room) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }

    static String subtitle(ChartData data, DisplayUnit scale) {
        String unit = scale.unit().isEmpty() ? "单位：比值" : "单位：" + scale.unit();
        if (data.kind().equals(LevelGrowthPlot.KIND) || data.kind().equals(CumulativePlot.KIND) && !data.growthRates().isEmpty()) {
            unit += "（柱）、%（线）";
        }
        if (data.kind().equals(StructurePlot.KIND)) {
            // The bars are shares; the levels they come from are in the CSV.
            Set<String> groups = new LinkedHashSet<>();
            data.points().forEach(p -> groups.add(PeriodLabels.groupName(p.periodType(), p.periodStart(), p.periodEnd())));
            return "单位：%　口径：" + String.join("、", groups);
        }
        if (data.kind().equals(CumulativePlot.KIND)) {
            return unit + "　口径：" + data.periodStart().getYear() + "年1-N月累计";
        }
        if (data.overTime()) {
            Set<String> groups = new LinkedHashSet<>();
            data.points().forEach(p -> groups.add(PeriodLabels.groupName(p.periodType(), p.periodStart(), p.periodEnd())));
            // One period group: say it here (a legend names them when there are several).
            return groups.size() == 1 ? unit + "　口径：" + groups.iterator().next() : unit;
        }
        return unit;
    }

    /** What the source line adds when an editor corrected a value the chart shows (io.zhibiao.corrections). */
    static final String CORRECTED = "（部分数据经人工核校）";

    /** 来源：… with as many sources as fit the width; the rest are counted; and whether a value was corrected. */
    static String sourcesLine(ChartData data, double room, java.util.function.ToDoubleFunction<String> width) {
        String line = sourcesOnly(data, room - (corrected(data) && width != null ? width.applyAsDouble(CORRECTED) : 0), width);
        return corrected(data) ? line + CORRECTED : line;
    }

    static boolean corrected(ChartData data) {
        return data.sources().stream().anyMatch(ChartSource::corrected);
    }

    private static String sourcesOnly(ChartData data, double room, java.util.function.ToDoubleFunction<String> width) {
        List<ChartSource> sources = data.sources();
        for (int shown = Math.min(MAX_SOURCES, sources.size()); shown >= 0; shown--) {
            for (int titleLength : new int[] { MAX_SOURCE_TITLE, 12, 0 }) {
                StringBuilder line = new StringBuilder("来源：");
                for (int i = 0; i < shown; i++) {
                    ChartSource s = sources.get(i);
                    if (i > 0) {
                        line.append("；");
                    }
                    line.append(s.source());
                    if (titleLength > 0) {
                        line.append("《").append(shorten(s.title(), titleLength)).append("》");
                    }
                    line.append("，").append(s.published());
                }
                if (shown == 0) {
                    line.append(sources.get(0).source()).append("等");
                }
                if (sources.size() > shown) {
                    line.append(shown > 0 ? " 等" : "").append(sources.size()).append("篇报道");
                }
                if (width == null || width.applyAsDouble(line.toString()) <= room) {
                    return line.toString();
                }
            }
        }
        return "来源：" + sources.size() + "篇报道";
    }

    static String notesLine(ChartData data) {
        List<String> notes = new ArrayList<>();
        Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
        data.points().forEach(p -> qualifiers.add(p.qualifier()));
        if (qualifiers.contains(Qualifier.APPROX)) {
            notes.add("“约”为约数");
        }
        if (qualifiers.contains(Qualifier.AT_LEAST)) {
            notes.add("“≥”为下限");
        }
        if (qualifiers.contains(Qualifier.AT_MOST)) {
            notes.add("“≤”为上限");
        }
        if (qualifiers.contains(Qualifier.RANGE) || qualifiers.contains(Qualifier.AT_LEAST)) {
            notes.add("区间和下限值取下限绘制");
        }
        if (data.hasTargets()) {
            notes.add(data.type().equals("line") ? "虚线为目标值" : "斜线填充为目标值");
        }
        notes.addAll(LevelGrowthPlot.notes(data));
        notes.addAll(RankingPlot.notes(data));
        notes.addAll(StructurePlot.notes(data));
        notes.addAll(CumulativePlot.notes(data));
        String prefix = notes.isEmpty() ? "" : "注：" + String.join("，", notes) + "。";
        return prefix + "数据截至" + PeriodLabels.day(data.dataEnd());
    }

    static String shorten(String title, int length) {
        return title.codePointCount(0, title.length()) <= length ? title
                : title.substring(0, title.offsetByCodePoints(0, length)) + "…";
    }

    /** The unit the axis, labels and CSV show: the one the JSON gives the same values (亿元 rather than 100000000元). */
    static DisplayUnit scale(ChartData data) {
        String base = DisplayUnit.baseUnit(data.unitClass(), Collections.singletonList(data.unitWord()));
        // Growth rates (a level-growth chart's second axis) are percent whatever the level's unit: they do not pick it.
        List<BigDecimal> values = data.levels().stream().flatMap(p -> Stream.of(p.value(), p.valueMax())).toList();
        return DisplayUnit.of(data.unitClass(), base, values);
    }

    /** The number as printed on the chart, with its qualifier: 约2,000, ≥1,500, 300–500. */
    static String valueLabel(ChartPoint p, DisplayUnit scale) {
        String value = number(p.value(), scale);
        return switch (p.qualifier()) {
            case APPROX -> "约" + value;
            case AT_LEAST -> "≥" + value;
            case AT_MOST -> "≤" + value;
            case RANGE -> p.valueMax() == null ? value : value + "–" + number(p.valueMax(), scale);
            default -> value;
        };
    }

    static String number(BigDecimal value, DisplayUnit scale) {
        // Up to four decimals: a label rounds only what the scale made fractional, never a stored digit away.
        BigDecimal scaled = scale.inUnit(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return new DecimalFormat("#,##0.####").format(scaled);
    }
}
