package io.zhibiao.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zhibiao.extract.IndicatorCatalog;
import io.zhibiao.extract.IndicatorDef;

/**
 * What the checks need to know of the catalog: which growth code relates which level (and whether it is real growth),
 * which indicators are parts of which whole, and which parts may be added up. Read once from the catalog and from
 * {@code checks/comparable-prices.txt} and {@code checks/partitions.tsv}.
 */
final class CatalogRelations {

    /** A growth code and the level it is the growth of; {@code real} when stated at comparable prices. */
    record Growth(String growth, String level, boolean real) {
    }

    /**
     * A part of a whole within a group whose members are added up: a disjoint partition's parts share the group
     * {@code "+"}; any other part is a group of its own (its code).
     */
    record Part(String whole, String part, String group) {
    }

    static final CatalogRelations CATALOG = new CatalogRelations(IndicatorCatalog.ALL,
            codes(read("checks/comparable-prices.txt")), partitions(read("checks/partitions.tsv")));

    private final List<Growth> growths = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final Map<String, Set<String>> related = new HashMap<>();

    CatalogRelations(Collection<IndicatorDef> catalog, Set<String> comparablePrices, Map<String, Set<String>> partitions) {
        Set<String> known = new LinkedHashSet<>();
        catalog.forEach(def -> known.add(def.code()));
        for (IndicatorDef def : catalog) {
            if ("yoy".equals(def.family())) {
                growths.add(new Growth(def.code(), def.level(), comparablePrices.contains(def.level())));
                relate(def.code(), def.level());
            }
            if (def.partOf() != null) {
                boolean summed = partitions.getOrDefault(def.partOf(), Set.of()).contains(def.code());
                parts.add(new Part(def.partOf(), def.code(), summed ? "+" : def.code()));
                relate(def.code(), def.partOf());
            }
        }
        requireKnown(comparablePrices, known, "checks/comparable-prices.txt");
        partitions.forEach((whole, members) -> {
            requireKnown(Set.of(whole), known, "checks/partitions.tsv");
            requireKnown(members, known, "checks/partitions.tsv");
        });
    }

    List<Growth> growths() {
        return growths;
    }

    List<Part> parts() {
        return parts;
    }

    /** The indicator with every indicator a finding about it may be anchored on: its growth, level, whole and parts. */
    Set<String> withRelated(String indicator) {
        Set<String> all = new LinkedHashSet<>();
        all.add(indicator);
        all.addAll(related.getOrDefault(indicator, Set.of()));
        return all;
    }

    private void relate(String a, String b) {
        related.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        related.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
    }

    private static void requireKnown(Set<String> codes, Set<String> known, String file) {
        for (String code : codes) {
            if (!known.contains(code)) {
                throw new IllegalStateException(file + " names " + code + ", which is not in the indicator catalog");
            }
        }
    }

    private static Set<String> codes(List<String[]> rows) {
        Set<String> codes = new LinkedHashSet<>();
        rows.forEach(row -> codes.add(row[0]));
        return codes;
    }

    private static Map<String, Set<String>> partitions(List<String[]> rows) {
        Map<String, Set<String>> partitions = new HashMap<>();
        for (String[] row : rows) {
            if (row.length != 2) {
                throw new IllegalStateException("checks/partitions.tsv: a line must be a whole and its parts: "
                        + String.join("\t", row));
            }
            partitions.put(row[0], new LinkedHashSet<>(List.of(row[1].split(","))));
        }
        return partitions;
    }

    /** The lines of a resource without comments and blank lines, split at tabs. */
    private static List<String[]> read(String resource) {
        InputStream in = CatalogRelations.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String content = line.replaceFirst("#.*", "").strip();
                if (!content.isEmpty()) {
                    rows.add(content.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
