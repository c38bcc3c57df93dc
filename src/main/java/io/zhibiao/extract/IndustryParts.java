package io.zhibiao.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three industries (第一、二、三产业) split more than value added: 分产业看，第一产业投资增长18.4%，第二产业增长9.6% after
 * 固定资产投资 is investment by industry, not the industry's value added, which the cue 第二产业 alone would name.
 */
final class IndustryParts {

    static final List<String> VALUE_ADDED = List.of("value_added.primary", "value_added.secondary", "value_added.tertiary");
    static final List<String> INVESTMENT = List.of("investment.primary", "investment.secondary", "investment.tertiary");

    /** The last word that names what the industries are parts of: investment, or the economy's output. */
    private static final Pattern WHOLE = Pattern.compile("投资|增加值|生产总值|GDP|经济总量|经济增长");

    private IndustryParts() {
    }

    /**
     * The industry's investment code where the words since the paragraph began last named investment, else the code.
     *
     * @param indicator what the cues made of the figure (value_added.secondary.yoy)
     * @param before    the text of the paragraph (at most a few sentences) up to the figure
     */
    static String of(String indicator, String before) {
        IndicatorDef d = IndicatorCatalog.byCode(indicator);
        String level = d == null ? null : d.level() != null ? d.level() : d.code();
        int k = VALUE_ADDED.indexOf(level);
        if (k < 0 || !lastWholeIsInvestment(before)) {
            return indicator;
        }
        String code = d.family() == null ? INVESTMENT.get(k) : IndicatorCatalog.familyCode(INVESTMENT.get(k), d.family());
        return code != null ? code : indicator;
    }

    /** The parts' codes for a list over the three industries whose first item reads {@code level}, or null. */
    static List<String> listOf(String level) {
        return level.startsWith("value_added") ? VALUE_ADDED : level.startsWith("investment") ? INVESTMENT : null;
    }

    /** 分产业看，第一、二、三产业分别增长…: the parts of investment where the text last named it, else of value added. */
    static List<String> partsIn(String before) {
        return lastWholeIsInvestment(before) ? INVESTMENT : VALUE_ADDED;
    }

    private static boolean lastWholeIsInvestment(String before) {
        Matcher m = WHOLE.matcher(before);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return "投资".equals(last);
    }
}
