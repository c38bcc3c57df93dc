package io.zhibiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvidencesTest {

    @Test
    void aQuoteAtTheStartOfTheTextHasNothingBefore() {
        String text = "2025年全县发放贷款3.2亿元。其中小微企业1.1亿元。";
        var evidence = Evidences.around(text, 0, "2025年全县发放贷款3.2亿元。", 10, 16);
        assertEquals("", evidence.before());
        assertEquals("其中小微企业1.1亿元。", evidence.after());
    }

    @Test
    void aQuoteAtTheEndOfTheTextHasNothingAfter() {
        String text = "全县经济平稳。2025年全县发放贷款3.2亿元。";
        var evidence = Evidences.around(text, 0, "2025年全县发放贷款3.2亿元。", 17, 23);
        assertEquals("全县经济平稳。", evidence.before());
        assertEquals("", evidence.after());
    }

    @Test
    void theFigureIsMarkedWithinItsSentenceWhereverTheWindowStarts() {
        String text = "全县经济平稳。2025年全县发放贷款3.2亿元，增长8%。其中小微企业1.1亿元。";
        String sentence = "2025年全县发放贷款3.2亿元，增长8%。";
        int start = text.indexOf("3.2亿元");
        var evidence = Evidences.around(text.substring(3), 1000 + 3, sentence, 1000 + start, 1000 + start + 5);
        assertEquals("3.2亿元", sentence.substring(evidence.markStart(), evidence.markEnd()));
        var growth = Evidences.around(text, 0, sentence, text.indexOf("8%"), text.indexOf("8%") + 2);
        assertEquals("8%", sentence.substring(growth.markStart(), growth.markEnd()));
    }

    @Test
    void aSentenceLongerThanTheWindowStillMarksTheFigure() {
        String window = "  发放贷款3.2亿元，支持项目";
        var evidence = Evidences.around(window, 500, "某个更长的句子不在窗口里。", 500 + window.indexOf("3.2"), 500 + window.indexOf("3.2") + 5);
        assertEquals("3.2亿元", evidence.sentence().substring(evidence.markStart(), evidence.markEnd()));
    }
}
