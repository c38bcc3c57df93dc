package io.zhibiao.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * China's administrative divisions (GB/T 2260) loaded from the classpath, with a name matcher that knows
 * full names, short names and common former names (余江县, 南康市).
 */
public final class Gazetteer {

    /** Level numbers: 0 the nation, 1 province, 2 prefecture, 3 county. */
    public record Region(String code, String name, String shortName, int level, String parentCode) {
    }

    /** One name found in a text: where, and which regions it may denote. */
    record NameMatch(int start, int end, List<Region> candidates, boolean fullName) {
    }

    public static final String NATIONAL = "000000";

    private static volatile Gazetteer shared;

    private final Map<String, Region> byCode = new HashMap<>();
    private final Node root;
    private final boolean[] firstChars = new boolean[65536];

    /** The gazetteer of /regions/cn-divisions.csv, loaded once. */
    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) {
                    g = new Gazetteer(Gazetteer.class.getResourceAsStream("/regions/cn-divisions.csv"));
                    shared = g;
                }
            }
        }
        return g;
    }

    Gazetteer(InputStream csv) {
        Map<String, List<Region>> full = new LinkedHashMap<>();
        Map<String, List<Region>> shortNames = new LinkedHashMap<>();
        if (csv == null) {
            throw new IllegalStateException("gazetteer /regions/cn-divisions.csv not on the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length < 5 || f[0].isBlank()) {
                    continue;
                }
                int level = switch (f[3].trim()) {
                    case "province" -> 1;
                    case "prefecture" -> 2;
                    default -> 3;
                };
                Region reg = new Region(f[0].trim(), f[1].trim(), f[2].trim(), level, f[4].trim());
                byCode.put(reg.code(), reg);
                full.computeIfAbsent(reg.name(), k -> new ArrayList<>()).add(reg);
                if (!reg.shortName().equals(reg.name()) && reg.shortName().length() >= 2) {
                    shortNames.computeIfAbsent(reg.shortName(), k -> new ArrayList<>()).add(reg);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Former names: most districts were counties or county-level cities (余江县 → 余江区, 南康市 → 南康区).
        Map<String, List<Region>> former = new LinkedHashMap<>();
        for (Region reg : byCode.values()) {
            if (reg.level() != 3 || reg.shortName().length() < 2 || reg.shortName().equals(reg.name())) {
                continue;
            }
            List<String> olds = new ArrayList<>();
            if (reg.name().endsWith("区")) {
                olds.add(reg.shortName() + "县");
                olds.add(reg.shortName() + "市");
            } else if (reg.name().endsWith("市")) {
                olds.add(reg.shortName() + "县");
            }
            for (String old : olds) {
                if (!full.containsKey(old)) {
                    former.computeIfAbsent(old, k -> new ArrayList<>()).add(reg);
                }
            }
        }
        formerNames(Gazetteer.class.getResourceAsStream("/regions/former-names.csv"), full, former);
        TreeMap<String, Entry> all = new TreeMap<>();
        shortNames.forEach((k, v) -> all.put(k, new Entry(v, false)));
        former.forEach((k, v) -> all.put(k, new Entry(v, true)));
        full.forEach((k, v) -> all.put(k, new Entry(v, true)));
        root = new Node();
        all.forEach((name, entry) -> {
            root.insert(name, 0, entry);
            firstChars[name.charAt(0)] = true;
        });
        root.freeze();
        for (String code : byCode.keySet()) {
            String p = provinceWalk(code);
            if (p != null) {
                provinces.put(code, p);
            }
        }
    }

    private record Entry(List<Region> regions, boolean fullName) {
    }

    /**
     * Names of divisions renamed, upgraded or merged away (横县 → 横州市, 户县 → 鄠邑区, 宣武区 → 西城区) that the rule above
     * cannot derive, from {@code /regions/former-names.csv}: each stands for the division that holds its land today. A
     * name in use today keeps its own meaning.
     */
    private void formerNames(InputStream csv, Map<String, List<Region>> full, Map<String, List<Region>> former) {
        if (csv == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                Region today = f.length >= 2 ? byCode.get(f[1].trim()) : null;
                if (today != null && !full.containsKey(f[0].trim())) {
                    former.put(f[0].trim(), new ArrayList<>(List.of(today)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Region byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** Every region, unordered. */
    public java.util.Collection<Region> regions() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    /** The province-level code of a region, or null. */
    public String provinceOf(String code) {
        if (code == null) {
            return null;
        }
        String p = provinces.get(code);
        return p != null ? p : provinceWalk(code);
    }

    private final Map<String, String> provinces = new HashMap<>();

    private String provinceWalk(String code) {
        Region r = byCode(code);
        while (r != null && r.level() > 1) {
            r = byCode(r.parentCode());
        }
        return r == null ? null : r.code();
    }

    /** The prefecture-level code above (or equal to) a region; for municipal districts, the province. */
    public String prefectureOf(String code) {
        Region r = byCode(code);
        if (r == null) {
            return null;
        }
        if (r.level() == 3) {
            return r.parentCode();
        }
        return r.code();
    }

    /** True when {@code ancestor} is {@code code} or contains it; 000000 contains everything. */
    public boolean contains(String ancestor, String code) {
        if (ancestor == null || code == null) {
            return false;
        }
        if (NATIONAL.equals(ancestor)) {
            return true;
        }
        Region r = byCode(code);
        while (r != null) {
            if (r.code().equals(ancestor)) {
                return true;
            }
            r = r.parentCode().isEmpty() ? null : byCode(r.parentCode());
        }
        return false;
    }

    public int levelOf(String code) {
        if (NATIONAL.equals(code)) {
            return 0;
        }
        Region r = byCode(code);
        return r == null ? -1 : r.level();
    }

    /** The longest place name starting at {@code pos}, or null. */
    NameMatch matchAt(CharSequence text, int pos) {
        if (pos >= text.length() || !firstChars[text.charAt(pos)]) {
            return null;
        }
        Node n = root;
        Entry best = null;
        int bestEnd = -1;
        for (int i = pos; i < text.length(); i++) {
            n = n.child(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.entry != null) {
                best = n.entry;
                bestEnd = i + 1;
            }
        }
        return best == null ? null : new NameMatch(pos, bestEnd, best.regions(), best.fullName());
    }

    /** A trie frozen into sorted arrays, so matching allocates nothing. */
    private static final class Node {
        private TreeMap<Character, Node> building = new TreeMap<>();
        private char[] keys;
        private Node[] children;
        private Entry entry;

        void insert(String s, int i, Entry e) {
            if (i == s.length()) {
                entry = e;
                return;
            }
            building.computeIfAbsent(s.charAt(i), k -> new Node()).insert(s, i + 1, e);
        }

        void freeze() {
            keys = new char[building.size()];
            children = new Node[building.size()];
            int i = 0;
            for (Map.Entry<Character, Node> en : building.entrySet()) {
                keys[i] = en.getKey();
                children[i] = en.getValue();
                en.getValue().freeze();
                i++;
            }
            building = null;
        }

        Node child(char c) {
            int lo = 0;
            int hi = keys.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char k = keys[mid];
                if (k < c) {
                    lo = mid + 1;
                } else if (k > c) {
                    hi = mid - 1;
                } else {
                    return children[mid];
                }
            }
            return null;
        }
    }
}
