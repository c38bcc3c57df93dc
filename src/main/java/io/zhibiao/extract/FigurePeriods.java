package io.zhibiao.extract;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure's own words do to the period it inherits from its sentence or article: a stock is on a day, a scheme's
 * size is the year's, a yearly rate is a year, a change between two named years spans them.
 */
final class FigurePeriods {

    /** 年产值, 年销售额, 年可节约, 每年: the figure is a yearly rate (年均 is an average over a span, not this). */
    private static final Pattern ANNUAL = Pattern.compile(
            "每年|(?<![全当今去明本上\\d])年(?:可|能)?(?:实现|新增|带动)?(?:产值|销售|营收|营业|产|纳税|税收|收入|处理|接待|节约|减少|增收"
                    + "|配镜|供|发电|吞吐|运输|加工|生产|利税|用工|出栏|养殖)");

    /** 去年同期（, 上年同期(: the parenthesis that follows holds last year's figure for the same months. */
    private static final Pattern SAME_TIME_LAST_YEAR = Pattern.compile("(?:去年|上年)同期[（(]$");

    /**
     * Counts of a year's list of projects (not flows like projects started or completed), and the list's total and
     * annual plan investment: the size of the scheme, not what was done in the months gone.
     */
    private static final Set<String> SCHEME_COUNTS = Set.of("projects.count", "projects.under_construction",
            "projects.reserve", "investment.project_total", "investment.annual_plan");
    /** 等15个重点项目建成投运, 12个项目竣工: what happened to the projects in the months, not the size of the year's list. */
    private static final Pattern EVENT_AFTER = Pattern.compile("^[^，。；,;]{0,8}?项目(?:实现|已)?新?(?:建成|投运|投产|竣工|完工|开工)");
    /** 总投资, 年度计划投资: the size of a scheme rather than what was spent on it so far. */
    private static final Pattern SCHEME_TOTAL = Pattern.compile("总投资|计划投资|计划总投资");

    /** 计划新开工项目43个: the count of a class of the year's list, not of what happened in the months gone. */
    private static final Pattern PLANNED_CLASS = Pattern.compile(
            "计划新?(?:开工|投产|竣工|建成|完工)的?(?:重点|重大)?项目(?:共|有|数为?)?$");

    /** 143个计划新开工项目已开工118个: the count before names a class of the year's list, a plan. */
    private static final Pattern PLANNED_CLASS_AFTER = Pattern.compile(
            "^(?:计划|拟)新?(?:开工|投产|竣工|建成|完工)的?(?:重点|重大)?项目");

    /** 是2020年的1.42倍 (为, 相当于): the year a multiple is taken of; the group is the year. */
    private static final Pattern BASE_YEAR = Pattern.compile(
            "(?:是|为|相当于)((?:19|20)\\d{2})年(?:底|末)?的[\\d.一二三四五六七八九十两点]+多?倍");

    /** 年均增长7.3%: an average rate right after its words. */
    private static final Pattern AVERAGE = Pattern.compile("年均[^，。；,;\\d]{0,6}$");

    /** Words of a stock (a level on a day) rather than of a flow over a period. */
    private static final Pattern STOCK = Pattern.compile("余额|存量|存栏|在库|在册|保有量|库存|总数达");

    /**
     * 从2020年的1200个增加到2024年的1850个 (or 由2020年末…提高至2024年…): a sentence that names where a quantity stood in one year
     * and where in a later one; the groups are the two years.
     */
    private static final Pattern FROM_TO = Pattern.compile(
            "[从由]((?:19|20)\\d{2})年(?:底|末)?的?[^，。；,;]{0,16}?(?:到|至)((?:19|20)\\d{2})年");

    /** A change rate right after its verb (增长超40%, 提高了4.5%), not a level (占比40%). */
    private static final Pattern CHANGE_VERB = Pattern.compile(
            "(?:增长|增加|提高|提升|下降|减少|降低|扩大|缩小|翻)了?(?:超过|超|近|约|逾|达)?$");

    /** 本月同比增长0.2%, 6.3%的当月增速 (not 当月末, a day): the month a release over months ends with. */
    private static final Pattern THIS_MONTH = Pattern.compile("本月|当月(?!末|底)");

    private FigurePeriods() {
    }

    /**
     * 前三季度…南京市本月同比增长0.2%，累计增长3.0%: in a period of several months of one year, a clause that says 本月 or
     * 当月 (and not 累计) is about the month the period ends with.
     */
    static PeriodReader.Period thisMonth(PeriodReader.Period period, String clause) {
        LocalDate s = period.start();
        LocalDate e = period.end();
        if (period.asOf() || s.getYear() != e.getYear() || s.getMonthValue() == e.getMonthValue()
                || e.getDayOfMonth() != e.lengthOfMonth() || clause.contains("累计") || !THIS_MONTH.matcher(clause).find()) {
            return period;
        }
        return PeriodReader.Period.months(e.getYear(), e.getMonthValue(), e.getMonthValue());
    }

    /**
     * 今年以来…贷款余额突破800亿元: a balance or head count is a stock on the day the running total ends, not a flow
     * from January.
     */
    static PeriodReader.Period stockOnTheDay(PeriodReader.Period period, UnitClass unitClass, String beforeText,
                                             LocalDate published) {
        if (period.type() != PeriodType.YTD || !period.end().equals(published) || unitClass == UnitClass.PERCENT
                || !STOCK.matcher(beforeText).find()) {
            return period;
        }
        return PeriodReader.Period.asOf(published);
    }

