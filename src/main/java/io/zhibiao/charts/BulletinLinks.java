package io.zhibiao.charts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.zhibiao.extract.IndicatorCatalog;
import io.zhibiao.extract.IndicatorDef;

/**
 * What the bulletin charts read from the catalog: the growth code linked to a level, and whether that growth is
 * stated at comparable prices (real growth, 按可比价格计算), as {@code checks/comparable-prices.txt} lists.
 */
final class BulletinLinks {

    private static final Map<String, String> GROWTH_OF_LEVEL = new HashMap<>();
    private static final Map<String, String> LEVEL_OF_GROWTH = new HashMap<>();
    private static final Set<String> REAL = comparablePrices();

    static {
        for (IndicatorDef def : IndicatorCatalog.ALL) {
            if ("yoy".equals(def.family()) && def.level() != null) {
                GROWTH_OF_LEVEL.put(def.level(), def.code());
                LEVEL_OF_GROWTH.put(def.code(), def.level());
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

    private static Set<String> comparablePrices() {
        InputStream in = BulletinLinks.class.getClassLoader().getResourceAsStream("checks/comparable-prices.txt");
        if (in == null) {
            throw new IllegalStateException("Missing resource checks/comparable-prices.txt");
        }
        Set<String> codes = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String code = line.replaceFirst("#.*", "").strip();
                if (!code.isEmpty()) {
                    codes.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
