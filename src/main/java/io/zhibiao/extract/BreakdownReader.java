package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which item of a national classification a figure is about (粗钢产量 → {product: 粗钢} on output.mass) and moves a
 * figure the catalog's cues could not place (growth.rate, a catch-all) onto the level its item names, so that 粗钢产量 in
 * one city's bulletin joins 粗钢产量 in another's.
 */
final class BreakdownReader {

    /** The indicator a figure ends on and its breakdown (null for none). */
    record Reading(String indicator, Map<String, String> breakdown) {
    }

    /**
     * Levels that measure one kind of quantity for different items: a growth rate has no unit to choose between them,
     * so the item's own level decides (粗钢 is counted in tonnes, 汽车 in vehicles; 汽车制造业 is an industrial division
     * of 规上工业增加值, 批发和零售业 a section of the whole economy's value added; 交通完成594亿元 is the money of a type of
     * projects). Lists, not sets: the first sibling in the unit class wins, and a Set.of's order changes from run to run
     * (粗钢 counted in 万吨 read output.mass in one run, grain.output in the next).
     */
    private static final List<List<String>> SIBLINGS = List.of(
            List.of("output.mass", "output.units", "output.length", "output.volume", "grain.output"),
            List.of("value_added", "industry.value_added"), List.of("projects.count", "investment.amount"));

    /**
     * 各项贷款余额 after 小额信贷余额: the words name every item, so none is carried over from the subject; not the yardstick
     * of a gap (制造业贷款…增速高于各项贷款2.1个百分点 is still the manufacturing loans' gap).
     */
    private static final Pattern ALL_OF_THEM = Pattern.compile(
            "(?<!(?:高于|低于|快于|慢于|超过|超出|比)(?:人民币|本外币)?)各项(?:贷款|存款)");

    /** 第一、二、三产业…分别为: a list over the three industries. */
    private static final Pattern THREE_INDUSTRIES = Pattern.compile("第?一、(?:第)?二、(?:第)?三产业|三次产业|一二三产业");

    private static final String ABOVE_LEVEL = "regions.above_level";

    private BreakdownReader() {
    }

    /**
     * @param indicator        what the catalog's cues made of the figure
     * @param before           the words of its clause before it (with its list's head)
     * @param subject          the indicator the sentence group was about so far, or null
     * @param subjectBreakdown that indicator's breakdown, or null
     */
    static Reading read(String indicator, UnitClass unitClass, String unit, String before, String subject,
                        Map<String, String> subjectBreakdown) {
        List<Classifications.Found> all = bearing(Classifications.findAll(before), indicator);
        if (all.isEmpty()) {
            Map<String, String> carried = ALL_OF_THEM.matcher(before).find() ? null : inherited(indicator, subjectBreakdown);
            return new Reading(indicator, withGrowthOf(carried, indicator, before, subject, subjectBreakdown));
        }
        String code = ofSubjectsIndustry(onSubjectsList(placed(indicator, unitClass, unit, before, all), subject, all),
                subject, all);
        return new Reading(code, withGrowthOf(breakdownOf(code, all), code, before, subject, subjectBreakdown));
    }

