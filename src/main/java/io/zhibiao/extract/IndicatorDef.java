package io.zhibiao.extract;

/**
 * One indicator of the catalog ({@code src/main/resources/indicators/catalog.tsv}).
 *
 * @param code      dotted lower-case code, e.g. {@code loans.issued}
 * @param name      Chinese name, the national statistics system's where it has one
 * @param unitClass the unit class its values take (a {@link UnitClass} code)
 * @param summable  whether values of different places or periods may be added (false for rates, balances, averages)
 * @param level     for a growth, change or share code: the level it is derived from; else null
 * @param family    how it derives from its level ({@code yoy}, {@code yoy.pp}, {@code change}, {@code share}), or null
 * @param partOf    the whole this indicator is a part of, or null
 */
public record IndicatorDef(String code, String name, String unitClass, boolean summable, String level, String family,
                           String partOf) {
}
