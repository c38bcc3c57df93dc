package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Times that date nothing: the captions of a bulletin's charts (图1  2015-2022年全区生产总值及其增长速度, or the number
 * alone where the picture was lost), which name the years a chart shows, not the time of the text around them; and
 * 提前4个月 (four months early), which is no 前4个月.
 */
final class Captions {

    /** A line of a chart's number, a span of years and a few words, with no sentence punctuation. */
    private static final Pattern CAPTION = Pattern.compile(
            "[ \\t\\u3000]*(?:图|表)?[ \\t\\u3000]*\\d{1,2}[ \\t\\u3000]+(?:19|20)\\d{2}[ \\t\\u3000]*[-—–－~～至到](?:19|20)\\d{2}年"
                    + "[^，。；,;：:\\n]{2,40}[ \\t\\u3000]*");

    private Captions() {
    }

    /** The time expressions without those on a chart's caption line and those of 提前. */
    static List<PeriodReader.Expression> drop(String t, List<PeriodReader.Expression> times) {
        List<PeriodReader.Expression> kept = null;
        for (int k = 0; k < times.size(); k++) {
            PeriodReader.Expression e = times.get(k);
            if (onCaption(t, e.start()) || e.start() > 0 && t.charAt(e.start() - 1) == '提' && t.startsWith("前", e.start())) {
                if (kept == null) {
                    kept = new ArrayList<>(times.subList(0, k));
                }
            } else if (kept != null) {
                kept.add(e);
            }
        }
        return kept == null ? times : kept;
    }

    /** Whether a line (trimmed) is a chart's caption. */
    static boolean isCaption(String line) {
        return CAPTION.matcher(line).matches();
    }

    /** Whether a time at {@code at} stands on a caption's line; a caption has a space right before its years. */
    private static boolean onCaption(String t, int at) {
        if (at == 0 || !Character.isWhitespace(t.charAt(at - 1))) {
            return false;
        }
        int ls = t.lastIndexOf('\n', at - 1) + 1;
        int le = t.indexOf('\n', at);
        return CAPTION.matcher(t).region(ls, le < 0 ? t.length() : le).matches();
    }
}
