package io.zhibiao.extract;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How long a figure's period is and how it accrues; a series never joins two of them on one line.
 *
 * <p>{@link #code()} is what goes over the wire and into the database.
 */
public enum PeriodType {
    /** a calendar year */
    YEAR,
    /** a calendar quarter (一季度, 2025年第三季度) */
    QUARTER,
    /** one calendar month */
    MONTH,
    /** cumulative from January to a month before December (1-9月, 前三季度, 上半年) */
    YTD,
    /** several years or an irregular span (十四五, 2021年至2024年, 今冬明春) */
    SPAN,
    /** a stock at a date (年末, 截至11月底); only the end date counts */
    ASOF;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type of a plain interval: what its dates alone say (quarters are named, not inferred). */
    public static PeriodType ofDates(LocalDate start, LocalDate end) {
        if (start.getYear() != end.getYear()) {
            return SPAN;
        }
        boolean fromMonthStart = start.getDayOfMonth() == 1;
        boolean toMonthEnd = end.equals(YearMonth.from(end).atEndOfMonth());
        if (!fromMonthStart || !toMonthEnd) {
            return SPAN;
        }
        if (start.getMonthValue() == 1 && end.getMonthValue() == 12) {
            return YEAR;
        }
        if (start.getMonthValue() == end.getMonthValue()) {
            return MONTH;
        }
        return start.getMonthValue() == 1 ? YTD : SPAN;
    }

    public static PeriodType fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
