package io.zhibiao.charts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value a chart shows, with everything the CSV beside the chart says about it.
 *
 * @param category    the label drawn for it: its period (2025年1-9月累计), or its region in a comparison
 * @param periodType  year, quarter, month, ytd, span or asof
 * @param regionCode  the region the value is about
 * @param kind        {@code actual} or {@code target}
 * @param value       value in base units (the lower bound for ranges and at_least)
 * @param valueMax    upper bound of a range, else null
 * @param qualifier   exact, approx, at_least, at_most or range
 */
record ChartPoint(String category, String periodType, LocalDate periodStart, LocalDate periodEnd, String regionCode,
        String kind, BigDecimal value, BigDecimal valueMax, String qualifier) {

    boolean target() {
        return kind.equals("target");
    }

    /** The line a point belongs to: its kind and its period group, never two period types on one line. */
    String line() {
        return kind + "|" + PeriodLabels.group(periodType, periodStart, periodEnd);
    }
}
