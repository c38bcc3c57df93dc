package io.zhibiao.extract;

/** The words around a figure that are not attributes: its quote, its topic, and quoted names it sits in. */
final class FigureWords {

    /** How far after a figure its clause is read: the noun it counts (23座泵站) and what is said of it. */
    private static final int AFTER = 8;
    /**
     * How far a run of words after a figure with no mark in it is read: 14个服务业项目已开工12个, where the number after 开工
     * shows that the 14 counts the list, not what started (a list's next item after 、 stays out of reach).
     */
    private static final int AFTER_UNBROKEN = 10;
    private static final java.util.regex.Pattern UNBROKEN = java.util.regex.Pattern.compile("[^、，,；;：:]*");
    /**
     * How far the clause after a count of places is read: what the places did comes after a long subject
     * (8个盟市地区生产总值增速高于全区平均水平, 有22个区县的上半年GDP增速跑赢全市), and it is what is counted.
     */
    private static final int AFTER_PLACES = 24;
    private static final java.util.regex.Pattern PLACES = java.util.regex.Pattern.compile(
            "(?:县市区|州市|市州|盟市|旗县区|旗县|旗区|县区|区县|市县|地区|县[（(]|县|市|区|州|盟|旗)(?![级场直属民政委辖域城镇长内外])");

    private FigureWords() {
    }

    /** Where the words read after a figure end: a few, a couple more where they run on without a mark. */
    static int afterEnd(String t, int figureEnd, int clauseEnd) {
        if (countsPlaces(t, figureEnd)) {
            return placesClauseEnd(t, figureEnd);
        }
        int end = Math.min(clauseEnd, figureEnd + AFTER);
        return figureEnd < end && UNBROKEN.matcher(t).region(figureEnd, end).matches()
                ? Math.min(clauseEnd, figureEnd + AFTER_UNBROKEN) : end;
    }

    /** The end of a count of places' clause: a bracket (11个县（市、区）的…) does not end it, a comma or stop does. */
    private static int placesClauseEnd(String t, int figureEnd) {
        int limit = Math.min(t.length(), figureEnd + AFTER_PLACES);
        for (int i = figureEnd; i < limit; i++) {
            if ("，,。；;：:\n".indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }

    /** 12个区县, 8个盟市: a count (its measure word 个 ends the figure) of places. */
    private static boolean countsPlaces(String t, int figureEnd) {
        return figureEnd > 0 && figureEnd < t.length() && t.charAt(figureEnd - 1) == '个'
                && PLACES.matcher(t).region(figureEnd, Math.min(t.length(), figureEnd + 5)).lookingAt();
    }

    /** Figures inside a short quoted name (“五篇大文章”) name things rather than count them. */
    static boolean inShortQuote(String t, int s, int e) {
        int open = -1;
        for (int i = s - 1; i >= Math.max(0, s - 6); i--) {
            char c = t.charAt(i);
            if (c == '”' || c == '\n') {
                return false;
            }
            if (c == '“') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = e; i < Math.min(t.length(), open + 12); i++) {
            char c = t.charAt(i);
            if (c == '”') {
                return true;
            }
            if (c == '“' || c == '，' || c == '。') {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern TOPIC_NOISE = java.util.regex.Pattern.compile("[，。；：、“”（）\\s]");

    static String topic(String before, String after) {
        String b = before;
        int cut = Math.max(b.lastIndexOf('、'), Math.max(b.lastIndexOf('“'), b.lastIndexOf('”')));
        if (cut >= 0 && cut < b.length() - 2) {
            b = b.substring(cut + 1);
        }
        String s = TOPIC_NOISE.matcher(b + after).replaceAll("");
        return s.length() > 30 ? s.substring(s.length() - 30) : s;
    }

    static String quote(String text, int ss, int se, int fs, int fe, int maxQuote) {
        if (se - ss <= maxQuote) {
            return text.substring(ss, se);
        }
        int a = Math.max(ss, fs - maxQuote / 2);
        int b = Math.min(se, a + maxQuote);
        return text.substring(a, b);
    }
}
