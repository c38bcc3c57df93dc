package io.zhibiao.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.Qualifier;

/**
 * The growth line of a level-growth chart: for each level, the growth rate stated for its period; where none is
 * stated and the growth is nominal, the rate computed from the level a year before, marked as computed. Real growth
 * (at comparable prices) is never computed from current-price levels: a period without a stated rate is a gap.
 */
final class GrowthRates {

    private GrowthRates() {
    }

    /** The growth points for {@code levels} (each tagged with its role), from the stated rates {@code stated}. */
    static List<ChartPoint> of(List<ChartPoint> levels, List<ChartPoint> stated, boolean real) {
        Map<String, ChartPoint> statedByPeriod = new HashMap<>();
        stated.forEach(p -> statedByPeriod.put(period(p), p));
        Map<String, ChartPoint> levelByPeriod = new HashMap<>();
        levels.forEach(p -> levelByPeriod.put(period(p), p));
        List<ChartPoint> out = new ArrayList<>();
        for (ChartPoint level : levels) {
            ChartPoint rate = statedByPeriod.get(period(level));
            if (rate != null) {
                out.add(tagged(level, rate.value(), rate.qualifier(), ChartPoint.Role.GROWTH));
                continue;
            }
            ChartPoint yearBefore = levelByPeriod.get(period(level, 1));
            if (!real && yearBefore != null && yearBefore.value().signum() > 0 && level.qualifier() == Qualifier.EXACT
                    && yearBefore.qualifier() == Qualifier.EXACT) {
                BigDecimal computed = level.value().subtract(yearBefore.value()).multiply(BigDecimal.valueOf(100))
                        .divide(yearBefore.value(), 1, RoundingMode.HALF_UP);
                out.add(tagged(level, computed, Qualifier.EXACT, ChartPoint.Role.COMPUTED_GROWTH));
            }
        }
        return out;
    }

    private static ChartPoint tagged(ChartPoint level, BigDecimal value, Qualifier qualifier, ChartPoint.Role role) {
        return new ChartPoint(level.category(), level.periodType(), level.periodStart(), level.periodEnd(),
                level.regionCode(), Kind.ACTUAL, value, null, qualifier, role);
    }

    private static String period(ChartPoint p) {
        return period(p, 0);
    }

    /** The period's key, {@code yearsBack} years earlier (the same months: growth is year on year). */
    private static String period(ChartPoint p, int yearsBack) {
        return p.periodType().code() + "|" + p.periodStart().minusYears(yearsBack) + "|" + p.periodEnd().minusYears(yearsBack);
    }
}
