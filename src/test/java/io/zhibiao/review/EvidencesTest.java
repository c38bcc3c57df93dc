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
}
