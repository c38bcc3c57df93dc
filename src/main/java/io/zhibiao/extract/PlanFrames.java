package io.zhibiao.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frames that make the figures in them a year's targets whatever their verbs: a list of the year's main expected targets
 * (主要预期目标是：…，能耗累计下降3%；…) to the end of its paragraph, and a year's budget: the lines of a budget draft (预算草案,
 * 2025年预算安排如下, 收入预算为, 支出安排) and the budget a result is measured against (完成调整预算37.5亿元的106.1%); a budget's
 * execution and 决算 report results.
 */
final class PlanFrames {

    /**
     * A budget's amount right before the figure: 收入预算为, 调整预算, 年初预算, 预算数, 支出安排, 拟安排, 预算安排教育支出; not the
     * name of a budget (一般公共预算, 政府性基金预算, 国有资本经营预算, 社会保险基金预算), whose figures are what was collected or
     * spent, nor what a result exceeded it by (超预算0.3亿元).
     */
    private static final String LINE = "(?:(?<![共营金险超])预算(?:草案)?数?|(?:收入|支出)(?:预算)?安排数?|预算安排[^，。；,;：:\\d]{0,8}?"
            + "|拟安排(?:资金)?)(?:为|是)?";

    private static final Pattern LINE_BEFORE = Pattern.compile(LINE + "$");

    /** A budget's amount stated earlier in the sentence (收入预算为9.8亿元，增长5%): what follows it is the budget's too. */
    private static final Pattern LINE_AMOUNT = Pattern.compile(LINE + "(?=约?\\d)");

    /** Words before a budget in its clause that measure a result against it (完成调整预算…的, 为年初预算…的). */
    private static final Pattern MEASURED = Pattern.compile("完成|[为占]");

    /** Words after a budget that say what happened (预算为40亿元，实际完成41.3亿元); 比上年执行数 only compares. */
    private static final Pattern HAPPENED = Pattern.compile("完成(?!数)|实际(?!数)|实现|执行(?!数)|决算(?!数)");

    /**
     * A heading or lead of a budget draft (二、2025年预算草案, 2025年预算安排如下：, 2025年全市一般公共预算收支安排, 2025年财政收支预算：),
     * not the title of a report that also gives the execution (关于2024年预算执行情况和2025年预算草案的报告, …和2025年预算草案提请大会审议).
     */
    private static final Anchored DRAFT = Anchored.compile("(?<!和)((?:19|20)\\d{2})年[^，。；：:\\n]{0,12}?"
            + "(?:预算(?:收支)?(?:草案|安排)|收支预算(?=[：:]))" // 2025年财政收支预算：一般公共预算收入8.6亿元
            + "(?!的?报告|提请|提交|执行|情况)");

    /** A heading or lead of what was done with a budget: it ends the draft before it. */
    private static final Anchored EXECUTION = Anchored.compile("执行情况|完成情况|决算(?:情况|草案)");

    /** How far back a draft's heading is looked for. */
    private static final int REACH = 3000;

    private static final Anchored BUDGET_WORD = Anchored.compile("预算|安排");

    /**
     * 主要预期目标是：, 发展目标为: the lead of a list of targets; not 预期目标完成情况 (a look-back), nor a goal a figure is measured
     * against (锚定…增长8%的预期目标).
     */
    private static final Anchored GOAL_LEAD = Anchored.compile("(?:预期|主要|发展)目标(?:任务)?(?:是|为|[：:])");

    /**
     * Where a text names a budget, its drafts' headings (with their years) and its execution headings, found once per text:
     * looking back from every figure would take time in the square of a long text's length.
     */
    private record Marks(String text, int[] words, int[] drafts, int[] years, int[] executions, int[] goals) {
        static Marks of(String t) {
            // the marks are searched in the whole text, so each search jumps between the characters its matches start with
            int[] goals = GOAL_LEAD.results(t).stream().mapToInt(r -> r.end()).toArray();
            int[] words = BUDGET_WORD.results(t).stream().mapToInt(r -> r.start()).toArray();
            List<MatchResult> draftHeads = words.length == 0 ? List.of() : DRAFT.results(t);
            int[] drafts = draftHeads.stream().mapToInt(r -> r.start()).toArray();
            int[] years = draftHeads.stream().mapToInt(r -> Integer.parseInt(r.group(1))).toArray();
            int[] executions = words.length == 0 ? words : EXECUTION.results(t).stream().mapToInt(r -> r.start()).toArray();
            return new Marks(t, words, drafts, years, executions, goals);
        }

