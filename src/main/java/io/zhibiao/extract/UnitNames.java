package io.zhibiao.extract;

import java.util.Optional;

/** The unit class of a unit as written (亿元 → money_cny, 万人次 → person_time), for inputs that name a unit. */
public final class UnitNames {

    /** Scale words a unit may start with, longest first (万亿元 is 万亿 + 元, not 万 + 亿元). */
    private static final String[] SCALES = { "万亿", "亿", "万", "千", "百", "" };

    private UnitNames() {
    }

    /** The class of the whole text as one unit (an optional scale word, then a unit of the table), else empty. */
    public static Optional<UnitClass> classOf(String unit) {
        if (unit == null || unit.isBlank()) {
            return Optional.empty();
        }
        for (String scale : SCALES) {
            if (unit.startsWith(scale) && unit.length() > scale.length()) {
                UnitTable.Unit u = UnitTable.at(unit, scale.length());
                if (u != null && u.text().length() == unit.length() - scale.length()) {
                    return Optional.of(u.unitClass());
                }
            }
        }
        return Optional.empty();
    }
}
