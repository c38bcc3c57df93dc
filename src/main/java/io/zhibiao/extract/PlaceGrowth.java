package io.zhibiao.extract;

import java.util.regex.Pattern;

/**
 * A place's bare growth rate in a paragraph about one indicator (全省规上工业增加值增长7.4%。…南京市本月同比增长0.2%，
 * 无锡市以6.3%的累计同比增长率…): the growth of the indicator the paragraph named last, which a new sentence forgets.
 */
final class PlaceGrowth {

    /**
     * 6.3%的累计同比增长率, 9.5%的增速, 8.1%和7.4%的累计增速, 1.9%的同比增长: the words after a rate (past the list's
     * other rates, up to where the words read end) name it a growth rate.
     */
    private static final Pattern RATE_AFTER = Pattern.compile(
            "(?:[、和及与][\\d.]+%)*的?(?:(?:本月|当月|累计|全年|同期)?(?:同比|环比|比上年|名义|实际)?(?:增长率|增速|增幅)"
                    + "|(?:本月|当月|累计)$|的(?:同比|环比)增长$)");

    private PlaceGrowth() {
    }

    /** Whether a generic figure is a growth rate by its own words (增长8%, 以6.3%的同比增长率, 14.41%的名义增速). */
    static boolean saysGrowth(String indicator, String after) {
        return IndicatorCatalog.GROWTH.equals(indicator)
                || IndicatorCatalog.RATE.equals(indicator) && RATE_AFTER.matcher(after).lookingAt();
    }

    /**
     * @param indicator what the figure's own sentence made of it
     * @param after     the words after the figure
     * @param carried   the last named indicator of the paragraph (from an earlier sentence), or null
     * @param ownPlace  whether the figure is of a place the sentence names, not of the article's own
     * @return the carried indicator's growth code, or the indicator unchanged
     */
    static String of(String indicator, String after, String carried, boolean ownPlace) {
        if (!saysGrowth(indicator, after) || !ownPlace || carried == null) {
            return indicator;
        }
        String level = IndicatorClassifier.levelOf(carried);
        String yoy = level == null ? null : IndicatorCatalog.familyCode(level, "yoy");
        return yoy != null && carried.equals(yoy) ? yoy : indicator;
    }
}