        /** Index of the last mark before {@code at} in {@code marks}, or -1. */
        static int lastBefore(int[] marks, int at) {
            int i = Arrays.binarySearch(marks, at);
            return (i >= 0 ? i : -i - 1) - 1;
        }
    }

    /** The marks of the text read last on this thread (one text is read figure after figure). */
    private static final ThreadLocal<Marks> LAST = new ThreadLocal<>();

    private PlanFrames() {
    }

    /**
     * The period a figure at {@code at} is a target for when the heading goals ({@code goal}) say none: any figure of a list
     * of targets, a budget's own amount, or any figure of a budget draft's year under its heading; null for a result.
     */
    static PeriodReader.Period or(String t, int from, int at, UnitClass unitClass, PeriodReader.Period stated,
                                  PeriodReader.Period period, PeriodReader.Period goal) {
        if (goal != null) {
            return goal;
        }
        Marks marks = LAST.get();
        if (marks == null || marks.text() != t) {
            marks = Marks.of(t);
            LAST.set(marks);
        }
        int windowStart = Math.max(from, at - REACH);
        if (inGoalList(t, marks, windowStart, at)) {
            return period;
        }
        int word = Marks.lastBefore(marks.words(), at);
        if (word < 0 || marks.words()[word] < windowStart) {
            return null; // most articles name no budget
        }
        int ss = start(t, windowStart, at, "。！？!?\n");
        int cs = start(t, ss, at, "，,；;：:");
        if (budgetAmountHere(t, cs, at, unitClass) || lineBefore(t, ss, at)) {
            return period;
        }
        return draftYear(marks, windowStart, at, stated, period);
    }

    /**
     * Whether the figure stands after the lead of a list of targets, in its paragraph and before a sentence that opens with a
     * time of its own (。一季度，…; 。2024年，…): the list runs on over sentences to there.
     */
    private static boolean inGoalList(String t, Marks marks, int windowStart, int at) {
        int g = Marks.lastBefore(marks.goals(), at);
        if (g < 0 || marks.goals()[g] < windowStart) {
            return false;
        }
        int lead = marks.goals()[g];
        return t.substring(lead, at).indexOf('\n') < 0 && !LIST_END.matcher(t).region(lead, at).find();
    }

    /** A sentence opening with a time of its own ends a list of targets. */
    private static final Pattern LIST_END = Pattern.compile(
            "[。！？!?]\\s*(?:(?:19|20)\\d{2}年|\\d{1,2}(?:-\\d{1,2})?月|[一二三四]季度|上半年|前三季度|去年|上年|今年以来|过去)");

    /**
     * The figure at {@code at} is a budget's own amount (收入预算为9.8亿元), not the rate of a result measured against one
     * (完成调整预算102%: a rate right after the budget a result is measured against is the result's rate, no budget).
     */
    private static boolean budgetAmountHere(String t, int cs, int at, UnitClass unitClass) {
        Matcher m = LINE_BEFORE.matcher(t).region(cs, at);
        return m.find() && !(unitClass == UnitClass.PERCENT && MEASURED.matcher(t).region(cs, m.start()).find());
    }

    /** A budget's amount earlier in the sentence, not measured against (完成调整预算…的) and not followed by a result. */
    private static boolean lineBefore(String t, int ss, int at) {
        Matcher m = LINE_AMOUNT.matcher(t).region(ss, at);
        int lineEnd = -1;
        while (m.find()) {
            int cs = start(t, ss, m.start(), "，,；;：:");
            lineEnd = MEASURED.matcher(t).region(cs, m.start()).find() ? -1 : m.end();
        }
        return lineEnd >= 0 && !HAPPENED.matcher(t).region(lineEnd, at).find();
    }

    /** The year of the draft whose heading is the last budget heading before the figure, when the figure is of that year. */
    private static PeriodReader.Period draftYear(Marks marks, int windowStart, int at, PeriodReader.Period stated,
                                                 PeriodReader.Period period) {
        int d = Marks.lastBefore(marks.drafts(), at);
        int e = Marks.lastBefore(marks.executions(), at);
        if (d < 0 || marks.drafts()[d] < windowStart || e >= 0 && marks.executions()[e] > marks.drafts()[d]) {
            return null;
        }
        int year = marks.years()[d];
        boolean ofTheYear = stated == null ? period.end().getYear() <= year
                : stated.type() == PeriodType.YEAR && stated.end().getYear() == year;
        return ofTheYear ? PeriodReader.Period.year(year) : null;
    }

    /** Where the stretch ending at {@code at} begins: after the last of the given marks in [floor, at). */
    private static int start(String t, int floor, int at, String marks) {
        for (int i = at - 1; i >= floor; i--) {
            if (marks.indexOf(t.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return floor;
    }
}
