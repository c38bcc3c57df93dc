package io.zhibiao.extract;

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
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private Evidence() {
    }

    /**
     * How the period was found: stated in the figure's sentence (far before it or near), else carried from an earlier
     * sentence or taken from the publication date.
     */
    static void period(Set<Reason> why, boolean stated, int cueDistance, boolean fromPublication) {
        if (!stated) {
            why.add(fromPublication ? Reason.PERIOD_FROM_PUBLICATION : Reason.PERIOD_CARRIED);
        } else if (cueDistance > NEAR) {
            why.add(Reason.PERIOD_CUE_DISTANT);
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
