package io.zhibiao.extract;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project class a figure of a project list is about, read from the head of its part of the sentence: in
 * "其中续建项目112个，完成投资302.6亿元，占年度计划的88.1%；新开工项目64个，…" the stage 续建 is written once and every figure up to
 * the next "；" is of the 续建 projects, so each figure of one class lands on one series however the clauses are cut.
 * A region's whole list (全市重点项目, 全县重点项目) is its key projects as such, not a list ranked by level: it carries
 * no level, so that it joins the 重点项目 of the articles that do not write 全市.
 */
final class ProjectScope {

    /** A ceremony (集中开工) and how far after its mention its projects are written of. */
    private static final String EVENT = "project_event";
    private static final int EVENT_REACH = 500;
    private static final List<String> DIMENSIONS = List.of("project_level", "project_stage", "project_type", "project_scale",
            "project_event", "project_source");

    /** Where a part of a sentence about one project class starts: a semicolon or 其中 opens the next class. */
    private static final String PART_MARKS = "；;";
    private static final String AMONG = "其中";
    private static final char WHOLE = '全';
    /** How far back a part is read: a class is named near the figures it heads (and a long run-on sentence stays linear). */
    private static final int REACH = 80;

    private static final String SCALE = "project_scale";
    private static final String PROJECTS = "项目";
    /** A threshold of investment written with its number (15亿元以上, 8000万元及以上项目). */
    private static final Pattern THRESHOLD = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)([亿万])元及?以上");

    private ProjectScope() {
    }

    /**
     * @param indicator the figure's code
     * @param breakdown its breakdown so far, or null
     * @param t         the article
     * @param ss        where the figure's sentence starts
     * @param at        where the figure starts
     * @return the breakdown with the project classes of the figure's part of the sentence, a 全市/全县 list's level left out
     */
    static Map<String, String> scoped(String indicator, Map<String, String> breakdown, String t, int ss, int at) {
        if (!splitsAny(indicator)) {
            return breakdown;
        }
        Map<String, String> out = breakdown == null ? new TreeMap<>() : new TreeMap<>(breakdown);
        int from = partStart(t, ss, at);
        String part = t.substring(from, at);
        String wholeList = null;
        int scaleAt = -1;
        int scaleEnd = -1;
        for (Classifications.Found f : Classifications.findAll(part)) {
            String dimension = f.item().dimension();
            if (!DIMENSIONS.contains(dimension) || !IndicatorCatalog.splits(indicator, dimension)) {
                continue;
            }
            if (SCALE.equals(dimension)) {
                scaleAt = f.start();
                scaleEnd = f.end();
            }
            if (breakdown == null || !breakdown.containsKey(dimension)) {
                out.put(dimension, f.item().name()); // the last one written before the figure wins
            }
            if ("project_level".equals(dimension) && f.start() > 0 && part.charAt(f.start() - 1) == WHOLE) {
                wholeList = f.item().name(); // 全市重点项目, 全县重点项目: the region's own list, however it is ranked
            }
        }
        if (IndicatorCatalog.splits(indicator, SCALE)) { // a threshold written after any listed one is the figure's own
            Matcher m = THRESHOLD.matcher(part);
            String threshold = null;
            while (m.find()) {
                if (m.start() > scaleAt) {
                    threshold = m.group(1) + m.group(2) + "元以上"; // 15亿元以上: a threshold the classification does not list
                    scaleEnd = m.end();
                }
            }
            if (threshold != null) {
                out.put(SCALE, threshold);
            }
            if (scaleEnd >= 0 && (breakdown == null || !breakdown.containsKey(SCALE))
                    && part.indexOf(PROJECTS, part.indexOf(PROJECTS, scaleEnd) + 1) >= 0) {
                out.remove(SCALE); // 新开工亿元以上项目48个，招引落地重大产业项目17个: the later projects are of no threshold
            }
        }
        if (IndicatorCatalog.splits(indicator, EVENT) && !out.containsKey(EVENT) && !out.containsKey("project_stage")) {
            ofTheEvent(out, t.substring(Math.max(0, at - EVENT_REACH), from));
        }
        if (wholeList != null && wholeList.equals(out.get("project_level"))) {
            out.remove("project_level");
        }
        if (BOTH_CEREMONIES.equals(out.get(EVENT))) {
            out.put(EVENT, ceremonyOfThePart(part));
        }
        return out.isEmpty() ? null : Collections.unmodifiableMap(out);
    }

    private static final String BOTH_CEREMONIES = "集中开竣工";

    /**
     * 集中开竣工项目649个，总投资3319亿元。其中开工项目395个，总投资2589亿元；竣工项目254个…: the part of a ceremony for starts
     * and completions that names the projects started is the start ceremony's (集中开工), the one naming those completed
     * the completion ceremony's (集中投产); a part naming neither is of the whole event.
     */
    private static String ceremonyOfThePart(String part) {
        String words = part.replace("开竣工", "");
        int started = words.lastIndexOf("开工");
        int completed = Math.max(words.lastIndexOf("竣工"), words.lastIndexOf("投产"));
        if (started < 0 && completed < 0) {
            return BOTH_CEREMONIES;
        }
        return started > completed ? "集中开工" : "集中投产";
    }

    /**
     * 自治区重点项目 of a figure placed on the autonomous region itself: a list ranked at its place's own level is that
     * place's key projects as such (as 全区重点项目 is), so it joins the 重点项目 of the articles that write no level.
     */
    static Map<String, String> ownLevelLeftOut(Map<String, String> breakdown, String region) {
        String level = breakdown == null ? null : breakdown.get("project_level");
        if (level == null || !level.equals(levelOfPlace(region))) {
            return breakdown;
        }
        Map<String, String> out = new TreeMap<>(breakdown);
        out.remove("project_level");
        return out.isEmpty() ? null : Collections.unmodifiableMap(out);
    }

    /** The project_level item of a place's own list: a province's, a prefecture's, a county's; null for the nation. */
    private static String levelOfPlace(String region) {
        if (region == null || region.length() != 6 || Gazetteer.NATIONAL.equals(region)) {
            return null;
        }
        return region.endsWith("0000") ? "省重点项目" : region.endsWith("00") ? "市重点项目" : "县重点项目";
    }

    /**
     * 集中开工活动举行……其中，先进制造业类项目469个、总投资1967亿元: in a report of a ceremony the classes and places of the
     * paragraphs after it are of the ceremony's projects, while no stage of a year's list (续建, 新开工) is named.
     */
    private static void ofTheEvent(Map<String, String> out, String before) {
        Classifications.Found last = null;
        for (Classifications.Found f : Classifications.findAll(before)) {
            if (EVENT.equals(f.item().dimension())) {
                last = f;
            } else if ("project_stage".equals(f.item().dimension())) {
                last = null; // a list's stage named after the ceremony: the text is about the list again
            }
        }
        if (last != null) {
            out.put(EVENT, last.item().name());
        }
    }

    private static boolean splitsAny(String indicator) {
        for (String d : DIMENSIONS) {
            if (IndicatorCatalog.splits(indicator, d)) {
                return true;
            }
        }
        return false;
    }

    private static int partStart(String t, int ss, int at) {
        int floor = Math.max(ss, at - REACH);
        for (int i = at - 1; i >= floor; i--) {
            if (PART_MARKS.indexOf(t.charAt(i)) >= 0) {
                return i + 1;
            }
            if (t.startsWith(AMONG, i)) {
                return i;
            }
        }
        return floor;
    }
}
