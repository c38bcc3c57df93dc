package io.zhibiao.charts;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.series.PeriodLabels;

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
 * @param role        what the value is on its chart: the level, or (on a level-growth chart) its growth rate
 * @param indicator   the indicator the value is of when it is not the chart's own (a part on a structure chart), else null
 */
record ChartPoint(String category, PeriodType periodType, LocalDate periodStart, LocalDate periodEnd, String regionCode,
        Kind kind, BigDecimal value, BigDecimal valueMax, Qualifier qualifier, Role role, String indicator) {

    /**
     * Stated growth and growth computed from the levels are apart, so a computed rate never passes for a stated one; a
     * ranking's highlighted region and its reference (the parent's value, or the children's average) are marked too.
     */
    enum Role {
        LEVEL("level"), GROWTH("growth"), COMPUTED_GROWTH("computed_growth"), HIGHLIGHT("highlight"),
        PARENT("parent"), AVERAGE("average"),
        /** A structure chart: a part's level, the whole's level, a part's share of the whole (%), the unlisted rest (%). */
        PART("part"), WHOLE("whole"), SHARE("share"), REST("rest");

        final String code;

        Role(String code) {
            this.code = code;
        }
    }

    ChartPoint(String category, PeriodType periodType, LocalDate periodStart, LocalDate periodEnd, String regionCode,
            Kind kind, BigDecimal value, BigDecimal valueMax, Qualifier qualifier) {
        this(category, periodType, periodStart, periodEnd, regionCode, kind, value, valueMax, qualifier, Role.LEVEL);
    }

    ChartPoint(String category, PeriodType periodType, LocalDate periodStart, LocalDate periodEnd, String regionCode,
            Kind kind, BigDecimal value, BigDecimal valueMax, Qualifier qualifier, Role role) {
        this(category, periodType, periodStart, periodEnd, regionCode, kind, value, valueMax, qualifier, role, null);
    }

    /** A share of a structure chart (percent of the whole), never a value in the chart's unit. */
    boolean share() {
        return role == Role.SHARE || role == Role.REST;
    }

    boolean growth() {
        return role == Role.GROWTH || role == Role.COMPUTED_GROWTH;
    }

    /** A ranking's reference line rather than one of its bars. */
    boolean reference() {
        return role == Role.PARENT || role == Role.AVERAGE;
    }

    boolean target() {
        return kind == Kind.TARGET;
    }

    /** The line a point belongs to: its kind and its period group, never two period types on one line. */
    String line() {
        return kind.code() + "|" + PeriodLabels.group(periodType, periodStart, periodEnd);
    }
}
