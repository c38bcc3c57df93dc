package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;

/**
 * Single months (or quarters) out of year-to-date totals: with 1-(N-1)月 and 1-N月 totals of one indicator,
 * region and kind, month N is their difference. Totals from January are the ytd figures, a January month
 * figure (1月 = 1-1月), a first quarter (1-3月) and the year (1-12月). A month is never derived across a gap:
 * both totals must be reported. A 1-2月 total with no January figure is not split (China reports January and
 * February as one figure, around the Spring Festival), so such a year's months start at March.
 *
 * <p>Runs over the points of one region after the selection rule, so a derived value uses the same reports
 * as every other answer; a reported month or quarter always wins over a derived one.
 */
final class YtdDifferences {

    /** Which type a cumulative total of the same months is taken from first, when several were reported. */
    private static final List<PeriodType> CUMULATIVE_PREFERENCE = List.of(PeriodType.YTD, PeriodType.YEAR,
            PeriodType.QUARTER, PeriodType.MONTH);

    private YtdDifferences() {
    }

    /** The reported points of {@code type} (month or quarter) and the ones the totals give, by period end. */
    static List<SeriesPoint> periods(List<SeriesPoint> points, PeriodType type) {
        int step = type == PeriodType.QUARTER ? 3 : 1;
        Map<String, SeriesPoint> totals = cumulativeTotals(points);
        var reported = new HashSet<String>();
        var out = new ArrayList<SeriesPoint>();
        for (SeriesPoint p : points) {
            if (p.periodType() == type) {
                out.add(p);
                reported.add(key(p.kind(), p.periodEnd().getYear(), p.periodEnd().getMonthValue()));
            }
        }
        for (SeriesPoint later : totals.values()) {
            int year = later.periodEnd().getYear();
            int month = later.periodEnd().getMonthValue();
            if (month % step != 0 || reported.contains(key(later.kind(), year, month))) {
                continue;
            }
            if (month == step) {
                // The first quarter is the 1-3月 total itself; there is no 1-1月 total to be a January.
                if (step == 3) {
                    out.add(derived(later, List.of(later), later.value(), type, step));
                }
                continue;
            }
            SeriesPoint earlier = totals.get(key(later.kind(), year, month - step));
            if (earlier != null && later.value() != null && earlier.value() != null) {
                out.add(derived(later, List.of(later, earlier), later.value().subtract(earlier.value()), type, step));
            }
        }
        out.sort(Comparator.comparing(SeriesPoint::periodEnd).thenComparing(SeriesPoint::periodStart)
                .thenComparing(SeriesPoint::kind));
        return out;
    }

    /** Totals from 1 January to a month's end, by kind, year and month; one per key by {@link #CUMULATIVE_PREFERENCE}. */
    private static Map<String, SeriesPoint> cumulativeTotals(List<SeriesPoint> points) {
        Map<String, SeriesPoint> totals = new HashMap<>();
        Set<PeriodType> types = Set.copyOf(CUMULATIVE_PREFERENCE);
        for (SeriesPoint p : points) {
            if (!types.contains(p.periodType()) || !fromJanuary(p)) {
                continue;
            }
            String key = key(p.kind(), p.periodEnd().getYear(), p.periodEnd().getMonthValue());
            SeriesPoint held = totals.get(key);
            if (held == null || CUMULATIVE_PREFERENCE.indexOf(p.periodType()) < CUMULATIVE_PREFERENCE.indexOf(held.periodType())) {
                totals.put(key, p);
            }
        }
        return totals;
    }

    private static boolean fromJanuary(SeriesPoint p) {
        return p.periodStart().getMonthValue() == 1 && p.periodStart().getDayOfMonth() == 1
                && p.periodStart().getYear() == p.periodEnd().getYear()
                && p.periodEnd().equals(YearMonth.from(p.periodEnd()).atEndOfMonth());
    }

    private static SeriesPoint derived(SeriesPoint later, List<SeriesPoint> inputs, BigDecimal value, PeriodType type, int step) {
        LocalDate end = later.periodEnd();
        LocalDate start = YearMonth.from(end).minusMonths(step - 1L).atDay(1);
        // A difference of two figures is exact only when both are; 约 or 余 in either makes it approximate.
        boolean exact = inputs.stream().allMatch(p -> p.qualifier() == Qualifier.EXACT);
        return new SeriesPoint(start, end, type, value, null, exact ? Qualifier.EXACT : Qualifier.APPROX, later.kind(), later.unit(),
                later.observationId(), lowest(inputs), 0, true, inputs.stream().map(SeriesPoint::observationId).toList(),
                // computed from a corrected total: the editor's figure is in it
                inputs.stream().anyMatch(p -> p.reviewed() == Reviewed.CORRECTED) ? Reviewed.CORRECTED : null);
    }

    /** A difference is as doubtful as its most doubtful input (null when any input has no confidence). */
    private static Double lowest(List<SeriesPoint> inputs) {
        Double low = null;
        for (SeriesPoint p : inputs) {
            if (p.confidence() == null) {
                return null;
            }
            low = low == null || p.confidence() < low ? p.confidence() : low;
        }
        return low;
    }

    private static String key(Kind kind, int year, int month) {
        return kind.code() + ' ' + year + ' ' + month;
    }
}
