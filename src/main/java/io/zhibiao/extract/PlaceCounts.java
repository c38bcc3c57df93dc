package io.zhibiao.extract;

import java.util.Map;

/**
 * Counts of places that grew, or grew faster than the whole (8个盟市地区生产总值增速高于全区平均水平): the growth they
 * are about is named in the count's own clause, and a bare growth rate in the sentences after them (其中，甲区增速超过7%)
 * is of that growth.
 */
final class PlaceCounts {

    private PlaceCounts() {
    }

    /**
     * The level whose growth the words after a count of places name (地区生产总值 of 个盟市地区生产总值增速高于), or null.
     *
     * @param words the words of the count's clause: before it, then (after a space) what it counts
     */
    static String growthNamedAfter(String words) {
        int cut = words.lastIndexOf(' '); // BreakdownReader.counted puts a space before what a count counts
        if (cut < 0) {
            return null;
        }
        String after = words.substring(cut + 1);
        return IndicatorClassifier.nearestLevel(after, "yoy");
    }

    /** A bare growth rate after a count of places that grew is the growth they were counted by (growth_of), else the code. */
    static String rateOf(String code, String subject, Map<String, String> subjectBreakdown) {
        if (!IndicatorCatalog.GROWTH.equals(code) || subject == null || !subject.startsWith("regions.")
                || subjectBreakdown == null || subjectBreakdown.get("growth_of") == null) {
            return code;
        }
        String yoy = IndicatorCatalog.familyCode(subjectBreakdown.get("growth_of"), "yoy");
        return yoy != null ? yoy : code;
    }
}
