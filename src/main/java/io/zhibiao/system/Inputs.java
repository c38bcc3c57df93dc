package io.zhibiao.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Strict readers of request values, shared by every feature: ASCII digits only (Java's parsers also
 * read ３６００００ and ٣), dates within a stated range, flags that are true or false and nothing
 * else, text without control characters or lone surrogates. Each failure is a 400 naming the value.
 */
public final class Inputs {

    /** Dates of queries (from, to, period): wide enough for history and long-range targets (2060). */
    public static final LocalDate FIRST_QUERY_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_QUERY_DAY = LocalDate.of(2100, 12, 31);
    /** The first day a newspaper of the People's Republic can carry. */
    public static final LocalDate FIRST_PUBLISHED_DAY = LocalDate.of(1949, 10, 1);

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** How a day may be written in a parameter; a year or a month stands for its first or its last day. */
    public enum DayForms {
        DATE("YYYY-MM-DD"),
        YEAR_OR_DATE("YYYY or YYYY-MM-DD"),
        YEAR_MONTH_OR_DATE("YYYY, YYYY-MM or YYYY-MM-DD");

        private final String syntax;

        DayForms(String syntax) {
            this.syntax = syntax;
        }

        /** The forms as an error message names them. */
        public String syntax() {
            return syntax;
        }
    }

    private Inputs() {
    }

    /** A whole number written in ASCII digits from {@code min} to {@code max}; {@code fallback} when absent. */
    public static long wholeNumber(String name, String value, long fallback, long min, long max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        String digits = value.startsWith("-") ? value.substring(1) : value;
        if (DIGITS.matcher(digits).matches()) {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw ProblemException.badRequest(
                "Parameter '" + name + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    /** A database id: a positive whole number in ASCII digits. */
    public static long id(String name, String value) {
        if (value != null && DIGITS.matcher(value).matches() && Long.parseLong(value) > 0) {
            return Long.parseLong(value);
        }
        throw ProblemException.badRequest("Parameter '" + name + "' must be a positive whole number, not '" + value + "'");
    }

    /** {@code true} or {@code false}; {@code fallback} when absent. */
    public static boolean flag(String name, String value, boolean fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest("Parameter '" + name + "' must be true or false, not '" + value + "'");
        };
    }

    /** A real date YYYY-MM-DD (ASCII digits) from {@code first} to {@code last}, both named in the error. */
    public static LocalDate date(String what, String value, LocalDate first, LocalDate last) {
        LocalDate day = value == null ? null : read(value, DayForms.DATE, false);
        if (day == null) {
            throw ProblemException.badRequest(what + " must be a real date YYYY-MM-DD, not '" + value + "'");
        }
        return inRange(what, day, first, last);
    }

    /** An optional date parameter: null when absent or empty (as every optional parameter), else {@link #date} of it. */
    public static LocalDate optionalDate(String parameter, String value, LocalDate first, LocalDate last) {
        return value == null || value.isEmpty() ? null : date("Parameter '" + parameter + "'", value, first, last);
    }

    /**
     * An optional day parameter in one of {@code forms}, the first day of a year or month it names (the last when
     * {@code end}): null when absent or blank, 400 naming the forms and the range when malformed or outside it.
     */
    public static LocalDate day(String parameter, String value, DayForms forms, boolean end, LocalDate first,
            LocalDate last) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return readDay(value.strip(), forms, end, first, last).orElseThrow(() -> ProblemException.badRequest("Parameter '"
                + parameter + "' must be " + forms.syntax() + ", between " + first + " and " + last + ", not '" + value + "'"));
    }

    /**
     * The one reader of days in parameters: {@code text} in one of {@code forms} (ASCII digits; Java's parsers also take
     * +999999999-01-01), a real day from {@code first} to {@code last}, or empty.
     */
    public static Optional<LocalDate> readDay(String text, DayForms forms, boolean end, LocalDate first, LocalDate last) {
        LocalDate day = read(text, forms, end);
        return day == null || day.isBefore(first) || day.isAfter(last) ? Optional.empty() : Optional.of(day);
    }

    private static LocalDate read(String text, DayForms forms, boolean end) {
        try {
            if (forms != DayForms.DATE && YEAR.matcher(text).matches()) {
                int year = Integer.parseInt(text);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            if (forms == DayForms.YEAR_MONTH_OR_DATE && MONTH.matcher(text).matches()) {
                YearMonth month = YearMonth.parse(text);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
        } catch (DateTimeException e) {
            return null; // an impossible date such as 2025-02-30
        }
    }

    /** Refuses a day outside {@code first..last}, saying the range. */
    public static LocalDate inRange(String what, LocalDate day, LocalDate first, LocalDate last) {
        if (day.isBefore(first) || day.isAfter(last)) {
            throw ProblemException.badRequest(what + " must be from " + first + " to " + last + ", not " + day);
        }
        return day;
    }

    /**
     * Checks a one-line text field (title, source): at most {@code maxChars} characters, no control
     * characters and no lone surrogates (PostgreSQL would store a '?' in their place).
     */
    public static String line(String field, String value, int maxChars) {
        if (value.codePointCount(0, value.length()) > maxChars) {
            throw ProblemException.badRequest("Field '" + field + "' has " + value.codePointCount(0, value.length())
                    + " characters; the limit is " + maxChars);
        }
        String bad = flaw(value, false);
        if (bad != null) {
            throw ProblemException.badRequest("Field '" + field + "' holds " + bad);
        }
        return value;
    }

    /**
     * What is wrong with a text that must be stored or compared as UTF-8, or null: a NUL, another
     * control character (line breaks and tabs allowed when {@code multiLine}), or a lone surrogate.
     */
    public static String flaw(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "a NUL character (U+0000) at " + i;
            }
            if ((c < 0x20 || c == 0x7f) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return String.format("a control character (U+%04X) at %d", (int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("a lone surrogate (U+%04X) at %d: not valid Unicode text", (int) c, i);
            }
        }
        return null;
    }
}
