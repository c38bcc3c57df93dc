package io.zhibiao.extract;

import java.util.regex.Pattern;

/**
 * The indicator a heading or lead names for a list of places (2025年全省11市GDP成绩单出炉, 二、各市地区生产总值,
 * 各县（市、区）一般公共预算收入排名出炉, 我们来看看云南各地GDP的表现): a place's bare figure after it, a paragraph or more
 * on (晋城市以2150亿元居全省第四, 朔州市（1420亿元）, 邯郸在一季度的增速达到了5.5%), is of that indicator. It holds
 * until the next such lead or a numbered heading that names neither an indicator nor a place; {@link PlaceLed}
 * decides when a nearer indicator wins.
 * One instance per article, reading the text up to each figure it is asked about.
 */
final class ListLead {

    /** 各市, 11市, 16州市, 14个地级市, 各县（市、区）, 各地: the places a lead is about (not 各市场主体). */
    private static final Pattern PLACES = Pattern.compile(
            "(?:各|\\d{1,3}个?|[一二三四五六七八九十]{1,3}个)(?:设区市|地级市|地市|州市|市州|盟市|县市区|县（市、区）|县区|城市|市(?!场)|州|县|地)");
    /** 二、, （三）, 4. at a paragraph's start: a numbered heading, which ends the lead before it. */
    private static final Pattern HEADING = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\\d{1,2}[.．、]\\s*(?![\\d%]))");
    /** 增速, 增幅: a lead or view of growth rates (各市GDP增速, 从增速看，). */
    private static final Pattern GROWTH = Pattern.compile("增速|增幅|增长率");
    /**
     * The words a place's bare figure may have before it besides place names: times, 以, 为, 达到了, 完成, the rate's
     * name (名义增速) and a rank (领跑全省): anything else (发放消费券) makes it another quantity.
     */
    private static final Pattern BARE_WORD = Pattern.compile(
            "[一二三四]季度|[上下]半年|前三季度|全年|今年|\\d{4}年|\\d{1,2}(?:[-—至~]\\d{1,2})?月份?|同比|名义|实际|增速|增幅|增长率?|下降|回落"
                    + "|达到?了?|实现|完成|总量|仅有?|只有|高达|领跑|领先|居首|位居|位列|全(?:省|区|市)|分别|继续|[的在以为是则而也仍均和与、：:（(，,\\s]");

    private final Gazetteer gazetteer;
    private String t;
    private int scanned;
    private String lead;

    ListLead(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An article's text from {@code start}. */
    void start(String text, int start) {
        t = text;
        scanned = start;
        lead = null;
    }

    /** The code the last lead before {@code pos} names (a growth rate's when it says 增速), or null. */
    String at(int pos) {
        if (t == null || pos <= scanned) {
            return lead;
        }
        int s = scanned;
        for (int i = scanned; i <= pos; i++) {
            char c = i < pos ? t.charAt(i) : '。';
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
                piece(s, i);
                s = i + 1;
            }
        }
        scanned = pos;
        return lead;
    }

    /** A sentence or heading from {@code s} to {@code e}: a lead, a heading that ends one, or neither. */
    private void piece(int s, int e) {
        if (e <= s) {
            return;
        }
        boolean heading = (s == 0 || t.charAt(s - 1) == '\n') && HEADING.matcher(t).region(s, e).lookingAt();
        String named = mayNamePlaces(s, e) && PLACES.matcher(t).region(s, e).find() ? named(t.substring(s, e)) : null;
        if (named != null) {
            lead = named;
        } else if (heading && !namesPlace(s, e)) {
            lead = null; // 二、重点项目建设 ends the list; 1、昆明市破八千亿 heads one of its places
        }
    }

    /** Whether the text from {@code s} to {@code e} names a place. */
    private boolean namesPlace(int s, int e) {
        for (int i = s; i < e; i++) {
            if (gazetteer.matchAt(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** A cheap check before the pattern: 各, or a number of cities, prefectures or counties (11市, 14个地级市). */
    private boolean mayNamePlaces(int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '各' || (c == '市' || c == '州' || c == '县' || c == '地') && i > s
                    && "个0123456789一二三四五六七八九十".indexOf(t.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The indicator a lead names, as its growth when it speaks of growth rates. */
    private static String named(String words) {
        String level = IndicatorClassifier.nearestLevel(words, "yoy");
        if (level == null) {
            return null;
        }
        String yoy = IndicatorCatalog.familyCode(level, "yoy");
        return yoy != null && GROWTH.matcher(words).find() ? yoy : level;
    }

    /** Whether the words before a figure are only places, times and the filler of a list (晋城市以, 邯郸在一季度的增速达到了). */
    boolean bare(String before) {
        java.util.regex.Matcher m = BARE_WORD.matcher(before);
        int i = 0;
        while (i < before.length()) {
            Gazetteer.NameMatch n = gazetteer.matchAt(before, i);
            if (n != null) {
                // 怒江州: a short name with its division's word
                i = n.end() < before.length() && "州市县区盟".indexOf(before.charAt(n.end())) >= 0 ? n.end() + 1 : n.end();
            } else if (m.region(i, before.length()).lookingAt()) {
                i = m.end();
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence part before {@code pos} (since its last ；) speaks of growth rates (从增速看，保定市以6.8%领跑). */
    boolean growthView(int pos) {
        int s = pos;
        while (s > 0 && "。；;！？\n".indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        return GROWTH.matcher(t).region(s, pos).find();
    }
}
