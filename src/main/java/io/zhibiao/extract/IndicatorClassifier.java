package io.zhibiao.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the catalog indicator of a figure from the words around it, its unit class and what the sentence was about so
 * far; the cues and their precedence are data ({@link IndicatorCatalog}).
 */
final class IndicatorClassifier {

    private static final Pattern GROWTH_WORDS = Pattern.compile(
            "增长|下降|增幅|降幅|提高|提升|回落|上涨|上升|下跌|同比|环比|增速|增加|减少|比上年|较上年|涨幅|降低|下滑|扩大|收窄|回升|加快|放缓|减产|减收|增|(?<![削缩])减$");

    /** The family of a share's change in percentage points (涉农贷款占比提高0.4个百分点). */
    static final String SHARE_CHANGE = "share.change";

    /** Words of a growth rate: points after them move the rate, not a share named before. */
    private static final Pattern GROWTH_RATE_WORDS = Pattern.compile("增速|增幅|增长率|涨幅|降幅");

    /** 占GDP比重, 占比, 占…的: a share of a whole. */
    private static final Pattern SHARE_WORDS = Pattern.compile("占比|比重|占[^，。；]{0,12}(?:的|为|达)?$|所占");

    /** 比上年末增加10.2万人, 较年初增加986.2亿元: a change of a level named before it. */
    private static final Pattern CHANGE = Pattern.compile(
            "(?:比|较|同比|环比)[^，。；]{0,8}(?:增加|减少|增长|下降|提高|降低|多增|少增|净增|增收|减收|增支|减支|增|减)了?$");

    /** 增加1.2万人 opening its clause: a change, of the level the sentence named before. */
    private static final Pattern BARE_CHANGE = Pattern.compile(
            "(?:^|[ ，])(?:当年|今年以来|年内|全年|比|较)?(?:增加|减少|扩大|缩小|净增|净减|新增|多增|增收|减收|增支|减支)了?$");

    /** 涉农贷款新增986亿元: a stock's own name right before 新增 gives its change, not a level. */
    private static final Pattern STOCK_CHANGE = Pattern.compile("(?:新增|增加|净增|多增|少增|减少)了?$");

    /**
     * 新增贷款2427亿元, 各项贷款新增…: what loans grew by is the change of their balance, not loans issued (发放贷款), whose
     * cue (贷款) stands first.
     */
    private static final Pattern NEW_LOANS = Pattern.compile(
            "(?:新增(?:人民币|本外币)?(?:各项)?贷款|(?:人民币|本外币|各项)贷款(?:余额)?(?:新增|增加|净增)"
                    + "|(?:人民币|本外币|各项)贷款(?:余额)?(?:比|较)(?:上年末|年初)(?:多增|新增|增加))了?$");

    private IndicatorClassifier() {
    }

    /** The change code of the subject's level in the unit class, or null. */
    private static String changeOf(String subject, UnitClass unitClass) {
        String level = levelOf(subject);
        String change = level == null ? null : IndicatorCatalog.familyCode(level, "change");
        return change != null && sameUnitClass(change, unitClass) ? change : null;
    }

    /** 提高到12.4%, 增长至: the level reached, not the change. */
    private static final Pattern REACHED = Pattern.compile("(?:提高|提升|增长|增加|上升|下降|降低|降|回落|回升)(?:到|至)$");

    /**
     * Whether a figure's clause says too little of it for its code, so the sentence before it is read: a catch-all or
     * generic code, or a count of a whole with parts after 其中 (集中开工项目86个…，其中工业项目52个: projects started).
     *
     * @param sentence the sentence up to the figure
     */
    static boolean saysTooLittle(String indicator, String sentence) {
        if (IndicatorCatalog.isGeneric(indicator) || IndicatorCatalog.isCatchAll(indicator)) {
            return true;
        }
        IndicatorDef d = IndicatorCatalog.byCode(indicator);
        return d != null && UnitClass.COUNT.code().equals(d.unitClass()) && sentence.contains("其中")
                && !IndicatorCatalog.partsOf(indicator).isEmpty();
    }

