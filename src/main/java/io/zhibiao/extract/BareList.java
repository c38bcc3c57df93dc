package io.zhibiao.extract;

import java.util.regex.Pattern;

/** A bare list of figures (增长8.5%、11%; 下降50%和42.9%): the items after the first say nothing of their own. */
final class BareList {

    /** What joins the items of a list, of figures or of places: 、, 和, 及, 与, 以及. */
    static final String JOINER = "(?:[、和及与]|以及)";
    /** Only these may stand between two items of one bare list. */
    static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*" + JOINER + "\\s*[-−－]?");

    private BareList() {
    }

    /**
     * The figure as the next item of the list {@code prev} began when it is one (same unit class and nothing but a
     * separator between them, so no words of its own say what it measures, whether it fell or whether it was planned),
     * else the figure as read; {@code prev} may be null.
     */
    static Observation itemAfter(String t, Observation prev, Observation o) {
        boolean next = prev != null && prev.unitClass().equals(o.unitClass()) && prev.end() < o.start()
                && ITEM_SEPARATOR.matcher(t).region(prev.end(), o.start()).matches();
        return next ? o.asItemAfter(prev, signWritten(t, prev), signWritten(t, o)) : o;
    }

    private static boolean signWritten(String t, Observation o) {
        return t.charAt(o.start()) == '-';
    }
}
