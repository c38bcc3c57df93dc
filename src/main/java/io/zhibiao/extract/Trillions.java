package io.zhibiao.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 兆 as Taiwan and Hong Kong write a trillion (10^12) of money: 3兆2100.6亿元 is one amount, 2兆元 another; 兆瓦 and 兆帕
 * (the metric mega) are no money and are left to the unit table.
 */
final class Trillions {

    private static final BigDecimal TRILLION = new BigDecimal("1000000000000");

    /** After 兆: the rest in 亿 or 万 (2100.6亿), then 元 or 元人民币; or 元 at once. */
    private static final Pattern REST = Pattern.compile("(?:(\\d+(?:,\\d{3})*(?:\\.\\d+)?)([亿万]))?(元(?:人民币)?)?");

    private Trillions() {
    }

    /** The amount of {@code core} written at [s,e) followed by 兆, or null when no 兆 of money follows. */
    static FigureScanner.Figure at(String text, int s, int e, BigDecimal core) {
        if (core == null || e >= text.length() || text.charAt(e) != '兆') {
            return null;
        }
        Matcher m = REST.matcher(text).region(e + 1, text.length());
        if (!m.lookingAt() || m.end() == e + 1 || m.group(1) != null && m.group(2) == null) {
            return null;
        }
        BigDecimal value = core.multiply(TRILLION);
        String unit = "兆";
        if (m.group(1) != null) {
            BigDecimal rest = NumberReader.arabic(m.group(1));
            if (rest == null) {
                return null;
            }
            value = value.add(rest.multiply(BigDecimal.valueOf("亿".equals(m.group(2)) ? 100_000_000L : 10_000L)));
            unit = m.group(2);
        }
        unit += m.group(3) == null ? "" : "元";
        return new FigureScanner.Figure(s, m.end(), value.stripTrailingZeros(), null, UnitClass.MONEY_CNY, unit, null, false);
    }
}