    /** 对经济增长的贡献率: how much of the economy's growth a part gave (not a growth rate, not a share). */
    private static final Pattern CONTRIBUTION = Pattern.compile(
            "对(?:全[省市县区])?(?:经济|GDP|地区生产总值)(?:的)?(?:增长|增速)的?贡献率");

    /**
     * The contribution code of the part the words before 对 name (第三产业, 民营经济增加值), of the level just named when they
     * name nothing (第三产业增加值增长6.2%，对经济增长的贡献率为58.3%), or of value added for a list over the three
     * industries (which the list spreads); a bare rate when none has one.
     */
    private static String contributionOf(String part, String subject) {
        String level = nearestLevel(part, "contribution");
        if (level == null && part.replaceAll("[，,\\s]|其中|全[省市县区]", "").isEmpty()) {
            level = levelOf(subject);
        }
        if (level == null && THREE.matcher(part).find()) {
            level = "value_added";
        }
        String code = level == null ? null : IndicatorCatalog.familyCode(level, "contribution");
        return code != null ? code : IndicatorCatalog.RATE;
    }

    private static final Pattern THREE = Pattern.compile("第?一、(?:第)?二、(?:第)?三产业|三次产业|一二三产业");

    /** 36个大类行业中，25个实现增长 (the words after a figure are few: 有13个州市规上工业增加值…): a part of a counted whole. */
    private static final Pattern GREW = Pattern.compile("(?![^，。；]{0,8}下降)[^，。；]{0,10}(?:(?:实现|保持)正?增|增长|增加)");

    /** The part of a counted whole that grew (industry.divisions_growing of industry.divisions), or null. */
    private static String partThatGrew(String whole) {
        return IndicatorCatalog.partsOf(whole).stream().filter(c -> c.endsWith("growing")).findFirst().orElse(null);
    }

    /** 保持35%以上增长, 实现10%的增长: a growth word after the figure, a holding verb before it. */
    private static final Pattern HELD_BEFORE = Pattern.compile("(?:保持|实现)了?$");
    private static final Pattern GROWTH_AFTER = Pattern.compile("(?:以上|左右)?的?(?:增长|增幅|增速)");

    /** True when the figure is a growth named after it (汽车产量保持35%以上增长), not by words before it. */
    private static boolean growthAfter(String before, String after) {
        return HELD_BEFORE.matcher(before).find() && GROWTH_AFTER.matcher(after).lookingAt();
    }

    /** True when the words right before a percentage make it a change rather than a level. */
    static boolean isGrowth(String before) {
        // the 增 of 增加值 (高新技术产业增加值占规上工业增加值的比重为) names a quantity, it is no growth
        // 分别增长1.6%5.4%46.5% (a list that lost its 、): the items before this one are no words of it
        String words = GLUED_ITEMS.matcher(before.replace("增加值", "值")).replaceFirst("");
        String tail = words.length() > 8 ? words.substring(words.length() - 8) : words;
        if (tail.contains("自然增长率") || tail.contains("增长面") || tail.contains("贡献率") || REACHED.matcher(tail).find()
                || words.contains("占") && SHARE_END.matcher(words).find()) {
            return false; // a population rate, the breadth of growth, a contribution, the level a rate reached, or a share
        }
        return GROWTH_WORDS.matcher(tail).find();
    }

    /** 岳阳市45个、总投资210亿元: words after 、 that say more of the same item (its cost), not the next item's name. */
    private static final Pattern SAME_ITEM_MORE = Pattern.compile("、(?:计划)?(?:总投资|投资额?|总金额|金额)");

    private static final Pattern GLUED_ITEMS = Pattern.compile("(?<=[\\x{4e00}-\\x{9fff}])(?:\\d+(?:\\.\\d+)?%)+$");

    /** 个百分点, 基点, BP: a change or gap measured in (hundredths of) percentage points. */
    static boolean isPoints(String unit) {
        return unit.endsWith("百分点") || unit.endsWith("基点") || unit.equalsIgnoreCase("BP");
    }

    /** True when the words before a percentage make it a share of a whole (占比, 比重, 占…的). */
    static boolean isShare(String before) {
        return SHARE_WORDS.matcher(before).find();
    }

