package io.zhibiao.series;

import static io.zhibiao.series.Tables.O_END;
import static io.zhibiao.series.Tables.O_START;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.regex.Pattern;

import org.jooq.Condition;
import org.jooq.Field;

import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;

/**
 * The period a query asks about: {@code 2025} (the year), {@code 2021/2025} (years 2021 to 2025, as
 * 十四五 is stored), {@code 2025-01-01/2025-06-30} (that exact interval), or {@code 2025-11-30} (as of
 * that day: any period ending then, such as 截至11月底).
 *
 * @param start first day, or null for an as-of date
 * @param end   last day
 */
record Period(LocalDate start, LocalDate end) {

    static final String SYNTAX = "YYYY, YYYY/YYYY, YYYY-MM-DD (as of that day) or YYYY-MM-DD/YYYY-MM-DD";
    /** Said in every date error: the days a query may name. */
    static final String RANGE = "between " + Inputs.FIRST_QUERY_DAY + " and " + Inputs.LAST_QUERY_DAY;
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    static Period parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' is required: " + SYNTAX);
        }
        try {
            int slash = text.indexOf('/');
            if (slash < 0) {
                return YEAR.matcher(text).matches()
                        ? new Period(firstDay(text), lastDay(text))
                        : new Period(null, day(text));
            }
            Period period = new Period(firstDay(text.substring(0, slash)), lastDay(text.substring(slash + 1)));
            if (period.end().isBefore(period.start())) {
                throw ProblemException.badRequest("Parameter '" + parameter + "' ends before it starts: '" + text + "'");
            }
            return period;
        } catch (DateTimeException | NumberFormatException e) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' must be " + SYNTAX + ", " + RANGE + ", not '"
                    + text + "'");
        }
    }

    /** {@code 2025} → 2025-01-01, a date → itself. */
    static LocalDate firstDay(String text) {
        return YEAR.matcher(text).matches() ? inRange(LocalDate.of(Integer.parseInt(text), 1, 1)) : day(text);
    }

    /** {@code 2025} → 2025-12-31, a date → itself. */
    static LocalDate lastDay(String text) {
        return YEAR.matcher(text).matches() ? inRange(LocalDate.of(Integer.parseInt(text), 12, 31)) : day(text);
    }

    /** YYYY-MM-DD in ASCII digits within {@link #RANGE}; LocalDate.parse alone takes +999999999-01-01. */
    private static LocalDate day(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new DateTimeException("not YYYY-MM-DD: " + text);
        }
        return inRange(LocalDate.parse(text));
    }

    private static LocalDate inRange(LocalDate day) {
        if (day.isBefore(Inputs.FIRST_QUERY_DAY) || day.isAfter(Inputs.LAST_QUERY_DAY)) {
            throw new DateTimeException(day + " is not " + RANGE);
        }
        return day;
    }

    Condition condition() {
        return condition(O_START, O_END);
    }

    /** This period over other columns (the fact table's). */
    Condition condition(Field<LocalDate> startColumn, Field<LocalDate> endColumn) {
        return start == null ? endColumn.eq(end) : startColumn.eq(start).and(endColumn.eq(end));
    }
}
