package io.zhibiao.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;

/**
 * The points of a structure chart: per period, the parts' levels, the whole's, and each part's share of the whole in
 * percent. The share is of the stated whole where the parts stay within it; where they exceed it (or no whole is
 * stated) it is of the parts' sum; where they fall short of it the rest is a share of its own (未列明), never spread over
 * the parts.
 */
final class Shares {

    /** Parts within half a percent of their whole add up to it (bulletins round each part). */
    static final BigDecimal TOLERANCE = new BigDecimal("0.005");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {
    }

    /**
     * The chart's points from the chosen figures (each tagged with its indicator), in the period type with the most
     * periods that can be stacked (ties: {@code typeOrder}); a period can be stacked with all its parts, or with the
     * whole and some parts.
     */
    static List<ChartPoint> of(String whole, List<String> parts, List<ChartPoint> figures, List<String> typeOrder) {
        Map<PeriodType, Map<String, Map<String, ChartPoint>>> byType = new LinkedHashMap<>();
        for (ChartPoint f : figures) {
            byType.computeIfAbsent(f.periodType(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(f.periodStart() + "|" + f.periodEnd(), k -> new LinkedHashMap<>()).put(f.indicator(), f);
        }
        Map<PeriodType, List<Map<String, ChartPoint>>> stackable = new LinkedHashMap<>();
        byType.forEach((type, periods) -> stackable.put(type, periods.values().stream()
                .filter(p -> stackable(p, whole, parts)).toList()));
        PeriodType chosen = stackable.keySet().stream()
                .max(Comparator.comparingInt((PeriodType t) -> stackable.get(t).size())
                        .thenComparing(t -> -typeOrder.indexOf(t.code())))
                .orElse(null);
        List<ChartPoint> out = new ArrayList<>();
        if (chosen == null) {
            return out;
        }
        List<Map<String, ChartPoint>> periods = new ArrayList<>(stackable.get(chosen));
        periods.sort(Comparator.comparing((Map<String, ChartPoint> p) -> p.values().iterator().next().periodEnd()));
        for (Map<String, ChartPoint> period : periods) {
            out.addAll(period(period, whole, parts));
        }
        return out;
    }

    private static boolean stackable(Map<String, ChartPoint> period, String whole, List<String> parts) {
        long present = parts.stream().filter(period::containsKey).count();
        return present == parts.size() || period.containsKey(whole) && present > 0;
    }

    private static List<ChartPoint> period(Map<String, ChartPoint> period, String whole, List<String> parts) {
        List<ChartPoint> levels = parts.stream().filter(period::containsKey).map(period::get).toList();
        BigDecimal sum = levels.stream().map(ChartPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        ChartPoint stated = period.get(whole);
        BigDecimal base = sum;
        BigDecimal rest = BigDecimal.ZERO;
        if (stated != null && stated.value().signum() > 0) {
            BigDecimal gap = stated.value().subtract(sum);
            BigDecimal slack = stated.value().multiply(TOLERANCE);
            if (gap.compareTo(slack.negate()) >= 0) {
                base = stated.value();
                rest = gap.compareTo(slack) > 0 ? gap : BigDecimal.ZERO;
            }
        }
        List<ChartPoint> out = new ArrayList<>();
        for (ChartPoint level : levels) {
            out.add(tagged(level, level.value(), level.qualifier(), ChartPoint.Role.PART, level.indicator()));
        }
        if (stated != null) {
            out.add(tagged(stated, stated.value(), stated.qualifier(), ChartPoint.Role.WHOLE, whole));
        }
        if (base.signum() <= 0) {
            return List.of();
        }
        for (ChartPoint level : levels) {
            out.add(tagged(level, percent(level.value(), base), Qualifier.EXACT, ChartPoint.Role.SHARE, level.indicator()));
        }
        if (rest.signum() > 0) {
            out.add(tagged(stated, percent(rest, base), Qualifier.EXACT, ChartPoint.Role.REST, whole));
        }
        return out;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal base) {
        return part.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }

    private static ChartPoint tagged(ChartPoint p, BigDecimal value, Qualifier qualifier, ChartPoint.Role role, String indicator) {
        return new ChartPoint(p.category(), p.periodType(), p.periodStart(), p.periodEnd(), p.regionCode(), Kind.ACTUAL, value,
                role == ChartPoint.Role.PART || role == ChartPoint.Role.WHOLE ? p.valueMax() : null, qualifier, role, indicator);
    }

    /** What the base of a period's shares was: the stated whole, the parts' sum beyond the whole, or the sum alone. */
    enum Base { WHOLE, PARTS_EXCEED_WHOLE, NO_WHOLE }

    /** The base of each period of a structure chart, by period label. */
    static Map<String, Base> bases(ChartData data) {
        Map<String, Base> out = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, BigDecimal> wholes = new LinkedHashMap<>();
        for (ChartPoint p : data.points()) {
            if (p.role() == ChartPoint.Role.PART) {
                sums.merge(p.category(), p.value(), BigDecimal::add);
            } else if (p.role() == ChartPoint.Role.WHOLE) {
                wholes.put(p.category(), p.value());
            }
        }
        sums.forEach((period, sum) -> {
            BigDecimal whole = wholes.get(period);
            out.put(period, whole == null || whole.signum() <= 0 ? Base.NO_WHOLE
                    : sum.subtract(whole).compareTo(whole.multiply(TOLERANCE)) > 0 ? Base.PARTS_EXCEED_WHOLE : Base.WHOLE);
        });
        return out;
    }
}
