package io.zhibiao.extract;

import java.math.BigDecimal;

/**
 * 亩产520公斤, 单产达到1060斤: a mass right after the words of a yield per mu is that yield, kept in kilograms per mu like
 * 单产412.3公斤/亩 (unit class other), not a mass of grain.
 */
final class YieldPerMu {

    /** How far before the number 亩产 or 单产 may stand (亩产达到, 平均亩产为). */
    private static final int REACH = 6;

    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    private YieldPerMu() {
    }

    /** The figure as a yield per mu when the words before it name one, else the figure as read. */
    static FigureScanner.Figure of(String text, FigureScanner.Figure f) {
        if (f == null || f.unitClass() != UnitClass.MASS_T || !afterYieldWords(text, f.start())) {
            return f;
        }
        BigDecimal kg = f.value().multiply(KG_PER_TONNE).stripTrailingZeros();
        BigDecimal kgMax = f.valueMax() == null ? null : f.valueMax().multiply(KG_PER_TONNE).stripTrailingZeros();
        return new FigureScanner.Figure(f.start(), f.end(), kg, kgMax, UnitClass.OTHER, f.unit() + "/亩", f.qualifier(),
                f.chinese());
    }

    private static boolean afterYieldWords(String text, int start) {
        String before = text.substring(Math.max(0, start - REACH), start);
        int at = Math.max(before.lastIndexOf("亩产"), before.lastIndexOf("单产"));
        return at >= 0 && before.indexOf('，', at) < 0 && before.indexOf('、', at) < 0;
    }
}
