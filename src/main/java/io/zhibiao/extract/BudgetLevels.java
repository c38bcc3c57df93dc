package io.zhibiao.extract;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The budget level a heading puts the fiscal figures under it on: under "（一）市本级决算情况" the lines "一般公共预算支出
 * 118.67亿元" are the city's own level, not the whole city's, until a heading that names another level or the whole area.
 */
final class BudgetLevels {

    private static final String DIMENSION = "budget_level";
    /** A heading is a short line with no figure of its own. */
    private static final int MAX_HEADING = 40;
    /** How far above a figure its section's heading is looked for. */
    private static final int REACH = 3000;
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d.,]*\\s*(?:%|％|亿|万|元)");
    /** 全市, 全省: the whole area, which ends a level's section and is no level. */
    private static final Pattern WHOLE = Pattern.compile("全[省市县区州盟旗]");

    private BudgetLevels() {
    }

    /**
     * @param indicator the figure's code
     * @param breakdown its breakdown so far, or null
     * @param t         the article
     * @param at        where the figure starts
     * @return the breakdown with the level of the nearest heading above that names one, when the figure's own line names
     * neither a level nor the whole area
     */
    static Map<String, String> scoped(String indicator, Map<String, String> breakdown, String t, int at) {
        if (!IndicatorCatalog.splits(indicator, DIMENSION) || breakdown != null && breakdown.containsKey(DIMENSION)) {
            return breakdown;
        }
        int lineStart = t.lastIndexOf('\n', at - 1) + 1;
        if (WHOLE.matcher(t.substring(lineStart, at)).find()) {
            return breakdown;
        }
        int end = lineStart - 1;
        int floor = Math.max(0, at - REACH);
        while (end > floor) {
            int start = t.lastIndexOf('\n', end - 1) + 1;
            String line = t.substring(start, end).strip();
            end = start - 1;
            if (line.isEmpty() || line.length() > MAX_HEADING || FIGURE.matcher(line).find()) {
                continue;
            }
            if (WHOLE.matcher(line).find()) {
                return breakdown;
            }
            for (Classifications.Found f : Classifications.findAll(line)) {
                if (DIMENSION.equals(f.item().dimension())) {
                    Map<String, String> out = breakdown == null ? new TreeMap<>() : new TreeMap<>(breakdown);
                    out.put(DIMENSION, f.item().name());
                    return Collections.unmodifiableMap(out);
                }
            }
        }
        return breakdown;
    }
}
