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

    /** A task that heads a paragraph of a work report's plans: a verb of effort and a few words (持续优化营商环境。). */
    private static final Pattern TASK_HEADING = Pattern.compile(
            "\\s*(?:全力|持续|加快|深化|推动|强化|扎实|着力|大力|积极|统筹|全面|坚定|聚力|奋力)[\\u4e00-\\u9fff“”、]{2,12}[。！]?");

    /**
     * Whether the first sentence of a paragraph, [from,end), is a task heading of the year's plans in a report given in the
     * 两会 season (全力扩大对外开放。推动…进出口总额增长10%以上): the figures after it are goals, as after 2026年，全市将…; the
     * caller asks this only of figures dated after publication, so a review of the year before is left alone.
     */
    static boolean taskHeading(String t, int from, int end, LocalDate published) {
        return published.getMonthValue() <= LAST_REPORT_MONTH && end < t.length() && t.charAt(end) == '。'
                && TASK_HEADING.matcher(t).region(from, end).matches();
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