    /**
     * @param unit    the unit as written (its measure word helps: 4860户, 320期)
     * @param before  clause text before the figure
     * @param after   text after the figure up to the end of its clause (the noun of 23座泵站)
     * @param subject the indicator the sentence was about so far (地区生产总值…，增长6.1%), or null
     */
    static String classify(UnitClass unitClass, String unit, String words, String after, String subject) {
        String before = words.stripTrailing(); // 比上年增加 1.2万亩: the space before the number is no word
        if (after.startsWith("、") && !SAME_ITEM_MORE.matcher(after).lookingAt()) {
            after = ""; // 上年结余3.18亿元、调入资金5.68亿元: the words after 、 name the next item, not this one
        }
        if (unitClass == UnitClass.PERCENT) {
            return percent(unit, before, after, subject);
        }
        String context = before + "|" + unit + after;
        String item = listItemWords(before, unit);
        String own = item == null ? null : firstRow(unitClass, item + "|" + unit + after);
        if (own == null) {
            own = firstRow(unitClass, context);
        }
        String loansChange = IndicatorCatalog.familyCode("loans.balance", "change");
        if (NEW_LOANS.matcher(before).find() && loansChange != null && sameUnitClass(loansChange, unitClass)) {
            return loansChange;
        }
        if (CHANGE.matcher(before).find()) {
            String change = own == null ? null : IndicatorCatalog.familyCode(own, "change");
            if (change != null) {
                return change;
            }
            String level = levelOf(subject);
            change = level == null ? null : IndicatorCatalog.familyCode(level, "change");
            if (change != null && sameUnitClass(change, unitClass)) {
                return change; // 播种面积926.4万亩，比上年增加3.1万亩
            }
        }
        IndicatorDef ownDef = IndicatorCatalog.byCode(own);
        if (ownDef != null && !ownDef.summable() && STOCK_CHANGE.matcher(before).find()) {
            String change = IndicatorCatalog.familyCode(own, "change");
            if (change != null) {
                return change;
            }
        }
        String leading = LeadingChange.of(before, own);
        if (leading != null) {
            return leading;
        }
        String bare = BARE_CHANGE.matcher(before).find() ? changeOf(subject, unitClass) : null;
        if (bare != null && (own == null || IndicatorCatalog.isCatchAll(own) || own.equals(levelOf(subject)))) {
            return bare; // 常住人口256.3万人，增加1.2万人: the change of the level just named
        }
        if (own != null) {
            return own;
        }
        String spending = BARE_SPENDING.matcher(before).find() ? spendingBeside(subject, unitClass) : null;
        if (spending != null) {
            return spending;
        }
        if (subject != null && sameUnitClass(subject, unitClass)) {
            String grew = GREW.matcher(after).lookingAt() ? partThatGrew(subject) : null;
            return grew != null ? grew : stockBeside(subject, before); // 1-10月累计完成2986.4亿元 after 社会消费品零售总额…
        }
        return IndicatorCatalog.OTHER;
    }

