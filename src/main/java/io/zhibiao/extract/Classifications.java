package io.zhibiao.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The national classifications that split an indicator into series of their own (sectors of GB/T 4754, the CPI's
 * eight categories, main industrial products, crops, retail goods classes, school types …), read once from
 * {@code indicators/classifications/NAME.tsv} for every NAME the catalog's breakdowns column uses.
 */
final class Classifications {

    static final String FOLDER = "/indicators/classifications/";

    /**
     * One item of a classification.
     *
     * @param dimension the classification's name (sector, product, crop …), the key of the breakdown
     * @param name      the item as the classification writes it, the value of the breakdown
     * @param level     the level an item alone names when no indicator word stands by it (粗钢 → output.mass), or null
     */
    record Item(String dimension, String name, String level) {
    }

    /** One way of writing an item, found in a text from {@code start} to {@code end}. */
    record Found(Item item, int start, int end) {
    }

    private static final List<Item> ITEMS = new ArrayList<>();
    /** Every way of writing every item, by its first character, longest first. */
    private static final Map<Character, List<Map.Entry<String, Item>>> BY_FIRST = new HashMap<>();
    /** BY_FIRST's keys as bits: most characters of a text start no item, and a bit is cheaper than a boxed look-up. */
    private static final java.util.BitSet FIRSTS = new java.util.BitSet();

    static {
        for (String dimension : IndicatorCatalog.dimensions()) {
            read(dimension);
        }
        BY_FIRST.values().forEach(l -> l.sort(Comparator.comparingInt((Map.Entry<String, Item> e) -> -e.getKey().length())));
    }

    private Classifications() {
    }

    /** Every item of every classification, in file order. */
    static List<Item> items() {
        return List.copyOf(ITEMS);
    }

    /** The items written in the text, in order, a longer one winning where two start at one place (蔬菜及食用菌). */
    static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            List<Map.Entry<String, Item>> cands = FIRSTS.get(text.charAt(i)) ? BY_FIRST.get(text.charAt(i)) : null;
            if (cands == null) {
                continue;
            }
            if (i > 0 && insideNumber(text.charAt(i - 1), text.charAt(i))) {
                continue; // 15亿元以上 holds no 5亿元以上, nor 亿元以上
            }
            for (Map.Entry<String, Item> c : cands) {
                if (text.startsWith(c.getKey(), i)) {
                    if (!excepted(text, i, i + c.getKey().length())) {
                        out.add(new Found(c.getValue(), i, i + c.getKey().length()));
                    }
                    i += c.getKey().length() - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** 除 (除了) a few characters before an item that 之外/以外 closes: the item is what the figure leaves out. */
    private static final java.util.regex.Pattern EXCEPT = java.util.regex.Pattern.compile("除了?[^，。；,;]{0,4}$");

    /** 全省除预备项目之外的62个…项目: the item named between 除 and 之外 is left out, no breakdown of the figure. */
    private static boolean excepted(String text, int start, int end) {
        return (text.startsWith("之外", end) || text.startsWith("以外", end) || text.startsWith("外的", end))
                && EXCEPT.matcher(text).region(Math.max(0, start - 5), start).find();
    }

    /** A spelling starting with a digit or a multiplier right after a digit would start inside a number. */
    private static boolean insideNumber(char before, char first) {
        boolean numberBefore = Character.isDigit(before) || before == '.';
        return numberBefore && (Character.isDigit(first) || "亿万千百十".indexOf(first) >= 0);
    }

    /** The item written last in the text (nearest a figure that follows it), or null. */
    static Found last(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private static void read(String dimension) {
        String resource = FOLDER + dimension + ".tsv";
        InputStream in = CatalogSource.open(resource);
        if (in == null) {
            throw new IllegalStateException("The catalog names a classification " + dimension + " but " + resource
                    + " is not on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    add(dimension, line, CatalogSource.describe(resource) + " line " + n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(String dimension, String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[0].isBlank()) {
            throw new IllegalStateException(where + ": 3 tab-separated columns expected (item, aliases, level)");
        }
        String level = f[2].equals("-") ? null : f[2];
        if (level != null && IndicatorCatalog.entry(level) == null) {
            throw new IllegalStateException(where + ": unknown level " + level);
        }
        Item item = new Item(dimension, f[0], level);
        ITEMS.add(item);
        // "=食品价格|…": only these ways of writing; the name alone names something else too (食品工业, 猪肉产量)
        boolean onlyThese = f[1].startsWith("=");
        List<String> spellings = new ArrayList<>(onlyThese ? List.of() : List.of(f[0]));
        if (!f[1].equals("-")) {
            spellings.addAll(List.of(f[1].substring(onlyThese ? 1 : 0).split("\\|")));
        }
        for (String s : spellings) {
            BY_FIRST.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(Map.entry(s, item));
            FIRSTS.set(s.charAt(0));
        }
    }
}
