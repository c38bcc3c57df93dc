package io.zhibiao.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.system.ProblemException;

/**
 * FRED's data transformations ({@code units=}) on a series: levels, change, change from a year ago, percent
 * change and percent change from a year ago. The earlier period is the one just before (the previous year,
 * quarter or month) or the same period a year before; a point whose earlier period was not reported gets a null
 * value (FRED's "."), never a change over a longer gap.
 */
@Schema(description = "The transformation applied to the values (FRED's units): lin levels, chg change from the "
        + "previous period, ch1 change from a year ago, pch percent change from the previous period, pc1 percent "
        + "change from a year ago")
public enum Units {
    LIN("levels"),
    CHG("change from the previous period, in the series' unit"),
    CH1("change from the same period a year ago, in the series' unit"),
    PCH("percent change from the previous period"),
    PC1("percent change from the same period a year ago");

    /** Percent changes keep four decimals (FRED prints two; the extra two keep sums of changes honest). */
    private static final int PERCENT_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String meaning;

    Units(String meaning) {
        this.meaning = meaning;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String meaning() {
        return meaning;
    }

    /** The 'units' parameter: lin when absent; a transform of a rate is refused (its changes are indicators of their own). */
    static Units parse(String value, UnitClass unitClass) {
        if (value == null || value.isBlank()) {
            return LIN;
        }
        Units units = Arrays.stream(values()).filter(u -> u.code().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("Parameter 'units' must be one of "
                        + Arrays.stream(values()).map(Units::code).toList() + ", not '" + value + "'"));
        if (units != LIN && DisplayUnit.isRate(unitClass)) {
            throw ProblemException.badRequest("Parameter 'units': " + value + " is not offered on an indicator counted in "
                    + unitClass.code() + " (a rate); its changes are reported as indicators of their own (CODE.yoy, CODE.yoy.pp)");
        }
        return units;
    }

    boolean percent() {
        return this == PCH || this == PC1;
    }

    /** The points of one series, transformed; each keeps its period, kind and observation. */
    List<SeriesPoint> apply(List<SeriesPoint> points) {
        if (this == LIN) {
            return points;
        }
        Map<String, SeriesPoint> byPeriod = new HashMap<>();
        for (SeriesPoint p : points) {
            byPeriod.put(key(p.kind(), p.periodStart(), p.periodEnd()), p);
        }
        var out = new ArrayList<SeriesPoint>(points.size());
        for (SeriesPoint p : points) {
            LocalDate[] earlier = earlierPeriod(p);
            SeriesPoint before = earlier == null ? null : byPeriod.get(key(p.kind(), earlier[0], earlier[1]));
            out.add(transformed(p, before));
        }
        return out;
    }

    private SeriesPoint transformed(SeriesPoint now, SeriesPoint before) {
        if (before == null || now.value() == null || before.value() == null
                || (percent() && before.value().signum() == 0)) {
            return now.withValue(null, now.qualifier());
        }
        BigDecimal change = now.value().subtract(before.value());
        BigDecimal value = percent()
                ? change.multiply(HUNDRED).divide(before.value().abs(), PERCENT_SCALE, RoundingMode.HALF_EVEN)
                : change;
        // A change between two figures is exact only when both are; any other mix is an approximation.
        boolean exact = now.qualifier() == Qualifier.EXACT && before.qualifier() == Qualifier.EXACT;
        return now.withValue(value, exact ? Qualifier.EXACT : Qualifier.APPROX);
    }

    /** The previous period for chg/pch, the same period a year before for ch1/pc1; null when there is none. */
    private LocalDate[] earlierPeriod(SeriesPoint p) {
        if (this == CH1 || this == PC1) {
            return new LocalDate[] {p.periodStart().minusYears(1), yearBefore(p.periodEnd())};
        }
        return switch (p.periodType()) {
            case YEAR -> new LocalDate[] {p.periodStart().minusYears(1), p.periodEnd().minusYears(1)};
            case QUARTER -> new LocalDate[] {p.periodStart().minusMonths(3), p.periodStart().minusDays(1)};
            case MONTH -> new LocalDate[] {p.periodStart().minusMonths(1), p.periodStart().minusDays(1)};
            // A total to date, a span or a stock has no single previous period of its own kind.
            default -> null;
        };
    }

    /** The same day a year before; a month's last day stays the month's last day (29 February 2024 → 28 February 2023). */
    private static LocalDate yearBefore(LocalDate end) {
        LocalDate before = end.minusYears(1);
        return end.equals(YearMonth.from(end).atEndOfMonth()) ? YearMonth.from(before).atEndOfMonth() : before;
    }

    private static String key(Kind kind, LocalDate start, LocalDate end) {
        return kind.code() + ' ' + start + ' ' + end;
    }
}
