package io.zhibiao.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Plans a figure's words make of it though they hold no plan cue: a class of projects the year's list plans to start
 * (143个计划新开工项目), and the programme a first-quarter report goes on with (今年继续安排20件民生实事): in the 两会 season
 * the year's work is still to be done.
 */
final class YearPlans {

    /** 继续安排, 继续实施, 继续办好: a programme carried on into the year (its yearly list of 民生实事, 重点工程). */
    private static final Pattern CARRIED_ON = Pattern.compile("继续(?:安排|实施|办好|推进|实行)");

    /** The months in which a report about the year ahead is given (the 两会 season). */
    private static final int LAST_REPORT_MONTH = 3;

    private YearPlans() {
    }

    /** The kind of a figure once its words are read: a target when they plan it, else {@code kind}. */
    static Kind kind(Kind kind, String t, int ss, int figureStart, String afterText, PeriodReader.Period period,
                     LocalDate published) {
        if (FigurePeriods.plannedClass(afterText)) {
            return Kind.TARGET;
        }
        return kind == Kind.ACTUAL && carriedOn(t.substring(ss, figureStart), period, published) ? Kind.TARGET : kind;
    }

    /**
     * 今年继续安排20件民生实事，总投入38亿元 in a January report: the year's programme, not yet done; a programme that says it
     * happened (已完成, 全部办结) or a year already over stays a result.
     */
    private static boolean carriedOn(String before, PeriodReader.Period period, LocalDate published) {
        return published.getMonthValue() <= LAST_REPORT_MONTH && period.type() == PeriodType.YEAR
                && period.end().getYear() == published.getYear() && before.contains("继续")
                && CARRIED_ON.matcher(before).find() && !KindReader.saysItHappened(before);
    }
}