    private static String percent(String unit, String before, String after, String subject) {
        String own = firstRow(UnitClass.PERCENT, before + "|" + unit + after);
        if (isPoints(unit)) {
            return pointChange(before, own, subject);
        }
        String budget = BudgetRate.of(before, subject);
        if (budget != null) {
            return budget;
        }
        Matcher contribution = CONTRIBUTION.matcher(before);
        if (contribution.find()) {
            return contributionOf(before.substring(0, contribution.start()), subject);
        }
        if (isGrowth(before) || growthAfter(before, after)) {
            String level = nearestLevel(before, "yoy");
            if (level == null && own != null && IndicatorCatalog.familyCode(own, "yoy") != null) {
                level = own; // 居民消费价格上涨2%
            }
            if (level == null) {
                level = levelOf(subject);
            }
            String yoy = level == null ? null : IndicatorCatalog.familyCode(level, "yoy");
            return yoy != null ? nominalOrReal(yoy, before) : IndicatorCatalog.GROWTH;
        }
        String bracketed = bracketedGrowth(before);
        if (bracketed != null) {
            return bracketed;
        }
        if (own == null && GoalFigures.namedBefore(before, 0, before.length())) {
            String level = nearestLevel(before, "yoy");
            String yoy = level == null ? null : IndicatorCatalog.familyCode(level, "yoy");
            if (yoy != null) {
                return yoy; // 地区生产总值预期目标为6.5%: a level's goal written in percent is its growth
            }
        }
        String levelNamed = own == null ? levelBeforeWei(before) : null;
        if (levelNamed != null) {
            return levelNamed; // 邢台市GDP为5.6%: a level's own name, then 为, then a percent: the level's growth
        }
        if (SHARE_WORDS.matcher(before).find() && (own == null || !own.endsWith("completion_rate"))) {
            // 占年度计划91.6% measures progress against a plan, not a share of a whole
            int of = before.lastIndexOf('占'); // X占Y的比重: X is the level, Y the whole
            String level = nearestLevel(of >= 0 ? before.substring(0, of) : before, "share");
            String share = IndicatorCatalog.familyCode(level != null ? level : levelOf(subject), "share");
            if (share != null) {
                return share; // 发电量4206.3亿千瓦时，占全国发电量的7.5%: the share of the level just named
            }
        }
        if ("plan.completion_rate".equals(own) && String.valueOf(levelOf(subject)).startsWith("investment.")) {
            return "investment.completion_rate"; // 完成投资826.4亿元，占年度计划的92.1%
        }
        if (own != null) {
            return own;
        }
        IndicatorDef s = IndicatorCatalog.byCode(subject);
        if (s != null && s.level() == null && UnitClass.PERCENT.code().equals(s.unitClass())) {
            return subject; // a list of rates after the first one named
        }
        if (s != null && UnitClass.PERCENT.code().equals(s.unitClass()) && BRACKETED.matcher(before).find()) {
            return subject; // 丽江（增长20.7%）、保山（18.6%）: a place's rate in brackets, of what the list is about
        }
        return IndicatorCatalog.RATE;
    }

    /**
     * 规上工业增加值增速较快的是赣州(8.9%): a place's bracketed percent after a clause that named a level's growth rate
     * further back than {@link #isGrowth} looks is that level's growth.
     */
    private static String bracketedGrowth(String before) {
        if (!BRACKETED.matcher(before).find() || !GROWTH_RATE_WORDS.matcher(before).find()) {
            return null;
        }
        String level = nearestLevel(before, "yoy");
        String yoy = level == null ? null : IndicatorCatalog.familyCode(level, "yoy");
        return yoy == null ? null : nominalOrReal(yoy, before);
    }

    /**
     * The growth code of a level whose name ends right before a closing 为 (廊坊一季度的GDP为-1.8%); null when 为 follows
     * anything else (增速为 is growth already, 占比为 a share).
     */
    private static String levelBeforeWei(String before) {
        if (!before.endsWith("为")) {
            return null;
        }
        String head = before.substring(0, before.length() - 1);
        String level = nearestLevel(head, "yoy");
        if (level == null || IndicatorCatalog.entry(level).cueFinder().lastEnd(head) != head.length()) {
            return null;
        }
        return IndicatorCatalog.familyCode(level, "yoy");
    }

    /** 按现价计算名义增长6.1%: growth at current prices, not the volume growth a bulletin leads with. */
    private static final Pattern NOMINAL = Pattern.compile("名义(?:增长|增速|增幅)|按现价计算");

    /**
     * GDP's growth at current prices (按现价计算名义增长6.1%) is a quantity of its own beside its growth at constant prices
     * (按不变价格计算增长5.2%); each clause says which it is, whichever the sentence named before it.
     */
    private static String nominalOrReal(String yoy, String before) {
        if (!"gdp.yoy".equals(yoy) && !"gdp.nominal.yoy".equals(yoy)) {
            return yoy;
        }
        return NOMINAL.matcher(before).find() ? "gdp.nominal.yoy" : "gdp.yoy";
    }

