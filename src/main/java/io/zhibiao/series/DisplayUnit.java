package io.zhibiao.series;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.UnitClass;

/**
 * How a front end prints the values of one series or answer: {@code value / scale} followed by
 * {@code unit}. Chosen once per series (by its largest magnitude) so every point shares it: 亿 from
 * 1e8, 万 from 1e4. Charts scale their value axis, labels and CSV with it too, so they print what the JSON says.
 */
@Schema(description = "How to print the values: value / scale, then unit (e.g. 320000000 → 3.2 亿元); one for the whole series")
public record DisplayUnit(
        @Schema(description = "The unit 'value' is counted in", example = "元") String baseUnit,
        @Schema(description = "The unit to print", example = "亿元") String unit,
        @Schema(description = "What one 'unit' is in base units: divide 'value' by it", example = "100000000") long scale) {

    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);

    /** The base unit of each unit class, as stored values count it; counts and others use their measure word. */
    private static final Map<UnitClass, String> BASE = Map.ofEntries(
            Map.entry(UnitClass.MONEY_CNY, "元"), Map.entry(UnitClass.PERSON, "人"), Map.entry(UnitClass.PERSON_TIME, "人次"),
            Map.entry(UnitClass.LENGTH_KM, "公里"), Map.entry(UnitClass.VOLUME_M3, "立方米"), Map.entry(UnitClass.AREA_HA, "公顷"),
            Map.entry(UnitClass.AREA_HA_TIME, "公顷次"), Map.entry(UnitClass.MASS_T, "吨"), Map.entry(UnitClass.POWER_KW, "千瓦"),
            Map.entry(UnitClass.PERCENT, "%"), Map.entry(UnitClass.RATIO, ""));

    /** Whether values of the class are rates (percent, ratio): never scaled, never transformed by units=. */
    static boolean isRate(UnitClass unitClass) {
        return unitClass == UnitClass.PERCENT || unitClass == UnitClass.RATIO;
    }

    /** The base unit of a unit class; for counts the measure word written most often, without 万/亿. */
    public static String baseUnit(UnitClass unitClass, Collection<String> writtenUnits) {
        String base = BASE.get(unitClass);
        if (base != null) {
            return base;
        }
        return writtenUnits.stream().filter(Objects::nonNull)
                .map(u -> u.replaceFirst("^[万亿千百]+", ""))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    /** 亿 or 万 by the largest magnitude; percent and ratio are printed as they are. */
    public static DisplayUnit of(UnitClass unitClass, String base, Collection<BigDecimal> values) {
        if (isRate(unitClass)) {
            return new DisplayUnit(base, base, 1);
        }
        BigDecimal maxAbs = values.stream().filter(Objects::nonNull).map(BigDecimal::abs)
                .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        if (maxAbs.compareTo(YI) >= 0) {
            return new DisplayUnit(base, "亿" + base, YI.longValue());
        }
        if (maxAbs.compareTo(WAN) >= 0) {
            return new DisplayUnit(base, "万" + base, WAN.longValue());
        }
        return new DisplayUnit(base, base, 1);
    }

    /** A value in base units counted in {@code unit} (exact: the scale is a power of ten). */
    public BigDecimal inUnit(BigDecimal baseValue) {
        return baseValue.divide(BigDecimal.valueOf(scale));
    }

    /** A CSV column header naming the base unit: {@code value (元)}. */
    String column(String name) {
        return baseUnit.isEmpty() ? name : name + " (" + baseUnit + ")";
    }
}
