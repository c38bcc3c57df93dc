package io.zhibiao.extract;

import java.util.regex.Pattern;

/** A figure that is itself the goal a result is measured against, and the period that goal is for. */
final class GoalFigures {

    private static final Pattern GOAL_AFTER = Pattern.compile(
            "^(?:(?!完成)[^，。；,;0-9]){0,10}?(?:目标任务|目标|任务)(?:的|[，。；,;]|$)");

    /**
     * 目标任务, 预期目标为, 目标定在约: a goal named right before the figure, which is that goal's amount or (in percent) rate;
     * not a goal 完成ed (完成年度目标任务108.7% is a result).
     */
    private static final Pattern GOAL_BEFORE = Pattern.compile(
            "(?<!完成[^，。；]{0,6})(?:目标任务|目标|任务)(?:数|值)?(?:为|是|定为|定在|设定为|设为)?[约近]?$");

    /** 完成一季度目标任务（346亿元）的184%: the goal's amount in brackets after its name (a full-width one opens a clause). */
    private static final Pattern BRACKETED_GOAL = Pattern.compile("(?:目标任务|目标|任务)[（(]$");

    private static final Pattern ANNUAL_GOAL = Pattern.compile("全年|年度");

    /** 一季度目标任务, 上半年目标: a goal named for a part of the year is that part's, not the year's. */
    private static final Pattern PART_GOAL = Pattern.compile("(?:季度|半年|[个]?月)(?:的)?(?:目标任务|目标|任务)");

    /** 预计全年, 全年力争: a forecast or aim for the whole year, said partway through it. */
    private static final Pattern YEAR_AIM = Pattern.compile("(?:预计|预期|力争|确保|争取)全年|全年(?:预计|力争|确保|争取)");

    private GoalFigures() {
    }

    /** 1-5月…，预计全年可完成投资120亿元: the figure is the year's goal or forecast, not the months' result. */
    static boolean forTheYear(String t, int cs, int figureStart) {
        return YEAR_AIM.matcher(t).region(cs, figureStart).find();
    }

    /**
     * The figure is a goal: 目标任务的 follows it (完成全年5360亿元目标任务的…), 目标 ends its clause (4.6%的控制目标), or it
     * follows 目标任务 (超过目标任务4000亿元的19%; but 完成年度目标任务108.7% is a result), bare or in brackets; or it is a
     * rate given as a range.
     */
    static boolean named(String t, FigureScanner.Figure f, int cs, int ce) {
        // 增长6%-6.5%, 降低3.5%—3.7%: a rate given as a range is aimed at, a result is one number
        return f.unitClass() == UnitClass.PERCENT && f.qualifier() == Qualifier.RANGE
                || GOAL_AFTER.matcher(t).region(f.end(), Math.min(ce, f.end() + 16)).lookingAt()
                || f.unitClass() != UnitClass.PERCENT
                && (namedBefore(t, Math.max(cs, f.start() - 12), f.start())
                || BRACKETED_GOAL.matcher(t).region(Math.max(0, f.start() - 12), f.start()).find());
    }

    /** Whether [from, to) of the text ends on a goal's name (…预期目标为): a figure at {@code to} is that goal. */
    static boolean namedBefore(String t, int from, int to) {
        return GOAL_BEFORE.matcher(t).region(from, to).find();
    }

    /**
     * 完成全年5360亿元目标任务的25.07%: the goal is for the whole year, unless its name gives a part of it
     * (一季度目标任务（346亿元）: the quarter the sentence named).
     */
    static PeriodReader.Period period(PeriodReader.Period period, String t, int cs, int figureStart) {
        boolean annual = ANNUAL_GOAL.matcher(t).region(cs, figureStart).find();
        boolean part = !annual && PART_GOAL.matcher(t).region(Math.max(0, Math.min(cs, figureStart - 16)), figureStart).find();
        return annual || period.type() != PeriodType.YEAR && !part ? PeriodReader.Period.year(period.end().getYear()) : period;
    }
}
