package io.zhibiao.series;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.zhibiao.extract.Breakdowns;
import io.zhibiao.system.ProblemException;

/**
 * The 'breakdown' query parameter: {@code dimension:item} pairs, comma-separated ({@code product:粗钢}); absent means
 * the indicator's total (figures with no breakdown), so answers without it stay what they were before breakdowns.
 */
final class BreakdownParam {

    static final String DESCRIPTION = "The item of a national classification, as dimension:item (product:粗钢, "
            + "sector:批发和零售业; several comma-separated); absent: the indicator's total, figures with no breakdown";

    private static final Pattern DIMENSION = Pattern.compile("[a-z][a-z_]*");
    private static final Pattern ITEM = Pattern.compile("[^,;=:\\s][^,;=:]*");

    private BreakdownParam() {
    }

    /** The canonical key of the asked breakdown ({@link Breakdowns#NONE} when absent); 400 naming the parameter when malformed. */
    static String key(String value) {
        if (value == null || value.isBlank()) {
            return Breakdowns.NONE;
        }
        Map<String, String> pairs = new TreeMap<>();
        for (String pair : value.split(",", -1)) {
            int colon = pair.indexOf(':');
            String dimension = colon < 0 ? "" : pair.substring(0, colon).strip();
            String item = colon < 0 ? "" : pair.substring(colon + 1).strip();
            if (!DIMENSION.matcher(dimension).matches() || !ITEM.matcher(item).matches()
                    || pairs.put(dimension, item) != null) {
                throw ProblemException.badRequest("Parameter 'breakdown' must be dimension:item pairs, comma-separated, "
                        + "each dimension once (e.g. product:粗钢), not '" + value + "'");
            }
        }
        return Breakdowns.key(pairs);
    }

    /** The parameter that asks for a breakdown by its canonical key (product=粗钢 → product:粗钢); null for the total. */
    static String parameter(String key) {
        Map<String, String> pairs = Breakdowns.of(key);
        return pairs == null ? null : String.join(",", pairs.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).toList());
    }

    /** The breakdown an answer names: null for the total (left out of the JSON). */
    static Map<String, String> named(String key) {
        return Breakdowns.of(key);
    }
}
