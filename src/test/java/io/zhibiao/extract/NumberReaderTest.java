package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"十,10", "十一,11", "二十三,23", "两,2", "一百零五,105", "三千,3000", "千,1000", "千亿,100000000000",
        "万亿,1000000000000", "一万亿,1000000000000", "十万亿,10000000000000", "三千万,30000000", "一万二千,12000",
        "两百,200", "九十九,99", "一亿五千万,150000000"})
    void readsChineseNumerals(String text, long value) {
        assertEquals(0, BigDecimal.valueOf(value).compareTo(NumberReader.chinese(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"十四五", "一二", "十五五"})
    void rejectsPlanNamesAndDigitStrings(String text) {
        assertNull(NumberReader.chinese(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"12,345.6|12345.6", "1792.61|1792.61", "-3|-3"})
    void readsArabicNumbersWithSeparators(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(NumberReader.arabic(text)));
    }

    @ParameterizedTest
    @CsvSource({"１２３．５％,123.5%"})
    void normalizesFullWidthDigitsKeepingOffsets(String in, String out) {
        assertEquals(out, NumberReader.normalize(in));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "前三季度,全市增长5.6%;其中,工业(规上)增长6.1%|前三季度，全市增长5.6%；其中，工业（规上）增长6.1%",
            "收入1,234.5万元,10:30开幕|收入1,234.5万元，10:30开幕",
            "真的吗?是!|真的吗？是！"})
    void asciiPunctuationBetweenWordsBecomesFullWidthKeepingOffsets(String in, String out) {
        assertEquals(out, NumberReader.normalize(in));
        assertEquals(in.length(), NumberReader.normalize(in).length());
    }
}
