package io.zhibiao.extract;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence about a figure that its words show once its attributes are settled: how far its period cue is, whether a
 * yardstick or other figures crowd its clause, whether its indicator is a generic one. The stages record what only
 * they know (how a place was found, how a kind was turned) themselves; {@link Confidence} weighs it all.
 */
final class Evidence {

    /** A cue (a year, a 计划) further than this many characters before its figure may be about another one. */
    static final int NEAR = 20;
    /** A sentence longer than this many characters carries several stories. */
    private static final int LONG = 120;
    /** A clause with this many other numbers in it holds a list or a comparison. */
    private static final int CROWD = 2;

    /** 高于全省, 比上年, 居全市第一: words that measure the figure against another place or ranking. */
    private static final Pattern YARDSTICK = Pattern.compile(
            "高于|低于|快于|慢于|超过全|领先|落后|平均水平|平均增速|位居|居全|排名|排在|占全");
    /**
     * 明年 in a January review of the year gone: the writer may count from the year reviewed (明年 = this year) or from
     * the date of the paper.
     */
    private static final Pattern NEXT_YEAR = Pattern.compile("明年|后年|下一年");
    /** 10亿元的企业, 5000万元以上的项目: a figure that qualifies the noun after it. */
    private static final Pattern MODIFIER = Pattern.compile("(?:以上|以下|及以上)?的");
    /** Words of a stock, which is measured on a day: a balance, an installed capacity, what is on the books. */
    private static final Pattern STOCK = Pattern.compile("余额|存量|存栏|在库|在册|保有量|库存|装机|总里程|总数达");
    /** 全年 before the figure: the sentence speaks of the whole year, whatever period an earlier cue set. */
    private static final Pattern WHOLE_YEAR = Pattern.compile("全年|年度目标|年底前|年内");
    /** 投产后, 建成后: the sentence tells what a project yields once built, a time no period cue names. */
    private static final Pattern AFTER_COMPLETION = Pattern.compile("(?:建成|投产|达产|运营)后");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private Evidence() {
    }

    /**
     * How the period was found: stated in the figure's sentence (far before it or near), else carried from an earlier
     * sentence or taken from the publication date.
     */
    static void period(Set<Reason> why, boolean stated, int cueDistance, boolean fromPublication, String words,
                       LocalDate published) {
        if (!stated) {
            why.add(fromPublication ? Reason.PERIOD_FROM_PUBLICATION : Reason.PERIOD_CARRIED);
            return;
        }
        if (cueDistance > NEAR) {
            why.add(Reason.PERIOD_CUE_DISTANT);
        }
        if (published.getMonthValue() <= 2 && NEXT_YEAR.matcher(words).lookingAt()) {
            why.add(Reason.PERIOD_RELATIVE);
        }
    }

    /**
     * A plan for less than a year (a quarter, a month, months from January); a stock (a balance, a capacity, what is
     * on the books) read as done over a period that had not ended before the paper came out, rather than on a day; a
     * period shorter than the year the sentence names (四季度将…，力争全年新增贷款…); a plan for a quarter in a sentence
     * on what a project yields once built (一季度签约…，投产后可新增就业…), which no quarter bounds.
     *
     * @param sentence the figure's sentence
     * @param at where the figure starts in it
     */
    static void kind(Set<Reason> why, Kind kind, PeriodReader.Period period, LocalDate published, String sentence,
                     int at) {
        PeriodType type = period.type();
        String sentenceBefore = sentence.substring(0, at);
        if (kind == Kind.TARGET && (type == PeriodType.QUARTER || type == PeriodType.MONTH || type == PeriodType.YTD)) {
            why.add(Reason.TARGET_SHORT_PERIOD);
            if (AFTER_COMPLETION.matcher(sentence).find()) {
                why.add(Reason.AFTER_COMPLETION);
            }
        }
        if (kind == Kind.ACTUAL && !period.asOf() && !period.end().isBefore(published)
                && STOCK.matcher(sentenceBefore).find()) {
            why.add(Reason.STOCK_OVER_PERIOD);
        }
        if (type != PeriodType.YEAR && !period.asOf() && WHOLE_YEAR.matcher(sentenceBefore).find()) {
            why.add(Reason.YEAR_NAMED_SHORT_PERIOD);
        }
    }

    /** What the figure's clause and sentence show: a yardstick, other figures, length, a generic indicator. */
    static void clause(Set<Reason> why, String t, int ss, int se, int cs, int ce, int fs, int fe, UnitClass unitClass,
                       String indicator) {
        if (IndicatorCatalog.isGeneric(indicator) || IndicatorCatalog.isCatchAll(indicator)) {
            why.add(Reason.GENERIC_INDICATOR);
        }
        if (YARDSTICK.matcher(t).region(cs, ce).find()) {
            why.add(Reason.YARDSTICK_NEARBY);
        }
        if (MODIFIER.matcher(t).region(fe, Math.min(ce, fe + 4)).lookingAt()) {
            why.add(Reason.FIGURE_AS_MODIFIER);
        }
        if (se - ss > LONG) {
            why.add(Reason.LONG_SENTENCE);
        }
        int others = 0;
        Matcher m = NUMBER.matcher(t).region(cs, ce);
        while (m.find()) {
            if (m.end() <= fs || m.start() >= fe) {
                others++;
            }
        }
        if (others >= CROWD) {
            why.add(Reason.CROWDED_CLAUSE);
        }
    }
}
