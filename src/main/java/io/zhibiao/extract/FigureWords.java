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

    private FigureWords() {
    }

    /** Where the words read after a figure end: a few, a couple more where they run on without a mark. */
    static int afterEnd(String t, int figureEnd, int clauseEnd) {
        int end = Math.min(clauseEnd, figureEnd + AFTER);
        return figureEnd < end && UNBROKEN.matcher(t).region(figureEnd, end).matches()
                ? Math.min(clauseEnd, figureEnd + AFTER_UNBROKEN) : end;
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