    /**
     * The items that may bear on a figure: those of a classification splitting its indicator or naming a level. 城市 (a
     * CPI area) in 城市四区28385人 says nothing of graduates, so the school type the sentence named still holds.
     */
    private static List<Classifications.Found> bearing(List<Classifications.Found> all, String indicator) {
        if (all.isEmpty()) {
            return all;
        }
        List<Classifications.Found> out = new ArrayList<>(all.size());
        for (Classifications.Found f : all) {
            if (f.item().level() != null || IndicatorCatalog.splits(indicator, f.item().dimension())) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * 41个县市区增速高于全省平均, 9个市州实现增长: a count of places growing (above the average) is about the growth of the
     * indicator the sentence named before it (growth_of: gdp), which its change (比一季度增加6个) keeps.
     */
    private static Map<String, String> withGrowthOf(Map<String, String> breakdown, String code, String words,
                                                    String subject, Map<String, String> subjectBreakdown) {
        String level = IndicatorClassifier.levelOf(code);
        if (level == null || !IndicatorCatalog.partsOf("regions.count").contains(level) || level.equals(ABOVE_LEVEL)) {
            return breakdown; // a count of places over a size (总量超过千亿元) is about a level, not a growth
        }
        String named = PlaceCounts.growthNamedAfter(words);
        if (named != null) {
            return with(breakdown, "growth_of", named); // 8个盟市地区生产总值增速高于全区: the growth the count's own clause names
        }
        if (subject == null) {
            return breakdown;
        }
        String of = IndicatorClassifier.levelOf(subject);
        if (of != null && of.startsWith("regions.")) {
            of = subjectBreakdown == null ? null : subjectBreakdown.get("growth_of");
        }
        return of == null ? breakdown : with(breakdown, "growth_of", of);
    }

    /**
     * 218个市级重点建设项目: the words after a count name what it counts (up to the clause's end or the next number: 22个重大
     * 基础设施体系建设项目年度计划投资191亿元 counts 基础设施 projects), else nothing.
     */
    static String counted(UnitClass unitClass, String after) {
        if (unitClass != UnitClass.COUNT) {
            return "";
        }
        int end = 0;
        while (end < after.length() && "，。；、,;：:（(".indexOf(after.charAt(end)) < 0 && !Character.isDigit(after.charAt(end))) {
            end++;
        }
        return end == 0 ? "" : " " + after.substring(0, end);
    }

    /**
     * 规上工业增加值增长4.8%，分三大门类看，采矿业增加值增长6.2%: after 规模以上工业增加值, an industrial section or division
     * written with the bare 增加值 of the whole economy's sectors is of 规上工业 too.
     */
    private static String ofSubjectsIndustry(String code, String subject, List<Classifications.Found> all) {
        String industry = "industry.value_added";
        Classifications.Item item = all.get(all.size() - 1).item();
        if (!"value_added".equals(IndicatorClassifier.levelOf(code)) || !industry.equals(item.level())
                || subject == null || !industry.equals(IndicatorClassifier.levelOf(subject))) {
            return code;
        }
        IndicatorDef d = IndicatorCatalog.byCode(code);
        String moved = d.family() == null ? industry : IndicatorCatalog.familyCode(industry, d.family());
        return moved != null ? moved : code;
    }

    /** 投资 alone (a project's investment): after 固定资产投资, 其中交通领域投资增长8.4% is the fixed-asset investment of a field. */
    private static final String FIELD_OF_FIXED_ASSETS = "investment.amount";

    /**
     * 集中开工项目86个，其中工业项目52个: an item of a list whose subject is a part of the figure's own level (projects started
     * of all projects) counts that part, so it takes the subject's code (in the figure's family) when the item splits it.
     */
    private static String onSubjectsList(String code, String subject, List<Classifications.Found> all) {
        String level = IndicatorClassifier.levelOf(code);
        String subjectLevel = subject == null ? null : IndicatorClassifier.levelOf(subject);
        IndicatorDef s = subjectLevel == null ? null : IndicatorCatalog.byCode(subjectLevel);
        boolean part = level != null && (level.equals(s == null ? null : s.partOf()) || FIELD_OF_FIXED_ASSETS.equals(level)
                && "investment.fixed_assets".equals(subjectLevel));
        if (s == null || !part || !IndicatorCatalog.splits(subjectLevel, all.get(all.size() - 1).item().dimension())) {
            return code;
        }
        IndicatorDef d = IndicatorCatalog.byCode(code);
        String moved = d.family() == null ? subjectLevel : IndicatorCatalog.familyCode(subjectLevel, d.family());
        return moved != null ? moved : code;
    }

    /**
     * The indicator of a figure whose words name an item: its own when that is split by the item's classification (or
     * the item's sibling level), the item's level when no cue of its own placed it, else its own.
     */
    private static String placed(String indicator, UnitClass unitClass, String unit, String before,
                                 List<Classifications.Found> all) {
        Classifications.Found found = all.get(all.size() - 1);
        Classifications.Item item = found.item();
        String level = IndicatorClassifier.levelOf(indicator);
        boolean ownCue = level != null && namedBesides(level, before, found, all);
        String sibling = sibling(level, item);
        String onSibling = sibling == null ? null : sameFamily(sibling, indicator, unitClass);
        if (onSibling != null) {
            return onSibling; // 稻谷产量增长 read as output.units.yoy by its cue 产量: 稻谷 is counted in tonnes
        }
        if (IndicatorCatalog.splits(indicator, item.dimension())) {
            return indicator;
        }
        if (ownCue && !IndicatorCatalog.isCatchAll(level) && !namesItsMeasureLast(item, found, before) || item.level() == null) {
            return indicator; // 制造业投资: the cue names its own indicator, which no item splits
        }
        String code = IndicatorCatalog.isGeneric(indicator) ? guess(item, unitClass, unit, before)
                : sameFamily(item.level(), indicator, unitClass);
        return code != null ? code : indicator;
    }

    /** The items of the classifications that split the indicator, the last of each (公办初中: two), or null for none. */
    private static Map<String, String> breakdownOf(String indicator, List<Classifications.Found> all) {
        Map<String, String> out = new TreeMap<>();
        for (Classifications.Found f : all) {
            if (IndicatorCatalog.splits(indicator, f.item().dimension())) {
                out.put(f.item().dimension(), f.item().name());
            }
        }
        if (out.containsKey(GOODS_CLASS) && IMPLIED_FORM.equals(out.get(RETAIL_FORM))) {
            out.remove(RETAIL_FORM); // 商品零售额中，汽车类增长…: every goods class is of 商品零售, it names no other series
        }
        return out.isEmpty() ? null : Collections.unmodifiableMap(out);
    }

    private static final String GOODS_CLASS = "goods_class";
    private static final String RETAIL_FORM = "retail_form";
    private static final String IMPLIED_FORM = "商品零售";

    /**
     * A figure naming no item keeps the item the sentence group was about when its indicator is split the same way:
     * 粗钢产量120万吨，增长2.7% (the growth of 粗钢); 民营经济增加值…，其中第一产业增加值… (that of 民营经济).
     */
    private static Map<String, String> inherited(String indicator, Map<String, String> subjectBreakdown) {
        if (subjectBreakdown == null) {
            return null;
        }
        for (String dimension : subjectBreakdown.keySet()) {
            if (!IndicatorCatalog.splits(indicator, dimension)) {
                return null;
            }
        }
        return subjectBreakdown;
    }

    /** 同比多增162.4亿元, 比上年同期多发放551亿元: how much more a flow was than a year before. */
    private static final Pattern MORE_THAN_A_YEAR_AGO = Pattern.compile(
            "(?:同比|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年)(?:多增|少增|多减|少减|多发放|少发放|多投放|少投放)了?$");

    /** 高于全市平均2.1个百分点, 比全省高1.2个百分点: a gap to a yardstick is its own series, not the change of a rate. */
    private static final Pattern GAP = Pattern.compile(
            "(?:高于|高出|低于|快于|慢于|超过|超出|领先|落后|比)(全国|全省|全市|全区|全县|全州)|(?:高于|低于|快于|慢于|超过|领先|落后)(平均)"
            + "|(?:高于|低于|快于|慢于|超过|超出|比)(?:人民币|本外币)?(各项贷款|各项存款)"
            + "|(?:高于|低于|快于|慢于)(城镇居民|农村居民)");

    /**
     * 占全国原煤产量的26.4%: a share of a wider place's total is a quantity of its own (share_of: 全国); so is a share of one
     * industry's value added (金融业增加值占第三产业增加值的17.8%, share_of: 第三产业) beside the share of GDP.
     */
    private static final Pattern SHARE_OF = Pattern.compile(
            "占(全国|全省|第[一二三]产业)[^，。；]{0,12}?(?:的)?(?:比重|份额)?(?:为|达到?)?$");

    /**
     * Whether 全国 or 全省 is a place above the figure's (a province's 占全省的比重 is a share of its own total; 全市 is left
     * alone, as a county-level city calls itself 全市).
     */
    private static boolean above(String wider, String region) {
        if (wider.startsWith("第")) {
            return true; // an industry's total, wider than any of its parts wherever the place
        }
        return "全国".equals(wider) ? !Gazetteer.NATIONAL.equals(region) : !region.endsWith("0000");
    }

    private static Map<String, String> with(Map<String, String> breakdown, String key, String value) {
        Map<String, String> out = breakdown == null ? new TreeMap<>() : new TreeMap<>(breakdown);
        out.put(key, value);
        return Collections.unmodifiableMap(out);
    }

    /** 两年平均增长6.1% beside 同比增长9.6%: an average over years is a quantity of its own (averaged_over: 两年). */
    private static final Pattern AVERAGED = Pattern.compile("([两二三四五])年平均(?:增长|增速|下降|增幅)?(?:为|达)?$");

    /**
     * The breakdown with the yardstick a gap in percentage points is measured against (compared_with: 全市), or the
     * years a growth rate is averaged over (averaged_over: 两年), if any.
     */
    static Map<String, String> withComparison(Map<String, String> breakdown, String unit, String clauseBefore,
                                              String region) {
        java.util.regex.Matcher averaged = AVERAGED.matcher(clauseBefore);
        if (!IndicatorClassifier.isPoints(unit) && averaged.find()) {
            Map<String, String> out = breakdown == null ? new TreeMap<>() : new TreeMap<>(breakdown);
            out.put("averaged_over", averaged.group(1).replace('二', '两') + "年");
            return Collections.unmodifiableMap(out);
        }
        if (!IndicatorClassifier.isPoints(unit) && MORE_THAN_A_YEAR_AGO.matcher(clauseBefore).find()) {
            return with(breakdown, "compared_with", "上年同期"); // 新增贷款2427亿元，同比多增162亿元: not the increase itself
        }
        if (!IndicatorClassifier.isPoints(unit)) {
            java.util.regex.Matcher of = SHARE_OF.matcher(clauseBefore);
            return of.find() && above(of.group(1), region) ? with(breakdown, "share_of", of.group(1)) : breakdown;
        }
        java.util.regex.Matcher m = GAP.matcher(clauseBefore);
        String yardstick = null;
        while (m.find()) {
            yardstick = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
        }
        if (yardstick == null) {
            return breakdown;
        }
        Map<String, String> out = breakdown == null ? new TreeMap<>() : new TreeMap<>(breakdown);
        out.put("compared_with", yardstick);
        return Collections.unmodifiableMap(out);
    }

    /** The item's own level where it and the figure's are siblings, else null. */
    private static String sibling(String level, Classifications.Item item) {
        if (level == null || item.level() == null || item.level().equals(level)) {
            return null;
        }
        for (List<String> s : SIBLINGS) {
            if (s.contains(level) && s.contains(item.level())) {
                return item.level();
            }
        }
        return null;
    }

    /**
     * The code of {@code level} in the family of {@code indicator} (output.units.yoy, 粗钢 → output.mass.yoy); for a
     * level, one the item's classification splits in the figure's unit class; null when there is none.
     */
    private static String sameFamily(String level, String indicator, UnitClass unitClass) {
        IndicatorDef d = IndicatorCatalog.byCode(indicator);
        String family = d == null ? null : d.family();
        if (family != null) {
            String code = IndicatorCatalog.familyCode(level, family);
            return code != null && sameUnitClass(code, d.unitClass()) ? code : null;
        }
        return levelIn(level, unitClass);
    }

    /** A figure no cue placed: its measure from its words (增长, 百分点, 占比) and the item's level. */
    private static String guess(Classifications.Item item, UnitClass unitClass, String unit, String before) {
        if (unitClass != UnitClass.PERCENT) {
            return levelIn(item.level(), unitClass);
        }
        String family = IndicatorClassifier.isPoints(unit) ? "yoy.pp" : IndicatorClassifier.isGrowth(before) ? "yoy"
                : IndicatorClassifier.isShare(before) ? "share" : null;
        return family == null ? null : IndicatorCatalog.familyCode(item.level(), family);
    }

    /** The level itself when it is in the unit class, else a sibling of it that is (汽车 counted in 万辆: output.units). */
    private static String levelIn(String level, UnitClass unitClass) {
        if (sameUnitClass(level, unitClass.code())) {
            return level;
        }
        for (List<String> s : SIBLINGS) {
            if (s.contains(level)) {
                for (String other : s) {
                    if (sameUnitClass(other, unitClass.code())) {
                        return other;
                    }
                }
            }
        }
        return null;
    }

    private static boolean sameUnitClass(String code, String unitClass) {
        IndicatorDef d = IndicatorCatalog.byCode(code);
        return d != null && d.unitClass().equals(unitClass);
    }

    /**
     * Whether the words hold a cue of the level's own catalog row (not a catch-all's) that is more than a piece of the
     * item: 餐饮收入 holds the cue 收入 of revenue and 信息技术服务业增加值 the cue 服务业增加值 of the tertiary sector, but
     * 农林牧渔业总产值 is the cue of agricultural output as a whole. A cue inside another item of the list (粮 of 粮油食品类
     * before 日用品类增长) names nothing.
     */
    /** 统筹投入卫生健康支出37.9亿元: an item that names its own measure (…支出) right before the figure outweighs a cue before it. */
    private static final Pattern ITEM_THEN_VERB = Pattern.compile("(?:为|达到?|完成|共|合计|累计)?$");

    private static boolean namesItsMeasureLast(Classifications.Item item, Classifications.Found found, String before) {
        return item.name().endsWith("支出")
                && ITEM_THEN_VERB.matcher(before).region(found.end(), before.length()).matches();
    }

    private static boolean namedBesides(String level, String before, Classifications.Found found,
                                        List<Classifications.Found> all) {
        IndicatorCatalog.Entry e = IndicatorCatalog.entry(level);
        if (e == null || e.cues() == null || IndicatorCatalog.isCatchAll(level) || !e.mayMatch(before)) {
            return false;
        }
        java.util.regex.Matcher m = e.cues().matcher(before);
        while (m.find()) {
            if ((m.end() <= found.start() || m.start() >= found.end()
                    || m.start() <= found.start() && m.end() > found.end()) && !insideAnother(m.start(), m.end(), all)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAnother(int start, int end, List<Classifications.Found> all) {
        for (Classifications.Found f : all) {
            if (start >= f.start() && end <= f.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 粗钢、钢材、水泥产量分别增长3.1%、2.2%和-1.5%; 第一、二、三产业增加值分别增长…: the items of a list take the classification
     * items (or the three industries) its head names, in order, when there are as many of each.
     *
     * @param figures the observations of one sentence, in text order; replaced in place
     */
    static void spread(String t, int sentenceStart, List<Observation> figures) {
        int i = 0;
        while (i < figures.size()) {
            String head = ListSpreader.head(t, sentenceStart, figures.get(i).start());
            int j = i + 1;
            while (j < figures.size() && head != null
                    && head.equals(ListSpreader.head(t, sentenceStart, figures.get(j).start()))
                    && figures.get(j).indicator().equals(figures.get(i).indicator())) {
                j++;
            }
            if (head != null && j - i >= 2) {
                int at = figures.get(i).start();
                spreadRun(head, itemsHead(t, sentenceStart, at), t.substring(Math.max(0, sentenceStart - 60), at),
                        figures.subList(i, j));
            }
            i = j;
        }
    }

    /**
     * The head of a list from the start of its clause, and the clauses before it that are each one item of a
     * classification (农副食品加工业，计算机、通信和其他电子设备制造业，汽车制造业增加值分别增长…: items holding 、 are
     * listed with ，).
     */
    private static String itemsHead(String t, int sentenceStart, int pos) {
        String wide = ListSpreader.clauseHead(t, sentenceStart, pos);
        int from = t.lastIndexOf(wide, pos);
        int start = from;
        while (start > sentenceStart + 1 && t.charAt(start - 1) == '，') {
            int segment = start - 1;
            while (segment > sentenceStart && "，。；：".indexOf(t.charAt(segment - 1)) < 0) {
                segment--;
            }
            List<Classifications.Found> one = Classifications.findAll(t.substring(segment, start - 1));
            if (one.size() != 1 || one.get(0).start() != 0 || one.get(0).end() != start - 1 - segment) {
                break;
            }
            start = segment;
        }
        return t.substring(start, from) + wide;
    }

    /** The three industries' codes a list over them is of: by the words before it for a bare growth rate, else by its level. */
    private static List<String> industriesOf(String indicator, String context) {
        if (IndicatorCatalog.GROWTH.equals(indicator)) {
            return IndustryParts.partsIn(context);
        }
        String level = IndicatorClassifier.levelOf(indicator);
        return level == null ? null : IndustryParts.listOf(level);
    }

    /**
     * @param wide    the head from the start of its clause, where the items' long names are read
     * @param context the text before the list since the sentence before it (what a bare growth rate is of)
     */
    private static void spreadRun(String head, String wide, String context, List<Observation> run) {
        String indicator = run.get(0).indicator();
        IndicatorDef d = IndicatorCatalog.byCode(indicator);
        List<String> industries = d == null ? null : industriesOf(indicator, context);
        if (IndicatorCatalog.GROWTH.equals(indicator)) {
            d = IndicatorCatalog.byCode(IndicatorCatalog.familyCode(industries.get(0), "yoy"));
        }
        if (run.size() == 3 && THREE_INDUSTRIES.matcher(head).find() && industries != null) {
            for (int k = 0; k < run.size(); k++) {
                String code = d.family() == null ? industries.get(k) : IndicatorCatalog.familyCode(industries.get(k), d.family());
                if (code != null) {
                    run.set(k, run.get(k).withBreakdown(code, null));
                }
            }
            return;
        }
        if (onSharedSuffix(wide, indicator, run)) {
            return;
        }
        Map<String, String> last = run.get(0).breakdown();
        if (last == null) {
            ListIndicators.spread(head, context, run);
            return;
        }
        String dimension = listedDimension(wide, last, run.size());
        if (dimension == null) {
            return;
        }
        List<Classifications.Item> items = itemsListed(wide, dimension);
        if (items.size() != run.size()) {
            List<Classifications.Item> own = itemsListed(ownClause(wide), dimension);
            if (own.isEmpty()) {
                // 农林牧渔业总产值…，农林牧渔业增加值…，分别增长: the list names no item, the clauses before it name the levels
                ListIndicators.spread(head, context, run);
                return;
            }
            // 原煤产量增长3.1%，焦炭、粗钢产量分别增长…: an item of the clause before is no item of this list
            items = own.size() == run.size() ? own : items;
        }
        if (items.size() < run.size() && last.get(dimension).endsWith(CLASS_MARK)) {
            // 建筑及装潢材料、饮料、金银珠宝类分别下降…: the items share the last one's 类
            items = itemsListed(LIST_SEPARATOR.matcher(wide).replaceAll(CLASS_MARK + "$1"), dimension);
        }
        if (items.size() != run.size() || !Objects.equals(items.get(items.size() - 1).name(), last.get(dimension))) {
            return;
        }
        for (int k = 0; k < run.size(); k++) {
            Classifications.Item item = items.get(k);
            Map<String, String> breakdown = new TreeMap<>(last);
            breakdown.put(dimension, item.name());
            run.set(k, run.get(k).withBreakdown(onItemsLevel(indicator, item), Collections.unmodifiableMap(breakdown)));
        }
    }

    /**
     * The dimension of the last item's breakdown that the list's head lists (粮油、食品类和汽车类零售额 under 网上零售: the goods
     * classes), the others staying with every item; the only one when there is one, null when none is listed as often.
     */
    private static String listedDimension(String wide, Map<String, String> last, int items) {
        if (last.size() == 1) {
            return last.keySet().iterator().next();
        }
        String listed = null;
        for (String dimension : last.keySet()) {
            if (itemsListed(wide, dimension).size() == items) {
                if (listed != null) {
                    return null;
                }
                listed = dimension;
            }
        }
        return listed;
    }

    /** 教育、卫生健康、农林水等支出: short names listed with 、 before the ending (支出) they share, perhaps after 等. */
    private static final Pattern SHARED_ENDING = Pattern.compile("((?:[^、，。；：]{1,10}、)+[^、，。；：]{1,10}?)等?(支出)");

    /**
     * 教育、社会保障和就业、城乡社区等支出分别增长a、b、c: the items of a list written once with their shared ending, each on its
     * item's own level (in the run's family, 增长 without a code being growth); false when no classification lists them.
     */
    private static boolean onSharedSuffix(String wide, String indicator, List<Observation> run) {
        Matcher m = SHARED_ENDING.matcher(wide);
        if (!m.find()) {
            return false;
        }
        String ending = m.group(2);
        String spelled = m.group(1).replace("、", ending + "、") + ending;
        List<Classifications.Found> found = Classifications.findAll(spelled);
        if (found.size() != run.size() || found.stream().map(f -> f.item().dimension()).distinct().count() != 1) {
            return false;
        }
        IndicatorDef d = IndicatorCatalog.byCode(indicator);
        String family = IndicatorCatalog.GROWTH.equals(indicator) ? "yoy" : d == null ? null : d.family();
        for (int k = 0; k < run.size(); k++) {
            Classifications.Item item = found.get(k).item();
            String code = item.level() == null ? null : family == null ? item.level() : IndicatorCatalog.familyCode(item.level(), family);
            if (code == null || !sameUnitClass(code, run.get(k).unitClass())) {
                return false;
            }
        }
        for (int k = 0; k < run.size(); k++) {
            Classifications.Item item = found.get(k).item();
            String code = family == null ? item.level() : IndicatorCatalog.familyCode(item.level(), family);
            run.set(k, run.get(k).withBreakdown(code, Map.of(item.dimension(), item.name())));
        }
        return true;
    }

    private static final Pattern CLAUSE_MARKS = Pattern.compile("[，；;,]");

    /** The words of a list's head after the last clause mark: the list's own clause. */
    private static String ownClause(String wide) {
        Matcher m = CLAUSE_MARKS.matcher(wide);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return wide.substring(from);
    }

    /** 、 or 和 after a name without 类 of its own. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?<!类)([、和])");
    private static final String CLASS_MARK = "类";

    private static List<Classifications.Item> itemsListed(String wide, String dimension) {
        List<Classifications.Item> items = new ArrayList<>();
        for (Classifications.Found f : Classifications.findAll(wide)) {
            if (f.item().dimension().equals(dimension) && !items.contains(f.item())) {
                items.add(f.item());
            }
        }
        return items;
    }

    /** 饮料、中成药和电力电缆产量分别增长…: each item on its own level's code (tonnes, kilometres) where the levels are siblings. */
    private static String onItemsLevel(String indicator, Classifications.Item item) {
        String own = sibling(IndicatorClassifier.levelOf(indicator), item);
        IndicatorDef d = IndicatorCatalog.byCode(indicator);
        String code = own == null || d == null ? null : d.family() == null ? own : IndicatorCatalog.familyCode(own, d.family());
        return code != null ? code : indicator;
    }
}
