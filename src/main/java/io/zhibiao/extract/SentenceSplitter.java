package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;

/** Cuts text into sentences (。！？；, line breaks) and finds the clause (，：（）) around a position. */
final class SentenceSplitter {

    private SentenceSplitter() {
    }

    /** Sentence spans in [start,end) as start/end pairs; a closing quote stays with its sentence. */
    static List<int[]> sentences(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int s = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // reposts often carry ASCII marks in Chinese text: ; ends a sentence as ； does
            boolean stop = c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '\n' || c == '!' || c == '?';
            if (stop) {
                int e = i + 1;
                while (e < end && (text.charAt(e) == '”' || text.charAt(e) == '」' || text.charAt(e) == '’')) {
                    e++;
                }
                add(out, text, s, c == '\n' ? i : e);
                s = e;
                i = e - 1;
            }
        }
        add(out, text, s, end);
        return out;
    }

    private static void add(List<int[]> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new int[]{s, e});
        }
    }

    static boolean isClauseMark(char c) {
        return c == '，' || c == ',' || c == '：' || c == ':' || c == '；' || c == ';' || c == '。' || c == '（' || c == '）';
    }

    /**
     * Start of the clause holding {@code pos}, not before {@code floor}. A bracketed aside before the figure belongs to its
     * clause (民营经济（不包括港澳台和外商经济）增加值112亿元, GDP（地区生产总值）增长5%): the clause goes on before it.
     */
    static int clauseStart(String text, int pos, int floor) {
        for (int i = pos - 1; i >= floor; i--) {
            char c = text.charAt(i);
            int open = c == '）' ? asideOpening(text, i, floor) : -1;
            if (open >= 0) {
                i = open;
            } else if (isClauseMark(c)) {
                return i + 1;
            }
        }
        return floor;
    }

    /** Where the aside closed at {@code close} opens, when it holds no figure of its own (no digit); else -1. */
    private static int asideOpening(String text, int close, int floor) {
        for (int i = close - 1; i >= floor && close - i <= 30; i--) {
            char c = text.charAt(i);
            if (c == '（') {
                return i;
            }
            if (Character.isDigit(c) || c == '）' || c == '。' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** End of the clause holding {@code pos}, not after {@code ceiling}. */
    static int clauseEnd(String text, int pos, int ceiling) {
        for (int i = pos; i < ceiling; i++) {
            if (isClauseMark(text.charAt(i))) {
                return i;
            }
        }
        return ceiling;
    }
}
