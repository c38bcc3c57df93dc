package io.zhibiao.charts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.zhibiao.extract.IndicatorCatalog;
import io.zhibiao.extract.IndicatorDef;

/**
 * What the bulletin charts read from the catalog: the growth code linked to a level, whether that growth is stated at
 * comparable prices (real growth, 按可比价格计算), as {@code checks/comparable-prices.txt} lists, and the parts of a whole
 * (part_of) that add up to it, as {@code checks/partitions.tsv} lists (the checks read the same two files).
 */
final class BulletinLinks {

    private static final Map<String, String> GROWTH_OF_LEVEL = new HashMap<>();
    private static final Map<String, String> LEVEL_OF_GROWTH = new HashMap<>();
    private static final Set<String> REAL = Set.copyOf(lines("checks/comparable-prices.txt"));
    private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();
    private static final Map<String, String> WHOLE_OF_PART = new HashMap<>();

    static {
        for (IndicatorDef def : IndicatorCatalog.ALL) {
            if ("yoy".equals(def.family()) && def.level() != null) {
                GROWTH_OF_LEVEL.put(def.level(), def.code());
                LEVEL_OF_GROWTH.put(def.code(), def.level());
            }
            if (def.partOf() != null) {
                WHOLE_OF_PART.put(def.code(), def.partOf());
            }
        }
        // Only a partition may be stacked to 100 %: parts that overlap (限额以上 within 社会消费品零售总额) are not a structure.
        for (String line : lines("checks/partitions.tsv")) {
            String[] columns = line.split("\t");
            List<String> parts = List.of(columns[1].split(","));
            if (parts.stream().allMatch(p -> columns[0].equals(WHOLE_OF_PART.get(p)))) {
                PARTS.put(columns[0], parts);
            }
        }
    }

    private BulletinLinks() {
    }

    /** The year-on-year growth code of a level ({@code gdp} → {@code gdp.yoy}), if the catalog links one. */
    static Optional<String> growthOf(String level) {
        return Optional.ofNullable(GROWTH_OF_LEVEL.get(level));
    }

    /** The level a growth code is the growth of, if it is one. */
    static Optional<String> levelOf(String growth) {
        return Optional.ofNullable(LEVEL_OF_GROWTH.get(growth));
    }

    /** Whether the level's growth is real (at comparable prices): then it is never computed from nominal levels. */
    static boolean realGrowth(String level) {
        return REAL.contains(level);
    }

    /** The disjoint parts of a whole, in the catalog's order ({@code gdp} → 第一、二、三产业增加值); empty if it has none. */
    static List<String> partsOf(String whole) {
        return PARTS.getOrDefault(whole, List.of());
    }

    /** Every whole with parts, each with its parts. */
    static Map<String, List<String>> wholes() {
        return PARTS;
    }

    /** The whole an indicator is a part of (part_of), if any. */
    static Optional<String> wholeOf(String part) {
        return Optional.ofNullable(WHOLE_OF_PART.get(part));
    }

    /** The lines of a resource without comments and blank lines. */
    private static List<String> lines(String resource) {
        InputStream in = BulletinLinks.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String content = line.replaceFirst("#.*", "").strip();
                if (!content.isEmpty()) {
                    out.add(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
