package io.zhibiao.charts;

import java.math.BigDecimal;
import java.util.Map;

/** The unit a chart's axis shows, scaled to the size of its values (亿元 rather than 100000000元). */
record UnitScale(String label, BigDecimal divisor) {

    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal WAN = new BigDecimal("10000");

    /** The base unit of each unit class, as stored values count it. */
    private static final Map<String, String> BASE = Map.ofEntries(
            Map.entry("money_cny", "元"), Map.entry("person", "人"), Map.entry("person_time", "人次"),
            Map.entry("length_km", "公里"), Map.entry("volume_m3", "立方米"), Map.entry("area_ha", "公顷"),
            Map.entry("area_ha_time", "公顷次"), Map.entry("mass_t", "吨"), Map.entry("power_kw", "千瓦"));

    /**
     * Picks 亿 or 万 by the largest magnitude; percent and ratio stay as they are; counts and other
     * classes use the measure word the articles wrote most often.
     */
    static UnitScale of(String unitClass, String writtenUnit, BigDecimal maxAbs) {
        if (unitClass.equals("percent")) {
            return new UnitScale("%", BigDecimal.ONE);
        }
        if (unitClass.equals("ratio")) {
            return new UnitScale("", BigDecimal.ONE);
        }
        String base = BASE.getOrDefault(unitClass, stripMultiplier(writtenUnit));
        if (maxAbs.compareTo(YI) >= 0) {
            return new UnitScale("亿" + base, YI);
        }
        if (maxAbs.compareTo(WAN) >= 0) {
            return new UnitScale("万" + base, WAN);
        }
        return new UnitScale(base, BigDecimal.ONE);
    }

    private static String stripMultiplier(String unit) {
        if (unit == null) {
            return "";
        }
        return unit.replaceFirst("^[万亿千百]+", "");
    }

    double scaled(BigDecimal value) {
        return value.divide(divisor).doubleValue();
    }
}
