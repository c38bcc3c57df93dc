package io.zhibiao.series;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import io.zhibiao.extract.PeriodType;

/**
 * Chinese labels for periods by their type: 2025年, 2025年第3季度, 2025年11月, 2025年1-9月累计, 2021-2025年,
 * 2025年末; and the groups a line may join (annual values, or 1-9月 totals of several years). Here, below the charts,
 * so JSON-stat labels its times as the charts label their axes.
 */
public final class PeriodLabels {

    private static final MonthDay DEC_31 = MonthDay.of(12, 31);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private PeriodLabels() {
    }

    public static String of(PeriodType type, LocalDate start, LocalDate end) {
        return switch (type) {
            case YEAR -> start.getYear() + "年";
            case QUARTER -> start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度";
            case MONTH -> start.getYear() + "年" + start.getMonthValue() + "月";
            case YTD -> end.getYear() + "年1-" + end.getMonthValue() + "月累计";
            case ASOF -> MonthDay.from(end).equals(DEC_31) ? end.getYear() + "年末"
                    : end.getDayOfMonth() == end.lengthOfMonth() ? end.getYear() + "年" + end.getMonthValue() + "月末"
                    : "截至" + DAY.format(end);
            default -> wholeYears(start, end) ? start.getYear() + "-" + end.getYear() + "年" : DAY.format(start) + "至" + DAY.format(end);
        };
    }

    /**
     * What points of one line share: the type, and for totals-to-date and stocks the day they end on
     * (a 1-9月 total is never joined to a 1-11月 one), for spans their length.
     */
    public static String group(PeriodType type, LocalDate start, LocalDate end) {
        return switch (type) {
            case YTD, ASOF -> type.code() + "-" + end.getMonthValue() + "-" + end.getDayOfMonth();
            case SPAN -> type.code() + "-" + start.until(end.plusDays(1)).toTotalMonths();
            default -> type.code();
        };
    }

    /** How a legend or subtitle names a group: 年度, 1-9月累计, 5年期, 年末数. */
    public static String groupName(PeriodType type, LocalDate start, LocalDate end) {
        return switch (type) {
            case YEAR -> "年度";
            case QUARTER -> "季度";
            case MONTH -> "月度";
            case YTD -> "1-" + end.getMonthValue() + "月累计";
            case ASOF -> MonthDay.from(end).equals(DEC_31) ? "年末数" : end.getMonthValue() + "月" + end.getDayOfMonth() + "日时点数";
            default -> {
                long months = start.until(end.plusDays(1)).toTotalMonths();
                yield months % 12 == 0 ? months / 12 + "年期" : months + "个月期";
            }
        };
    }

    /** Whether two periods of one line follow each other without a gap between them. */
    public static boolean adjacent(PeriodType type, LocalDate previousStart, LocalDate previousEnd, LocalDate start) {
        return switch (type) {
            // One total-to-date or stock a year: the next year's is the neighbour.
            case YTD, ASOF -> start.getYear() == previousStart.getYear() + 1;
            default -> !start.isAfter(previousEnd.plusDays(1));
        };
    }

    /** A date as the footnote writes it: 2025年9月30日. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static boolean wholeYears(LocalDate start, LocalDate end) {
        return start.getMonthValue() == 1 && start.getDayOfMonth() == 1 && MonthDay.from(end).equals(DEC_31);
    }

    /** The years a set of periods spans, for file names: 2025 or 2021-2025. */
    public static String years(int first, int last) {
        return first == last ? String.valueOf(first) : first + "-" + last;
    }
}
