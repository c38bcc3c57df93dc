package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a newspaper page into articles: an article starts at a block of headline lines (short lines
 * without sentence punctuation) that follows body text, or at a dateline (本报某地讯) that follows body text.
 */
final class ArticleSplitter {

    /** One article: [start,end), with its headline block in [start,bodyStart). */
    record Article(int start, int bodyStart, int end) {
    }

    private static final Pattern BYLINE = Pattern.compile(
            "(?:摄|记者|通讯员|编辑|责编|校对|来源|作者|供图|图片|制图)|^[（(].*[）)]$");
    private static final Pattern DATELINE = Pattern.compile("^(?:本报|新华社|中新社|中新网)\\S{0,10}?(?:讯|电)");
    /** A dateline inside a line, after a space: 标题 本报讯 正文. */
    private static final Pattern INNER_DATELINE = Pattern.compile("[ \\t\u3000](?=(?:本报|新华社|中新社|中新网)[^ ，。]{0,10}?(?:讯|电))");
    /** Numbered section headings of one document (一、综合 / （二）农业 / 3. 财政) do not start an article. */
    private static final Pattern SECTION = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、．]|第[一二三四五六七八九十]{1,3}[章节部分])");

    /** A place name alone on a line (丹江口市, 三、长阳土家族自治县) heads a section of the article it stands in. */
    private static final Pattern PLACE_HEADING = Pattern.compile(
            "(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)])?\\s*[\\u4e00-\\u9fff]{1,7}[市县区旗州盟]");

    private ArticleSplitter() {
    }

    static List<Article> split(String text) {
        List<int[]> lines = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int a = s;
                int b = i;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    Matcher im = INNER_DATELINE.matcher(text).region(a, b);
                    int from = a;
                    while (im.find()) {
                        int cut = im.end();
                        int e = im.start();
                        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
                            e--;
                        }
                        if (e > from) {
                            lines.add(new int[]{from, e});
                        }
                        from = cut;
                    }
                    lines.add(new int[]{from, b});
                }
                s = i + 1;
            }
        }
        List<Article> out = new ArrayList<>();
        int articleStart = 0;
        int bodyStart = -1;       // -1 while still in the headline block
        boolean sawBody = false;
        for (int[] ln : lines) {
            String line = text.substring(ln[0], ln[1]);
            boolean headline = isHeadline(line)
                    && !(sawBody && (SECTION.matcher(line).find() || PLACE_HEADING.matcher(line).matches()
                    || Captions.isCaption(line))); // a chart's caption (图1  2015-2022年…) starts no article
            boolean dateline = DATELINE.matcher(line).find();
            if (headline) {
                if (sawBody) {
                    out.add(new Article(articleStart, bodyStart < 0 ? ln[0] : bodyStart, ln[0]));
                    articleStart = ln[0];
                    bodyStart = -1;
                    sawBody = false;
                }
                continue;
            }
            if (dateline && sawBody) {
                out.add(new Article(articleStart, bodyStart < 0 ? ln[0] : bodyStart, ln[0]));
                articleStart = ln[0];
                bodyStart = ln[0];
                sawBody = true;
                continue;
            }
            if (!sawBody) {
                bodyStart = ln[0];
                sawBody = true;
            }
        }
        out.add(new Article(articleStart, bodyStart < 0 ? text.length() : bodyStart, text.length()));
        return out;
    }

    static boolean isHeadline(String line) {
        int n = line.length();
        if (n < 4 || n > 40) {
            return false;
        }
        if (line.startsWith("——") || line.startsWith("—")) {
            return true; // a subtitle belongs to the headline block
        }
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            // reposts carry ASCII marks in Chinese text: a line with , or ; is a sentence as one with ， or ； is
            if (c == '。' || c == '，' || c == '；' || c == '：' || c == '！' || c == '？' || c == ':' || c == ','
                    || c == ';') {
                return false;
            }
        }
        return !BYLINE.matcher(line).find();
    }
}
