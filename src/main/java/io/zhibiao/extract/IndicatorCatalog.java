package io.zhibiao.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The indicators the extractor may emit and the cue words that select them, read once from
 * {@code indicators/catalog.tsv} (the file's header says its columns); the service mirrors the same list.
 */
public final class IndicatorCatalog {

    public static final String OTHER = "other";
    /** A growth whose subject no cue names. */
    public static final String GROWTH = "growth.rate";
    /** A rate no cue names. */
    public static final String RATE = "rate.other";

    static final String RESOURCE = "/indicators/catalog.tsv";

    /** A catalog row as written: its own cues and example; derived codes have none. */
    record Entry(int index, IndicatorDef def, UnitClass unitClass, Anchored cueFinder, List<String> words,
                 List<String> families, String example, List<String> breakdowns) {

        /** The row's cue regex, or null for a row without cues. */
        Pattern cues() {
            return cueFinder == null ? null : cueFinder.pattern();
        }

        boolean has(String family) {
            return families.contains(family);
        }

        /**
         * False when the text holds none of the words one of which every match of the row's cues holds ({@link CueWords}):
         * trying a regex costs far more than this.
         */
        boolean mayMatch(String text) {
            if (words == null) {
                return true;
            }
            for (String w : words) {
                if (text.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the text holds one of the row's cues. */
        boolean cuedIn(String text) {
            return mayMatch(text) && cueFinder.foundIn(text);
        }

        /** The end of the last cue in the text, or -1. */
        int lastCueEnd(String text) {
            return mayMatch(text) ? cueFinder.lastEnd(text) : -1;
        }
    }

    private static final List<Entry> ENTRIES;
    /** Every indicator, rows and derived codes, in the file's order. */
    public static final List<IndicatorDef> ALL;
    private static final Map<String, IndicatorDef> BY_CODE = new LinkedHashMap<>();
    private static final Map<UnitClass, List<Entry>> BY_UNIT_CLASS = new java.util.EnumMap<>(UnitClass.class);
    private static final java.util.Set<String> CATCH_ALL = new java.util.HashSet<>();
    private static final Map<String, Entry> ENTRY_BY_CODE = new LinkedHashMap<>();
    /** Whole → the codes that are parts of it (part_of), in the file's order. */
    private static final Map<String, List<String>> PARTS = new java.util.HashMap<>();
    private static final CueWords.Index CUE_WORDS;
    /** The "|" between a figure's words and its unit in the text the cues are tried on: a cue's word that tells nothing. */
    private static final java.util.Set<String> CONTEXT_JOINER = java.util.Set.of("|");

    static {
        ENTRIES = read();
        CUE_WORDS = new CueWords.Index(ENTRIES.stream().map(e -> new CueWords.Needs(e.words(), false)).toList());
        List<IndicatorDef> all = new ArrayList<>();
        for (Entry e : ENTRIES) {
            all.add(e.def());
            all.addAll(derived(e));
        }
        for (IndicatorDef d : all) {
            if (BY_CODE.put(d.code(), d) != null) {
                throw new IllegalStateException("Indicator code twice in " + RESOURCE + ": " + d.code());
            }
        }
        for (IndicatorDef d : all) {
            if (d.partOf() != null && !BY_CODE.containsKey(d.partOf())) {
                throw new IllegalStateException(d.code() + " is part of an unknown code " + d.partOf());
            }
            if (d.partOf() != null) {
                PARTS.computeIfAbsent(d.partOf(), k -> new ArrayList<>()).add(d.code());
            }
        }
        ALL = List.copyOf(all);
        for (Entry e : ENTRIES) {
            ENTRY_BY_CODE.put(e.def().code(), e);
            if (e.cues() != null) {
                BY_UNIT_CLASS.computeIfAbsent(e.unitClass(), k -> new ArrayList<>()).add(e);
                if (e.cues().pattern().equals("\\|")) {
                    CATCH_ALL.add(e.def().code());
                }
            }
        }
    }

    private IndicatorCatalog() {
    }

    public static List<IndicatorDef> all() {
        return ALL;
    }

    /** The definition of a code, or null. */
    public static IndicatorDef byCode(String code) {
        return code == null ? null : BY_CODE.get(code);
    }

    /** The codes that are parts of this whole (their part_of names it), in the file's order; empty for none. */
    static List<String> partsOf(String whole) {
        return PARTS.getOrDefault(whole, List.of());
    }

    public static boolean contains(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    /** True for a row that takes every figure of its unit class no other row took (its cue is \|): area.land, output.mass. */
    public static boolean isCatchAll(String code) {
        return CATCH_ALL.contains(code);
    }

    /** True for the catch-all codes a dashboard cannot join into a series. */
    public static boolean isGeneric(String code) {
        return OTHER.equals(code) || GROWTH.equals(code) || RATE.equals(code);
    }

    /** The catalog row of a level code (derived codes have none), or null. */
    static Entry entry(String code) {
        return code == null ? null : ENTRY_BY_CODE.get(code);
    }

    /**
     * Whether the classification {@code dimension} splits the level of {@code code} (粗钢 of output.mass and of its
     * growth output.mass.yoy).
     */
    static boolean splits(String code, String dimension) {
        IndicatorDef d = byCode(code);
        if (d == null) {
            return false;
        }
        Entry e = entry(d.level() != null ? d.level() : d.code());
        return e != null && e.breakdowns().contains(dimension);
    }

    /** The classifications some row is split by, in file order without repeats. */
    static List<String> dimensions() {
        return ENTRIES.stream().flatMap(e -> e.breakdowns().stream()).distinct().toList();
    }

    /** The rows of a unit class that have cues, in file order. */
    static List<Entry> cuedEntries(UnitClass unitClass) {
        return BY_UNIT_CLASS.getOrDefault(unitClass, List.of());
    }

    /**
     * The rows (by {@link Entry#index}) whose cues may match the text: all that do and a few that do not, found in one
     * pass over it, where asking each row ({@link Entry#mayMatch}) reads the text once a row.
     */
    static java.util.BitSet mayBeCued(String text) {
        return CUE_WORDS.rowsIn(text);
    }

    /** The catalog rows in file order (their order is the cues' precedence). */
    static List<Entry> entries() {
        return ENTRIES;
    }

    /** The code of {@code level} in {@code family} (gdp, yoy → gdp.yoy), or null when the catalog has none. */
    static String familyCode(String level, String family) {
        String code = level + "." + family;
        if (BY_CODE.containsKey(code)) {
            return code;
        }
        // a rate's change is written in percentage points: its code is the rate's yoy.pp (城镇化率提高1.4个百分点)
        IndicatorDef points = "change".equals(family) ? BY_CODE.get(level + ".yoy.pp") : null;
        return points != null && "change".equals(points.family()) ? points.code() : null;
    }

    private static List<IndicatorDef> derived(Entry e) {
        IndicatorDef d = e.def();
        List<IndicatorDef> out = new ArrayList<>();
        if (e.has("yoy")) {
            out.add(new IndicatorDef(d.code() + ".yoy", d.name() + "增速", UnitClass.PERCENT.code(), false, d.code(), "yoy", null));
            out.add(new IndicatorDef(d.code() + ".yoy.pp", d.name() + "增速变动或差距（百分点）", UnitClass.PERCENT.code(), false,
                    d.code(), "yoy.pp", null));
        }
        if (e.has("change")) {
            boolean rate = e.unitClass() == UnitClass.PERCENT;
            // a rate's change in percentage points is coded as a change in points (yoy.pp), an amount's as .change
            out.add(new IndicatorDef(d.code() + (rate ? ".yoy.pp" : ".change"), d.name() + (rate ? "变动（百分点）" : "增减"),
                    d.unitClass(), !rate, d.code(), "change", null));
        }
        if (e.has("contribution")) {
            out.add(new IndicatorDef(d.code() + ".contribution", d.name() + "对经济增长的贡献率", UnitClass.PERCENT.code(), false,
                    d.code(), "contribution", null));
        }
        if (e.has(BudgetRate.FAMILY)) {
            out.add(new IndicatorDef(d.code() + "." + BudgetRate.FAMILY, d.name() + "预算完成率", UnitClass.PERCENT.code(), false,
                    d.code(), BudgetRate.FAMILY, null));
        }
        if (e.has("share")) {
            out.add(new IndicatorDef(d.code() + ".share", d.name() + "占比", UnitClass.PERCENT.code(), false, d.code(), "share",
                    null));
            out.add(new IndicatorDef(d.code() + ".share.change", d.name() + "占比变动（百分点）", UnitClass.PERCENT.code(), false,
                    d.code(), IndicatorClassifier.SHARE_CHANGE, null));
        }
        return out;
    }

    private static List<Entry> read() {
        InputStream in = CatalogSource.open(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The indicator catalog " + RESOURCE + " is not on the class path");
        }
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    out.add(parse(out.size(), line));
                } catch (RuntimeException e) {
                    // a bad line stops the start, saying where it is
                    throw new IllegalStateException(CatalogSource.describe(RESOURCE) + " line " + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(out);
    }

    private static Entry parse(int index, String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 9) {
            throw new IllegalStateException("9 tab-separated columns expected, found " + f.length);
        }
        UnitClass uc = UnitClass.valueOf(f[2].toUpperCase(java.util.Locale.ROOT));
        List<String> families = dash(f[4]) == null ? List.of() : List.of(f[4].split(","));
        IndicatorDef def = new IndicatorDef(f[0], f[1], uc.code(), Boolean.parseBoolean(f[3]), null, null, dash(f[5]));
        Anchored cues = dash(f[6]) == null ? null : Anchored.compile(f[6]);
        List<String> breakdowns = dash(f[8]) == null ? List.of() : List.of(f[8].split(","));
        return new Entry(index, def, uc, cues, cues == null ? List.of() : CueWords.of(f[6], CONTEXT_JOINER), families, dash(f[7]), breakdowns);
    }

    private static String dash(String s) {
        return s.isEmpty() || s.equals("-") ? null : s;
    }
}
