package io.zhibiao.charts;

import java.math.BigDecimal;

/**
 * One value a chart shows.
 *
 * @param category the x-axis label (a period, or a region in a comparison)
 * @param kind     {@code actual} or {@code target}
 * @param value    value in base units (the lower bound for ranges and at_least)
 * @param valueMax upper bound of a range, else null
 * @param qualifier exact, approx, at_least, at_most or range
 */
record ChartPoint(String category, String kind, BigDecimal value, BigDecimal valueMax, String qualifier) {
}
