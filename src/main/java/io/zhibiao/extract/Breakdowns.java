package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The canonical text key of a breakdown, as stored and compared: dimension=item pairs sorted by dimension and joined
 * by ';' ({@code product=粗钢}), the empty string for none (the indicator's total). One key per breakdown, whatever
 * the order of its map, so it can be part of a primary key and of plain equality joins.
 */
public final class Breakdowns {

    /** The key of the total: no breakdown. */
    public static final String NONE = "";

    private Breakdowns() {
    }

    /** The key of a breakdown; {@link #NONE} for null or an empty map. */
    public static String key(Map<String, String> breakdown) {
        if (breakdown == null || breakdown.isEmpty()) {
            return NONE;
        }
        return new TreeMap<>(breakdown).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /**
     * The classifications that split an indicator into series of their own (those of its level: output.mass.yoy is
     * split as output.mass is), in catalog order; empty for an unknown code.
     */
    public static List<String> dimensionsOf(String indicator) {
        return IndicatorCatalog.dimensions().stream().filter(d -> IndicatorCatalog.splits(indicator, d)).toList();
    }

    /** Every classification's items as the classification writes them (the breakdown's values), in file order. */
    public static Map<String, List<String>> items() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        IndicatorCatalog.dimensions().forEach(d -> out.put(d, new ArrayList<>()));
        Classifications.items().forEach(i -> out.get(i.dimension()).add(i.name()));
        return out;
    }

    /** The breakdown a key names, in key order; null for {@link #NONE}. */
    public static Map<String, String> of(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : key.split(";")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }
}