    /** 累计达到980家, 总数达640家: a running total, not the year's new ones. */
    private static final Pattern RUNNING_TOTAL = Pattern.compile("累计|总数|总量|共有|现有|拥有");

    /**
     * 新认定高新技术企业120家，累计达到980家: a running total after a count of new ones (a row named *.new, a part of the
     * stock) is the stock they join, not more new ones.
     */
    private static String stockBeside(String subject, String before) {
        IndicatorDef s = IndicatorCatalog.byCode(subject);
        boolean newOnes = s != null && subject.endsWith(".new") && s.partOf() != null;
        return newOnes && RUNNING_TOTAL.matcher(before).find() ? s.partOf() : subject;
    }

    /** 新增中长期贷款占全部新增贷款的65%: a share whose whole has a growth word in its name (新增) is no growth rate. */
    private static final Pattern SHARE_END = Pattern.compile("占[^，。；]{0,12}的(?:比重|比例)?(?:为|达到?)?$");

    /** A figure alone in brackets right after a word (保山（18.6%）). */
    private static final Pattern BRACKETED = Pattern.compile("[\\x{4e00}-\\x{9fff}][（(]$");

    /** A yardstick of all loans or deposits that a part's growth is set against (高于各项贷款增速). */
    private static final Pattern YARDSTICK = Pattern.compile(
            "(?:比|较|高于|低于|快于|慢于|超过|超出)(?:人民币|本外币)?各项(?:贷款|存款)[^，。；]*$");

    /** 提高0.9个百分点: the change of a rate, or of a growth rate (增速比上月回落, 高于全市平均增速). */
    private static String pointChange(String words, String ownRate, String subject) {
        // 增速比人民币各项贷款高10个百分点: the yardstick named after 比 is not what the points are of
        String before = YARDSTICK.matcher(words).replaceFirst("");
        if (ownRate != null && IndicatorCatalog.familyCode(ownRate, "change") != null) {
            return IndicatorCatalog.familyCode(ownRate, "change");
        }
        String shareChange = shareChange(before, subject);
        if (shareChange != null) {
            return shareChange;
        }
        String level = nearestLevel(before, "yoy");
        if (level == null) {
            IndicatorDef s = IndicatorCatalog.byCode(subject);
            if (s != null && ("change".equals(s.family()) || SHARE_CHANGE.equals(s.family()))) {
                return subject;
            }
            String rateChange = s == null || s.level() != null ? null : IndicatorCatalog.familyCode(subject, "change");
            if (rateChange != null && UnitClass.PERCENT.code().equals(s.unitClass())) {
                return rateChange; // 城镇化率63.8%，比上年末提高0.9个百分点
            }
            level = levelOf(subject);
        }
        String pp = level == null ? null : IndicatorCatalog.familyCode(level, "yoy.pp");
        return pp != null ? pp : IndicatorCatalog.GROWTH;
    }

    /**
     * 占各项贷款比重较年初提高0.4个百分点, or 占比28.6%，比年初提高0.4个百分点: points that move a share, not the growth of the
     * level the share is of; null when the words name no share (or name a growth rate after it: 占比…，增速回落).
     */
    private static String shareChange(String before, String subject) {
        Matcher share = SHARE_WORDS.matcher(before);
        int shareEnd = -1;
        while (share.find()) {
            shareEnd = share.end();
        }
        String level = null;
        if (shareEnd >= 0 && !GROWTH_RATE_WORDS.matcher(before.substring(shareEnd)).find()) {
            level = nearestLevel(before.substring(0, shareEnd), "share");
            IndicatorDef s = level == null ? IndicatorCatalog.byCode(subject) : null;
            level = s != null && "share".equals(s.family()) ? s.level() : level; // 涉农贷款占比24.8%，占比较上年提高1.4个百分点
        } else if (shareEnd < 0 && !GROWTH_RATE_WORDS.matcher(before).find()) {
            IndicatorDef s = IndicatorCatalog.byCode(subject);
            level = s != null && "share".equals(s.family()) ? s.level() : null;
        }
        return level == null ? null : IndicatorCatalog.familyCode(level, SHARE_CHANGE);
    }

