package io.zhibiao.extract;

/**
 * One indicator of the catalog.
 *
 * @param code      dotted lower-case code, e.g. {@code loans.issued}
 * @param name      Chinese name
 * @param unitClass the unit class its values take (a {@link UnitClass} code)
 * @param summable  whether values of different places or periods may be added (false for rates, balances, averages)
 */
public record IndicatorDef(String code, String name, String unitClass, boolean summable) {
}
