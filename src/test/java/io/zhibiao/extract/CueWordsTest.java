package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every match of a cue holds one of its words, so skipping the rows whose words a clause lacks changes no output. */
class CueWordsTest {

    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void readTexts() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                TEXTS.addAll(Arrays.asList(Files.readString(p, StandardCharsets.UTF_8).split("\n")));
            }
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/extract/sentences.tsv"))) {
            TEXTS.add(line.split("\t", 2)[0]);
        }
        IndicatorCatalog.entries().stream().filter(e -> e.example() != null).forEach(e -> TEXTS.add(e.example()));
    }

    @Test
    void everyMatchOfACatalogCueHoldsOneOfItsWords() {
        int withWords = 0;
        int cued = 0;
        for (IndicatorCatalog.Entry e : IndicatorCatalog.entries()) {
            if (e.cues() == null) {
                continue;
            }
            cued++;
            withWords += e.words() == null ? 0 : 1;
            for (String text : TEXTS) {
                Matcher m = e.cues().matcher(text);
                while (m.find()) {
                    String match = m.group();
                    assertTrue(e.words() == null || e.words().stream().anyMatch(match::contains),
                            e.def().code() + ": " + match + " holds none of " + e.words());
                    assertTrue(IndicatorCatalog.mayBeCued(text).get(e.index()), e.def().code() + " in " + text);
                }
            }
        }
        assertTrue(withWords >= cued * 95 / 100, withWords + " of " + cued + " cues have words");
    }

    @Test
    void readsTheWordsOfRegexConstructs() {
        assertEquals(List.of("土地", "卖地收入"), CueWords.of("土地(?:使用权)?出让(?:收入|金)?|卖地收入"));
        assertEquals(List.of("政府性基金"), CueWords.of("政府性基金(?:预算)?(?:收入总计|收入合计|总收入)(?:为|达到?)?\\|"));
        assertEquals(List.of("收入总计", "收入合计", "总收入"), CueWords.of("基金(?:收入总计|收入合计|总收入)"));
        assertEquals(List.of("业务总量"), CueWords.of("邮政[^，。；]{0,4}业务总量"));
        assertEquals(List.of("经济"), CueWords.of("(?<![\\x{4e00}-\\x{9fff}])经济(?:同比)?增长"));
        assertEquals(List.of("亿元"), CueWords.of("[^，。]{0,4}亿元"));
        assertEquals(List.of("年"), CueWords.of("\\d+年"));
        assertEquals(List.of("ab"), CueWords.of("ab+c?"));
        assertEquals(List.of("|座"), CueWords.of("\\|座"));
        assertEquals(List.of("新增", "增加"), CueWords.of("(?:新增|增加)了?$"));
        assertNull(CueWords.of("(?:年)?"), "a regex that matches the empty string");
        assertNull(CueWords.of("经济|"), "a branch that matches the empty string");
        assertNull(CueWords.of("(?i)gdp"), "inline flags");
        assertEquals(List.of("经济"), CueWords.of("\\x{7ecf}济"), "a character by its number");
        assertEquals(List.of("栋", "幢"), CueWords.of("\\|(?:栋|幢)", Set.of("|")), "a word every text holds tells nothing");
        assertEquals(List.of("|"), CueWords.of("\\|(?:栋|幢)"));
        assertNull(CueWords.of("\\Q经济\\E"), "quoted text");
        assertNull(CueWords.of("(经济)\\1"), "a back reference");
    }

    @Test
    void theIndexFindsOverlappingWordsInOnePass() {
        CueWords.Index index = new CueWords.Index(Stream.of(List.of("abc"), List.of("b"), List.of("cd", "x"), null)
                .map(w -> new CueWords.Needs(w, false)).toList());
        assertEquals(bits(0, 1, 2, 3), index.rowsIn("zabcd"));
        assertEquals(bits(1, 3), index.rowsIn("ab"));
        assertEquals(bits(1, 2, 3), index.rowsIn("abxy"));
        assertEquals(bits(3), index.rowsIn(""));
    }

    @Test
    void aRowThatNeedsADigitIsLeftOutWhereThereIsNone() {
        assertTrue(CueWords.needs("(?<!\\d)((?:19|20)\\d{2})年").digit());
        assertTrue(CueWords.needs("(1[0-2]|0?[1-9])月(?:底|末)").digit());
        assertTrue(CueWords.needs("(?:1|一)月?至(\\d)月").digit());
        assertTrue(!CueWords.needs("(?:1|一)月?至([二三]|\\d)月").digit(), "一月至三月 holds no digit");
        assertTrue(!CueWords.needs("(\\d)?月").digit());
        CueWords.Index index = new CueWords.Index(List.of(new CueWords.Needs(List.of("月"), true),
                new CueWords.Needs(null, true), new CueWords.Needs(List.of("月"), false)));
        assertEquals(bits(0, 1, 2), index.rowsIn("3月底"));
        assertEquals(bits(2), index.rowsIn("三月底"));
    }

    @Test
    void everyMatchOfATimeRuleHoldsADigitWhereItsRuleSaysSo() throws Exception {
        java.lang.reflect.Field rules = PeriodReader.class.getDeclaredField("RULES");
        rules.setAccessible(true);
        int digits = 0;
        for (Object rule : (List<?>) rules.get(null)) {
            java.lang.reflect.Method pattern = rule.getClass().getDeclaredMethod("pattern");
            pattern.setAccessible(true);
            Anchored a = (Anchored) pattern.invoke(rule);
            CueWords.Needs needs = CueWords.needs(a.pattern().pattern());
            digits += needs.digit() ? 1 : 0;
            for (String text : TEXTS) {
                Matcher m = a.pattern().matcher(text);
                while (m.find()) {
                    String match = m.group();
                    assertTrue(!needs.digit() || match.chars().anyMatch(c -> c >= '0' && c <= '9'), match);
                    assertTrue(needs.words() == null || needs.words().stream().anyMatch(match::contains), match);
                }
            }
        }
        assertTrue(digits >= 20, digits + " time rules need a digit");
    }

    private static BitSet bits(int... rows) {
        BitSet b = new BitSet();
        Arrays.stream(rows).forEach(b::set);
        return b;
    }
}