    /**
     * The words of a list item that names its own quantity (新开工项目210个、续建项目320个: 续建项目 for 320), so that the
     * item before it does not name it by the rows' order; null when the figure follows no figure of its unit and 、.
     */
    private static String listItemWords(String before, String unit) {
        int at = before.lastIndexOf(unit + "、");
        if (at <= 0 || !Character.isDigit(before.charAt(at - 1))) {
            return null;
        }
        String words = before.substring(at + unit.length() + 1);
        return words.isEmpty() ? null : words;
    }

    /** The first row of the unit class whose cue the context holds, or null. */
    private static String firstRow(UnitClass unitClass, String context) {
        java.util.BitSet cued = IndicatorCatalog.mayBeCued(context);
        for (IndicatorCatalog.Entry e : IndicatorCatalog.cuedEntries(unitClass)) {
            if (cued.get(e.index()) && e.cueFinder().foundIn(context)) {
                return e.def().code();
            }
        }
        return null;
    }

    /**
     * The level of any unit class named nearest before the figure that has the family (规上工业增加值同比增长 → the
     * value added's growth); at the same place the earlier row wins.
     */
    static String nearestLevel(String before, String family) {
        String best = null;
        int bestEnd = -1;
        java.util.BitSet cued = IndicatorCatalog.mayBeCued(before);
        for (IndicatorCatalog.Entry e : IndicatorCatalog.entries()) {
            if (!cued.get(e.index()) || !e.has(family) || IndicatorCatalog.isCatchAll(e.def().code())) {
                continue; // a catch-all names no level: its cue only marks the unit
            }
            int end = e.cueFinder().lastEnd(before);
            if (end > bestEnd) {
                bestEnd = end;
                best = e.def().code();
            }
        }
        return best == null ? null : narrower(before, family, best, bestEnd, cued);
    }

    /**
     * 第三产业增加值占…比重: a broad row's cue (增加值) that only finishes the name a narrower row above it began (第三产业)
     * leaves the figure to the narrower row.
     */
    private static String narrower(String before, String family, String best, int bestEnd, java.util.BitSet cued) {
        IndicatorCatalog.Entry broad = IndicatorCatalog.entry(best);
        for (IndicatorCatalog.Entry e : IndicatorCatalog.entries()) {
            if (e == broad) {
                return best; // only rows above the broad one are narrower
            }
            if (!cued.get(e.index()) || !e.has(family) || IndicatorCatalog.isCatchAll(e.def().code())) {
                continue;
            }
            int end = e.cueFinder().lastEnd(before);
            if (end > 0 && end < bestEnd && broad.cues().matcher(before.substring(end, bestEnd)).matches()) {
                return e.def().code();
            }
        }
        return best;
    }

    /** The level an indicator is or derives from (gdp.yoy → gdp), or null for none and the catch-alls. */
    /** 收入合计51.5亿元。支出19亿元: 支出 alone, after a budget's revenue, is that budget's spending. */
    private static final Pattern BARE_SPENDING = Pattern.compile("(?:^|[ ，,；;。)）])支出(?:完成|为|达到?|合计)?$");

    /** The spending line of the budget whose revenue the subject is (fiscal.fund_revenue → fiscal.fund_expenditure), or null. */
    private static String spendingBeside(String subject, UnitClass unitClass) {
        String level = levelOf(subject);
        if (level == null || !level.startsWith("fiscal.") || !level.contains("revenue")) {
            return null;
        }
        String spending = level.replace(".all_sources", "").replace("revenue", "expenditure");
        return IndicatorCatalog.byCode(spending) != null && sameUnitClass(spending, unitClass) ? spending : null;
    }

    static String levelOf(String code) {
        IndicatorDef d = IndicatorCatalog.byCode(code);
        if (d == null || IndicatorCatalog.isGeneric(code)) {
            return null;
        }
        return d.level() != null ? d.level() : d.code();
    }

    private static boolean sameUnitClass(String code, UnitClass unitClass) {
        IndicatorDef d = IndicatorCatalog.byCode(code);
        return d != null && d.unitClass().equals(unitClass.code());
    }
}
