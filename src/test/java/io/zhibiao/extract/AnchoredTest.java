package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jumping between possible first characters must find exactly what Matcher.find finds, on real prose. */
class AnchoredTest {

    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void readTexts() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                TEXTS.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        StringBuilder sentences = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("src/test/resources/extract/sentences.tsv"))) {
            sentences.append(line.split("\t", 2)[0]).append('\n');
        }
        TEXTS.add(sentences.toString());
    }

    @Test
    void everyCatalogCueFindsWhatFindFinds() {
        int anchored = 0;
        int cues = 0;
        for (IndicatorCatalog.Entry e : IndicatorCatalog.entries()) {
            if (e.cues() == null) {
                continue;
            }
            cues++;
            anchored += e.cueFinder().firstChars().isEmpty() ? 0 : 1;
            assertSameMatches(e.cueFinder());
        }
        assertTrue(anchored >= cues * 9 / 10, anchored + " of " + cues + " cues have first characters");
    }

    @Test
    void planCuesFindWhatFindFinds() {
        assertSameMatches(KindReader.SENTENCE_CUE);
        assertSameMatches(KindReader.CLAUSE_CUE);
        assertTrue(!KindReader.SENTENCE_CUE.firstChars().isEmpty());
    }

    @Test
    void constructsOfTheRulesFindWhatFindFinds() {
        String[] regexes = {
                "(?<!\\d)((?:19|20)\\d{2})年(?:1|一)?(?:至|到|-|—|~|－)(1[0-2]|0?[1-9])月",
                "(?<![\\d年月至到~—-])(1[0-2]|0?[1-9])月(?:份)?(?![\\d日号底末初中上下前后起以])",
                "(?<![较比])(?:(?:近|过去)?([两二三四五六七八九十]|\\d{1,2})年(?:来|以来|间)|(?:近|过去)([两二三四五六七八九十]|\\d{1,2})年)",
                "(?:截至)?(?:今年|本年)(?:底|末)",
                "-?\\d+(?:,\\d{3})*(?:\\.\\d+)?|百分之[零〇一二两三四五六七八九十点.\\d]+|[零〇一二两兩三四五六七八九十百千万亿萬億]+",
                "普惠(?:型)?小微.{0,8}余额|小微企业贷款余额",
                "[^，。]{0,4}亿元", // a negated class: searched the ordinary way
                "(?=[计预])(?:计划|预计)",
                "a{0,2}b+|c*d",
                "(?:近日|日前|近期|连日来)(?![^。；！？\\n]{0,30}?(?:获悉|发布))", // a class holding a newline escape
                "(?<=[\\x{4e00}-\\x{9fff}])(?:\\d+(?:\\.\\d+)?%)+$",
                "[\\u4e00-\\u9fffA-Za-z\\d]{2,4}?(?:工程|项目)",
        };
        for (String r : regexes) {
            assertSameMatches(Anchored.compile(r));
        }
        assertEquals("", Anchored.compile("[^，。]{0,4}亿元").firstChars());
        assertEquals("", Anchored.compile("(?:年)?").firstChars(), "a regex that matches the empty string");
        assertEquals("abcd", Anchored.compile("a{0,2}b+|c*d").firstChars());
        assertEquals("0123456789", Anchored.compile("\\d+年").firstChars());
        assertEquals("日近连", Anchored.compile("(?:近日|日前|近期|连日来)(?![^。\\n]{0,30}?获悉)").firstChars());
        assertEquals("0123456789经", Anchored.compile("[\\d\\x{7ecf}]+").firstChars(), "a character by its number");
        assertEquals("", Anchored.compile("\\p{IsHan}+").firstChars(), "a Unicode class is not read");
    }

    private static void assertSameMatches(Anchored a) {
        for (String text : TEXTS) {
            assertEquals(plainMatches(a.pattern(), text), anchoredMatches(a, text), a.pattern().pattern());
        }
    }

    private static List<String> plainMatches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> anchoredMatches(Anchored a, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = a.matcher(text);
        for (int from = 0; from <= text.length() && a.find(m, text, from, text.length()); from = Anchored.next(m)) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }
}
