package io.zhibiao.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words around a number that qualify it (约/超/不到/以上/左右) or turn it into a decrease (下降/减少, 低于…个百分点).
 */
final class QualifierReader {

    /** What was read immediately before a number. */
    record Before(Qualifier qualifier, boolean decrease) {
    }

    private enum Role { FILLER, APPROX, AT_LEAST, AT_MOST, DECREASE, LEVEL }

    private record Word(String text, Role role) {
    }

    /** Before the number, longest first so 不超过 wins over 超过, 不少于 over 少于 and 下降至 over 下降. */
    private static final Word[] BEFORE = words("before");
    /** After the unit. */
    private static final Word[] AFTER = words("after");

    private QualifierReader() {
    }

    /** The words of one place in extract/qualifier-words.tsv, longest first. */
    private static Word[] words(String place) {
        try (InputStream in = QualifierReader.class.getResourceAsStream("/extract/qualifier-words.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .filter(cells -> cells[0].equals(place))
                    .map(cells -> new Word(cells[1], Role.valueOf(cells[2].toUpperCase(Locale.ROOT))))
                    .sorted(Comparator.comparingInt((Word w) -> w.text.length()).reversed())
                    .toArray(Word[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("extract/qualifier-words.tsv is missing from the build", e);
        }
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
                case DECREASE -> decrease = !level && !narrowedFall(hit, text, floor, j);
                case LEVEL -> level = true;
                default -> {
                }
            }
            j -= hit.text.length();
        }
        return new Before(q, decrease && !level);
    }

    /** 降幅较上半年收窄2.8个百分点: a fall that narrowed is a rate that rose, not a decrease. */
    private static boolean narrowedFall(Word hit, String text, int floor, int j) {
        if (!hit.text.equals("收窄")) {
            return false;
        }
        String clause = text.substring(floor, j - hit.text.length());
        return clause.contains("降幅") || clause.contains("跌幅") || clause.contains("亏损面");
    }

    /** The qualifier written right after the unit, or null. */
    static Qualifier after(String text, int unitEnd) {
        if (unitEnd > 0 && text.charAt(unitEnd - 1) == '倍' && text.startsWith("多", unitEnd)) {
            return Qualifier.AT_LEAST; // 增长6倍多: 多 after 倍 is more than six times
        }
        for (Word a : AFTER) {
            if (text.startsWith(a.text, unitEnd)) {
                return switch (a.role) {
                    case AT_LEAST -> Qualifier.AT_LEAST;
                    case APPROX -> Qualifier.APPROX;
                    default -> Qualifier.AT_MOST;
                };
            }
        }
        return null;
    }

    /** A figure's qualifier: a range's, else the words after it, its own (…余), the words before it, or exact. */
    static Qualifier of(String t, FigureScanner.Figure f, Before before) {
        Qualifier after = after(t, f.end());
        return f.qualifier() == Qualifier.RANGE ? Qualifier.RANGE
                : after != null ? after : f.qualifier() != null ? f.qualifier()
                : before.qualifier() != null ? before.qualifier() : Qualifier.EXACT;
    }

    /** Whether a figure is a fall: the words before it say so (下降), or it is a gap below a yardstick. */
    static boolean negative(String t, FigureScanner.Figure f, Before before, int clauseStart) {
        return before.decrease() || belowYardstick(t, f, clauseStart);
    }

    private static final Pattern BELOW = Pattern.compile("低于|慢于|落后于|落后");
    private static final Pattern ABOVE = Pattern.compile("高于|快于|超过|领先");

    /** 低于全市平均增速4.1个百分点: a gap below the yardstick is negative, as 回落 is. */
    private static boolean belowYardstick(String t, FigureScanner.Figure f, int clauseStart) {
        if (!f.unit().endsWith("百分点")) {
            return false;
        }
        Matcher below = BELOW.matcher(t).region(clauseStart, f.start());
        int lastBelow = -1;
        while (below.find()) {
            lastBelow = below.start();
        }
        if (lastBelow < 0) {
            return false;
        }
        return !ABOVE.matcher(t).region(lastBelow, f.start()).find();
    }

    /** Length of the after-qualifier at unitEnd (0 when none), so scanning can skip it. */
    static int afterLength(String text, int unitEnd) {
        for (Word a : AFTER) {
            if (text.startsWith(a.text, unitEnd)) {
                return a.text.length();
            }
        }
        return 0;
    }
}
