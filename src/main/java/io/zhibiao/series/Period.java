package io.zhibiao.series;

import static io.zhibiao.series.Tables.O_END;
import static io.zhibiao.series.Tables.O_START;

import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.Field;

import io.zhibiao.system.Inputs;
import io.zhibiao.system.Inputs.DayForms;
import io.zhibiao.system.ProblemException;

/**
 * The period a query asks about: {@code 2025} (the year), {@code 2021/2025} (years 2021 to 2025, as
 * 十四五 is stored), {@code 2025-01-01/2025-06-30} (that exact interval), or {@code 2025-11-30} (as of
 * that day: any period ending then, such as 截至11月底). Its days are read by {@link Inputs#readDay}, as every day
 * parameter is.
 *
 * @param start first day, or null for an as-of date
 * @param end   last day
 */
record Period(LocalDate start, LocalDate end) {

    static final String SYNTAX = "YYYY, YYYY/YYYY, YYYY-MM-DD (as of that day) or YYYY-MM-DD/YYYY-MM-DD";

    static Period parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' is required: " + SYNTAX);
        }
        int slash = text.indexOf('/');
        String first = slash < 0 ? text : text.substring(0, slash);
        String last = slash < 0 ? text : text.substring(slash + 1);
        boolean asOfADay = slash < 0 && first.indexOf('-') >= 0;
        LocalDate start = asOfADay ? null : day(first, false);
        LocalDate end = day(last, true);
        if (end == null || (!asOfADay && start == null)) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' must be " + SYNTAX + ", between "
                    + Inputs.FIRST_QUERY_DAY + " and " + Inputs.LAST_QUERY_DAY + ", not '" + text + "'");
        }
        if (start != null && end.isBefore(start)) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' ends before it starts: '" + text + "'");
        }
        return new Period(start, end);
    }

    /** Either end: a year stands for its first or last day; null when it is no day of the query range. */
    private static LocalDate day(String text, boolean end) {
        return Inputs.readDay(text, DayForms.YEAR_OR_DATE, end, Inputs.FIRST_QUERY_DAY, Inputs.LAST_QUERY_DAY).orElse(null);
    }
    Condition condition() {
        return condition(O_START, O_END);
    }

    /** This period over other columns (the fact table's). */
    Condition condition(Field<LocalDate> startColumn, Field<LocalDate> endColumn) {
        return start == null ? endColumn.eq(end) : startColumn.eq(start).and(endColumn.eq(end));
    }
}
