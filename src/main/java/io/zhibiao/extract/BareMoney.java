package io.zhibiao.extract;

import java.util.regex.Pattern;

/** Whether a bare 亿 (no 元 after it) is an amount of yuan, by the words of its clause and sentence. */
final class BareMoney {

    private BareMoney() {
    }

    /**
     * 总投资26亿, GDP为7002.06亿: news often drop 元 after 亿; the figure is money when words about money stand near it in
     * its sentence (a bare 亿 of people or grain comes with its own unit: 亿人次, 亿斤).
     */
    static boolean around(String text, int s, int p) {
        if (p < text.length() && (FigureScanner.CONNECTORS.indexOf(text.charAt(p)) >= 0 || text.charAt(p) == '%')) {
            return false;
        }
        if (countInClause(text, s)) {
            return false;
        }
        int sentenceStart = sentenceStart(text, s);
        int sentenceEnd = sentenceEnd(text, p);
        return MONEY_WORDS.matcher(text).region(Math.max(sentenceStart, s - MONEY_REACH_BEFORE), s).find()
                || MONEY_WORDS.matcher(text).region(p, Math.min(sentenceEnd, p + MONEY_REACH_AFTER)).find()
                || moneySentence(text, p, sentenceStart, sentenceEnd);
    }

    /** Where the sentence (up to a 。 or ；) holding {@code s} starts. */
    private static int sentenceStart(String text, int s) {
        int from = s;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** Where the sentence holding the figure ending at {@code p} ends. */
    private static int sentenceEnd(String text, int p) {
        int to = p;
        while (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return to;
    }

    /** 接待游客1.2亿，…旅游总收入: the clause of the figure names a count of people or goods, so its bare 亿 is no yuan. */
    private static boolean countInClause(String text, int s) {
        int clause = s;
        while (clause > 0 && s - clause < MONEY_REACH_BEFORE && "，,、：:。；;\n".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        return NOT_MONEY.matcher(text).region(clause, s).find();
    }

    /**
     * 青岛市以17350.6亿领跑，济南市以13930.2亿位列第二 after 地区生产总值 far back, 昆明以4244.99亿稳居总量榜首: a bare 亿 is
     * yuan when its whole sentence is about money (a money word, an amount in 亿元, a 总量 beside no count of things), unless
     * its own clause names a count (游客1.2亿, 客流).
     */
    private static boolean moneySentence(String text, int p, int from, int to) {
        if (MILESTONE_AFTER.matcher(text).region(p, text.length()).lookingAt()) {
            return false; // 突破3千亿关口, 跨过300亿门槛, 均在300亿之下: a threshold the amount passed, not an amount
        }
        if (MONEY_WORDS.matcher(text).region(from, to).find() || text.substring(from, to).contains("亿元")) {
            return true;
        }
        return text.substring(from, to).contains("总量") && !NOT_MONEY.matcher(text).region(from, to).find();
    }

    private static final Pattern MILESTONE_AFTER = Pattern.compile("关口|门槛|大关|梯队|级别|以上|以下|之上|之下");

    /** Counts of people, goods and energy whose bare 亿 is not yuan. */
    private static final Pattern NOT_MONEY = Pattern.compile(
            "游客|旅客|人次|人口|客流|客运|货运|快递|粮食|产量|发电|用电|电量|吞吐|访客|观众|人数|用户|网民|播放|浏览|阅读|点击|流量");

    /** What ends the sentence a bare 亿's money words are looked for in. */
    private static final String SENTENCE_ENDS = "。；;\n";

    private static final int MONEY_REACH_BEFORE = 16;
    private static final int MONEY_REACH_AFTER = 20;

    /** Words that make a bare 亿 an amount of yuan. */
    private static final Pattern MONEY_WORDS = Pattern.compile(
            "投资|GDP|生产总值|经济总量|总值|产值|金额|总额|营收|收入|销售额|成交额|交易额|揽金|资金|融资|贷款|存款|预算|税收|零售额|消费额");
}
