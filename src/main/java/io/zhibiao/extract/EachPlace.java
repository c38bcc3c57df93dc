package io.zhibiao.extract;

import java.util.regex.Pattern;

/**
 * Places side by side that each have the figure (南阳市、信阳市以6.1%的增速并列第一; 漯河、周口等地为5.6%左右; 绵阳、德阳、宜宾3个市…均在40个以上):
 * the figure is the first place's, the others' as well, and not their province's sum.
 */
final class EachPlace {

    /** Between the last place and the figure: 均, 都, 等地为. */
    private static final Pattern BETWEEN = Pattern.compile("^[^，。；,;]*?(?:均|都|等地?为|并列)");
    /** After the figure, in its clause: 以6.1%的增速并列第一. */
    private static final Pattern AFTER = Pattern.compile("[^，。；,;]{0,12}?并列");

    private EachPlace() {
    }

    /** Whether the words from the list's last place ({@code from}) to the figure ({@code pos}) and past it say "each". */
    static boolean says(String t, int from, int pos) {
        return BETWEEN.matcher(t).region(from, pos).lookingAt()
                || AFTER.matcher(t).region(pos, Math.min(t.length(), pos + 24)).lookingAt();
    }
}
