package io.zhibiao.charts;

import java.time.LocalDate;
import java.time.MonthDay;

/** Chinese labels for the periods observations cover: 2025年, 2025年11月, 2025年1-11月, 2021-2025年. */
final class PeriodLabels {

    private static final MonthDay JAN_1 = MonthDay.of(1, 1);
    private static final MonthDay DEC_31 = MonthDay.of(12, 31);

    private PeriodLabels() {
    }

    static String of(LocalDate start, LocalDate end) {
        boolean fromYearStart = MonthDay.from(start).equals(JAN_1);
        boolean toYearEnd = MonthDay.from(end).equals(DEC_31);
        boolean toMonthEnd = end.getDayOfMonth() == end.lengthOfMonth();
        if (fromYearStart && toYearEnd) {
            return start.getYear() == end.getYear() ? start.getYear() + "年" : start.getYear() + "-" + end.getYear() + "年";
        }
        if (start.getYear() == end.getYear() && start.getDayOfMonth() == 1 && toMonthEnd) {
            if (start.getMonthValue() == end.getMonthValue()) {
                return start.getYear() + "年" + start.getMonthValue() + "月";
            }
            return start.getYear() + "年" + start.getMonthValue() + "-" + end.getMonthValue() + "月";
        }
        if (start.equals(end)) {
            return end.getYear() + "年" + end.getMonthValue() + "月" + end.getDayOfMonth() + "日";
        }
        return start + "至" + end;
    }

    /** The years a set of periods spans, for file names: 2025 or 2021-2025. */
    static String years(int first, int last) {
        return first == last ? String.valueOf(first) : first + "-" + last;
    }
}
