package io.zhibiao.extract;

import java.math.BigDecimal;

/** Reads Arabic numbers (with thousands separators) and Chinese numerals (二十三, 两, 千亿) into exact decimals. */
final class NumberReader {

    private NumberReader() {
    }

    /**
     * Same-length normalisation so offsets stay valid: full-width digits and signs become ASCII, and ASCII punctuation
     * between words becomes the full-width punctuation Chinese text is written with (stored copies of pages often carry
     * ",", "(" and ";"; a comma or colon between digits stays: 1,234 and 10:30).
     */
    static String normalize(String text) {
        char[] cs = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = c;
            if (c >= '０' && c <= '９') {
                r = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                r = '.';
            } else if (c == '％') {
                r = '%';
            } else if (c == '～' || c == '〜') {
                r = '~';
            } else if (c == '－' || c == '−') {
                r = '-';
            } else if (c == '\u00A0' || c == '\u3000') {
                r = ' ';
            } else if (c < 0x80 && ASCII_PUNCTUATION.indexOf(c) >= 0 && !betweenDigits(text, i)) {
                r = FULL_WIDTH_PUNCTUATION.charAt(ASCII_PUNCTUATION.indexOf(c));
            }
            if (r != c) {
                if (cs == null) {
                    cs = text.toCharArray();
                }
                cs[i] = r;
            }
        }
        return cs == null ? text : new String(cs);
    }

    private static final String ASCII_PUNCTUATION = ",;:()?!";
    private static final String FULL_WIDTH_PUNCTUATION = "，；：（）？！";

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /** Parses "1,234.5" or "-3"; null when it is not a number. */
    static BigDecimal arabic(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ',') {
                b.append(c);
            }
        }
        try {
            return new BigDecimal(b.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isChineseDigit(char c) {
        return digitOf(c) >= 0;
    }

    static boolean isChineseNumeral(char c) {
        return digitOf(c) >= 0 || multiplierOf(c) > 0;
    }

    static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两', '兩' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** 十 → 10, 百 → 100, 千 → 1000, 万 → 10^4, 亿 → 10^8; 0 when c is no multiplier. */
    static long multiplierOf(char c) {
        return switch (c) {
            case '十' -> 10L;
            case '百' -> 100L;
            case '千' -> 1000L;
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            default -> 0L;
        };
    }

    /**
     * Parses a Chinese numeral such as 二十三, 一百零五, 三千万, 千亿, 两; null when malformed
     * (e.g. 十四五, which is a plan name rather than a number).
     */
    static BigDecimal chinese(CharSequence s) {
        if (s.length() == 0) {
            return null;
        }
        long total = 0;      // completed 亿 and 万 sections
        long section = 0;    // below 万
        long digit = -1;     // pending digit
        long lastSmallMult = 10_000; // to reject 十四五-like sequences
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return null; // two digits in a row: 十四五, 一二
                }
                digit = d;
                continue;
            }
            long m = multiplierOf(c);
            if (m == 0) {
                return null;
            }
            if (m >= 10_000) {
                long v = section + Math.max(digit, 0);
                if (v == 0 && total == 0) {
                    v = 1; // 万, 亿 alone are one of them; 万亿 is 万 × 亿, not 万 + 1亿
                }
                if (m == 100_000_000L) {
                    total = (total + v) * m;
                } else {
                    total += v * m;
                }
                section = 0;
                lastSmallMult = 10_000;
            } else {
                if (m >= lastSmallMult) {
                    return null;
                }
                long v = digit < 0 ? 1 : digit;
                section += v * m;
                lastSmallMult = m;
            }
            digit = -1;
        }
        if (digit > 0 && lastSmallMult < 10_000 && s.length() >= 2) {
            // 十三 → digit after 十; 一百零五: digit after 零
            section += digit;
        } else if (digit >= 0) {
            section += digit;
        }
        return BigDecimal.valueOf(total + section);
    }
}
