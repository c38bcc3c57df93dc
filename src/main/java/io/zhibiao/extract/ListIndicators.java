package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 一般公共预算收入、支出分别增长4.2%和6.8%; 城镇、农村居民人均可支配收入分别增长…: a list whose head names as many
 * indicators as it has items gives each item its own, in order, an abbreviated name borrowing the words it shares with
 * the full one (支出 of 一般公共预算…; 城镇 of …居民人均可支配收入).
 */
final class ListIndicators {

    private static final Pattern OPENER = Pattern.compile("分别|依次|各为");
    private static final Pattern SEPARATOR = Pattern.compile("、|和|及|与|以及");
    private static final String PHRASE_ENDS = "，,；;：: ";

    private ListIndicators() {
    }

    /**
     * @param head    the words before the list (with its opener), as {@link ListSpreader#head} gives them
     * @param context the text before the list since the sentence before it, read when the head names too few
     * @param run     the list's items, all on one indicator; replaced in place
     */
    static void spread(String head, String context, List<Observation> run) {
        List<String> parts = names(head);
        if (parts.size() != run.size()) {
            // 城镇、乡村消费品零售额各为A和B，分别增长a和b: a list right after a clause mark lists the names of the one before
            parts = names(context.substring(context.lastIndexOf('。') + 1));
        }
        if (parts.size() != run.size()) {
            // 房地产开发投资、工业投资提速，增速分别为A和B: the names stand in the clause before the list's
            parts = namesBefore(context.substring(context.lastIndexOf('。') + 1), run.size());
        }
        if (parts.size() != run.size()) {
            // 农林牧渔业总产值612亿元，增加值386亿元，分别增长a和b: the list names nothing, the clauses before it name the levels
            parts = clausesNamed(context.substring(context.lastIndexOf('。') + 1));
        }
        if (parts.size() != run.size()) {
            return;
        }
        IndicatorDef d = IndicatorCatalog.byCode(run.get(0).indicator());
        String family = d == null ? null : d.family();
        UnitClass unitClass = UnitClass.valueOf(run.get(0).unitClass().toUpperCase(java.util.Locale.ROOT));
        List<String> codes = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            String level = levelNamed(parts, k, family, unitClass);
            String code = level == null ? null : family == null ? level : IndicatorCatalog.familyCode(level, family);
            if (code == null || codes.contains(code)) {
                return; // a name no row knows, or two names of one indicator: leave the list as it was read
            }
            codes.add(code);
        }
        for (int k = 0; k < run.size(); k++) {
            run.set(k, onCode(run.get(k), codes.get(k)));
        }
    }

    /** The item on its own code, keeping the breakdown read for it only where that code is split the same way. */
    private static Observation onCode(Observation o, String code) {
        if (o.breakdown() == null || o.breakdown().keySet().stream().allMatch(dim -> IndicatorCatalog.splits(code, dim))) {
            return o.withIndicator(code);
        }
        return o.withBreakdown(code, null);
    }

    /** The names the head lists before its opener: the phrase after the last clause mark, cut at 、 和 及 与. */
    private static List<String> names(String head) {
        Matcher m = OPENER.matcher(head);
        List<Integer> openers = new ArrayList<>();
        while (m.find()) {
            openers.add(m.start());
        }
        List<String> out = new ArrayList<>();
        int at = -1;
        int from = -1;
        // the last opener with words before it in its phrase (分别 right after a comma has none)
        for (int k = openers.size() - 1; k >= 0 && from == at; k--) {
            at = openers.get(k);
            from = at;
            while (from > 0 && PHRASE_ENDS.indexOf(head.charAt(from - 1)) < 0) {
                from--;
            }
        }
        if (at < 0 || from == at) {
            return out;
        }
        for (String p : SEPARATOR.split(head.substring(from, at))) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        if (out.size() == 1 && out.get(0).contains("城乡")) {
            // 城乡居民人均可支配收入分别达到…、…: urban, then rural
            return List.of(out.get(0).replaceFirst("城乡", "城镇"), out.get(0).replaceFirst("城乡", "农村"));
        }
        return out;
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern TIME_CLAUSE = Pattern.compile("[\\d\\-—至年月季度上下半前全今]*");

    /**
     * The names of the nearest phrase before a list's first opener that names as many as the list has items, when the
     * phrases between hold no figure (房地产开发投资、工业投资提速，增速分别为…，分别比1-7月提高…); empty for none.
     */
    private static List<String> namesBefore(String context, int items) {
        Matcher m = OPENER.matcher(context);
        if (!m.find()) {
            return List.of();
        }
        String[] phrases = context.substring(0, m.start()).split("[，,；;]");
        for (int k = phrases.length - 1; k >= 0 && !DIGIT.matcher(phrases[k]).find(); k--) {
            List<String> out = new ArrayList<>();
            for (String p : SEPARATOR.split(phrases[k])) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
            if (out.size() == items) {
                return out;
            }
        }
        return List.of();
    }

    /** A clause that states one figure: the words before it. */
    private static final Pattern FIGURE_CLAUSE = Pattern.compile("^([^\\d，,；;]+)\\d[\\d.]*[^\\d，,；;]*$");

    /**
     * The names of the clauses before a list's own that each state one figure (农林牧渔业总产值612.4亿元，农林牧渔业增加值
     * 386.2亿元，分别…), in order; empty when one of them states none or several.
     */
    private static List<String> clausesNamed(String context) {
        String[] clauses = context.split("[，,；;]");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < clauses.length - 1; k++) {
            if (TIME_CLAUSE.matcher(clauses[k].strip()).matches() || !DIGIT.matcher(clauses[k]).find()
                    || OPENER.matcher(clauses[k]).find()) {
                continue; // 1-9月，… or 初步核算，…: no figure; 分别增长a和b: a list over the names before it
            }
            Matcher m = FIGURE_CLAUSE.matcher(clauses[k].strip());
            if (!m.matches()) {
                return List.of();
            }
            out.add(m.group(1));
        }
        return out;
    }

    /** The level the k-th name names: alone, or with the first name's head words, or with the last name's tail words. */
    private static String levelNamed(List<String> parts, int k, String family, UnitClass unitClass) {
        String part = parts.get(k);
        String own = rowNamed(part, family, unitClass);
        if (own != null) {
            return own;
        }
        String first = parts.get(0);
        for (int i = first.length() - 1; k > 0 && i > 0; i--) {
            String r = named(part, first.substring(0, i), true, family, unitClass);
            if (r != null) {
                return r;
            }
        }
        String last = parts.get(parts.size() - 1);
        for (int i = 1; k < parts.size() - 1 && i < last.length(); i++) {
            String r = named(part, last.substring(i), false, family, unitClass);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /**
     * The row a name names with words it shares, when the name itself decides it (城镇 + 居民人均可支配收入 is the urban
     * income, not the 可支配收入 the shared words name alone).
     */
    private static String named(String part, String shared, boolean sharedFirst, String family, UnitClass unitClass) {
        String r = rowNamed(sharedFirst ? shared + part : part + shared, family, unitClass);
        return r != null && !r.equals(rowNamed(shared, family, unitClass)) ? r : null;
    }

    /** The row whose cue the whole name holds (not a catch-all), with the family, or of the unit class for a level. */
    private static String rowNamed(String name, String family, UnitClass unitClass) {
        if (family != null) {
            // a level's yoy family brings its yoy.pp, its share family its share.change
            String declared = "yoy.pp".equals(family) ? "yoy" : IndicatorClassifier.SHARE_CHANGE.equals(family) ? "share" : family;
            return IndicatorClassifier.nearestLevel(name, declared);
        }
        for (IndicatorCatalog.Entry e : IndicatorCatalog.cuedEntries(unitClass)) {
            if (!IndicatorCatalog.isCatchAll(e.def().code()) && e.cuedIn(name)) {
                return e.def().code();
            }
        }
        return null;
    }
}
