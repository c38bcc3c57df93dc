package io.zhibiao.extract;

/** Reads the words around a number that qualify it (约/超/不到/以上/左右) or turn it into a decrease (下降/减少). */
final class QualifierReader {

    /** What was read immediately before a number. */
    record Before(Qualifier qualifier, boolean decrease) {
    }

    private enum Role { FILLER, APPROX, AT_LEAST, AT_MOST, DECREASE, LEVEL }

    private record Word(String text, Role role) {
    }

    /** Longest first so 不超过 wins over 超过, 不少于 over 少于 and 下降至 over 下降. */
    private static final Word[] BEFORE = sorted(new Word[]{
            w("不超过", Role.AT_MOST), w("不足", Role.AT_MOST), w("不到", Role.AT_MOST), w("少于", Role.AT_MOST),
            w("低于", Role.AT_MOST), w("最多", Role.AT_MOST), w("控制在", Role.AT_MOST), w("小于", Role.AT_MOST),
            // "not fewer than": the negation flips 少于/低于/小于, so these must outrank them (longest first)
            w("不少于", Role.AT_LEAST), w("不低于", Role.AT_LEAST), w("不小于", Role.AT_LEAST),
            w("不多于", Role.AT_MOST), w("不高于", Role.AT_MOST),
            w("超过", Role.AT_LEAST), w("超", Role.AT_LEAST), w("逾", Role.AT_LEAST), w("突破", Role.AT_LEAST),
            w("破", Role.AT_LEAST), w("多于", Role.AT_LEAST), w("高于", Role.AT_LEAST), w("至少", Role.AT_LEAST),
            w("约", Role.APPROX), w("大约", Role.APPROX), w("近", Role.APPROX), w("将近", Role.APPROX),
            // 集中签约11个, 年节约2000万元: 约 ending a verb qualifies nothing
            w("签约", Role.FILLER), w("节约", Role.FILLER), w("履约", Role.FILLER),
            w("接近", Role.APPROX), w("约合", Role.APPROX), w("大概", Role.APPROX),
            w("下降", Role.DECREASE), w("减少", Role.DECREASE), w("降低", Role.DECREASE), w("回落", Role.DECREASE),
            w("下滑", Role.DECREASE), w("下跌", Role.DECREASE), w("缩减", Role.DECREASE), w("收窄", Role.DECREASE),
            w("减", Role.DECREASE), w("降", Role.DECREASE), w("降幅", Role.DECREASE), w("减幅", Role.DECREASE),
            w("负增长", Role.DECREASE), w("下降了", Role.DECREASE), w("减少了", Role.DECREASE),
            w("减产", Role.DECREASE), w("减收", Role.DECREASE),
            // "fell to" states a level, not a change
            w("降至", Role.LEVEL), w("降到", Role.LEVEL), w("下降至", Role.LEVEL), w("下降到", Role.LEVEL),
            w("回落至", Role.LEVEL), w("回落到", Role.LEVEL), w("减至", Role.LEVEL), w("减少至", Role.LEVEL),
            w("减少到", Role.LEVEL), w("降低至", Role.LEVEL), w("降低到", Role.LEVEL),
            w("达到", Role.FILLER), w("达", Role.FILLER), w("为", Role.FILLER), w("到", Role.FILLER),
            w("了", Role.FILLER), w("在", Role.FILLER), w("是", Role.FILLER), w("共计", Role.FILLER),
            w("共", Role.FILLER), w("计", Role.FILLER), w("有", Role.FILLER), w("总计", Role.FILLER),
            w("合计", Role.FILLER), w("高达", Role.FILLER), w("多达", Role.FILLER), w("仅", Role.FILLER),
            w("已", Role.FILLER), w("同比", Role.FILLER), w("分别", Role.FILLER), w("幅度", Role.FILLER),
    });

    private static final String[][] AFTER = {
            {"以上", "at_least"}, {"之多", "at_least"}, {"开外", "at_least"}, {"有余", "at_least"},
            {"左右", "approx"}, {"上下", "approx"},
            {"以内", "at_most"}, {"以下", "at_most"}, {"之内", "at_most"},
    };

    private QualifierReader() {
    }

    private static Word w(String t, Role r) {
        return new Word(t, r);
    }

    private static Word[] sorted(Word[] ws) {
        java.util.Arrays.sort(ws, (a, b) -> b.text.length() - a.text.length());
        return ws;
    }

    static Before before(String text, int numberStart, int floor) {
        int j = numberStart;
        Qualifier q = null;
        boolean decrease = false;
        boolean level = false;
        for (int step = 0; step < 4 && j > floor; step++) {
            Word hit = null;
            for (Word w : BEFORE) {
                int len = w.text.length();
                if (j - len >= floor && text.startsWith(w.text, j - len)) {
                    hit = w;
                    break;
                }
            }
            if (hit == null) {
                break;
            }
            switch (hit.role) {
                case APPROX -> q = q == null ? Qualifier.APPROX : q;
                case AT_LEAST -> q = q == null ? Qualifier.AT_LEAST : q;
                case AT_MOST -> q = q == null ? Qualifier.AT_MOST : q;
                case DECREASE -> decrease = !level;
                case LEVEL -> level = true;
                default -> {
                }
            }
            j -= hit.text.length();
        }
        return new Before(q, decrease && !level);
    }

    /** The qualifier written right after the unit, or null. */
    static Qualifier after(String text, int unitEnd) {
        if (unitEnd > 0 && text.charAt(unitEnd - 1) == '倍' && text.startsWith("多", unitEnd)) {
            return Qualifier.AT_LEAST; // 增长6倍多: 多 after 倍 is more than six times
        }
        for (String[] a : AFTER) {
            if (text.startsWith(a[0], unitEnd)) {
                return switch (a[1]) {
                    case "at_least" -> Qualifier.AT_LEAST;
                    case "approx" -> Qualifier.APPROX;
                    default -> Qualifier.AT_MOST;
                };
            }
        }
        return null;
    }

    /** Length of the after-qualifier at unitEnd (0 when none), so scanning can skip it. */
    static int afterLength(String text, int unitEnd) {
        for (String[] a : AFTER) {
            if (text.startsWith(a[0], unitEnd)) {
                return a[0].length();
            }
        }
        return 0;
    }
}