    /**
     * 前10月，全市80个重点推进项目完成投资…，总投资3100亿元: a progress report dates its flows to the months gone, but the
     * scheme's own counts and totals (the projects in the year's list or in a class of it, their total and planned
     * investment) are the year's.
     */
    static PeriodReader.Period schemeOfTheYear(PeriodReader.Period period, String indicator, String beforeText,
                                               String afterText) {
        if (period.type() != PeriodType.YTD || STOCK.matcher(beforeText).find()) {
            return period; // 在库项目167个: a stock counted on the day, not the year's list
        }
        boolean scheme = SCHEME_COUNTS.contains(indicator) && !EVENT_AFTER.matcher(afterText).find()
                || PLANNED_CLASS.matcher(beforeText).find()
                || plannedClass(afterText)
                || indicator.equals("investment.amount") && SCHEME_TOTAL.matcher(beforeText).find();
        return scheme ? PeriodReader.Period.year(period.end().getYear()) : period;
    }

    /**
     * The year a plan with no time of its own is for: 2017年…。其中…计划新开工项目101项 counts a class of the list of the year the
     * article named; other plans are the publication's year's.
     */
    static PeriodReader.Period planYear(PeriodReader.Period frame, boolean frameFromPublication, LocalDate published,
                                        String t, int cs, int figureStart) {
        boolean classOfList = !frameFromPublication && PLANNED_CLASS.matcher(t).region(cs, figureStart).find();
        return PeriodReader.Period.year(classOfList ? frame.end().getYear() : published.getYear());
    }

    /** 143个计划新开工项目: a count of the projects the year's list plans to start (a plan, for the year). */
    static boolean plannedClass(String afterText) {
        return PLANNED_CLASS_AFTER.matcher(afterText).find();
    }

    /**
     * 2025年…达到5200亿元，是2020年的1.42倍，年均增长7.3%: an average rate beside a multiple of a base year runs from that
     * year to the year of the level.
     */
    static PeriodReader.Period averageSinceBase(PeriodReader.Period period, String t, int ss, int cs, int figureStart,
                                                UnitClass unitClass) {
        if (unitClass != UnitClass.PERCENT || period.type() != PeriodType.YEAR
                || !AVERAGE.matcher(t).region(cs, figureStart).find()) {
            return period;
        }
        Matcher m = BASE_YEAR.matcher(t).region(ss, figureStart);
        int base = -1;
        while (m.find()) {
            base = Integer.parseInt(m.group(1));
        }
        return base > 0 && base < period.end().getYear() ? PeriodReader.Period.years(base, period.end().getYear()) : period;
    }

    /** 由2017年929家增长到3605家: the year of the starting point, then the level the quantity grew to. */
    private static final Pattern FROM_YEAR_TO = Pattern.compile(
            "[从由]((?:19|20)\\d{2})年(?:底|末)?的?[\\d.]+[^\\d，。；,;]{1,8}?(?:到|至)$");

    /**
     * 五年来…由2017年929家增长到3605家: the level a quantity grew to is not of the year it grew from; it takes the time the
     * sentence is about (the frame), as the starting point keeps its year.
     */
    static PeriodReader.Period afterStartingPoint(PeriodReader.Period period, PeriodReader.Period frame, String t, int ss,
                                                  int figureStart) {
        Matcher m = FROM_YEAR_TO.matcher(t).region(Math.max(ss, figureStart - 40), figureStart);
        return m.find() && period.equals(PeriodReader.Period.year(Integer.parseInt(m.group(1)))) ? frame : period;
    }

    /** 较去年同期（-1.1%）提高9.2个百分点: the figure in parentheses after 去年同期 is last year's, for the same months. */
    static PeriodReader.Period lastYearsValue(PeriodReader.Period period, String t, int floor, int figureStart) {
        int from = Math.max(floor, figureStart - 6);
        return SAME_TIME_LAST_YEAR.matcher(t).region(from, figureStart).find() ? period.yearEarlier() : period;
    }

    /** 年产值31亿元, 每年节约用水: a yearly rate stated in a quarter's news is still a figure for a whole year. */
    static PeriodReader.Period annualRate(PeriodReader.Period period, String t, int cs, int figureStart,
                                          LocalDate published) {
        if (period.type() == PeriodType.YEAR || period.type() == PeriodType.ASOF
                || !ANNUAL.matcher(t).region(cs, figureStart).find()) {
            return period;
        }
        return PeriodReader.Period.year(period.type() == PeriodType.SPAN ? published.getYear() : period.end().getYear());
    }

    /**
     * 五年来…增长超40%，从2020年的1200个增加到2024年的1850个: the change a sentence gives beside where the quantity stood in
     * two named years is the change between them, whatever span (五年来) framed the sentence. The two levels keep their
     * own years (they follow 从…年的 and 到…年的).
     */
    static PeriodReader.Period changeBetweenYears(PeriodReader.Period period, String t, int ss, int se, int cs,
                                                  int figureStart, UnitClass unitClass) {
        if (unitClass != UnitClass.PERCENT || !CHANGE_VERB.matcher(t).region(cs, figureStart).find()) {
            return period;
        }
        Matcher m = FROM_TO.matcher(t).region(ss, se);
        if (!m.find()) {
            return period;
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        return from < to ? PeriodReader.Period.years(from, to) : period;
    }
}
