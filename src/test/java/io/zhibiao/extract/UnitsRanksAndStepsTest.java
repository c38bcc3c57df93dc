package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the sentence table cannot say: figures that are none, qualifiers, units and ranges (issue 21, helper u). */
class UnitsRanksAndStepsTest {

    private static final Extractor EXTRACTOR = new RuleExtractor();
    private static final ExtractionContext CTX = new ExtractionContext(LocalDate.of(2025, 2, 10), "430523");

    private static List<Observation> read(String text) {
        return EXTRACTOR.extract(text, CTX);
    }

    @Test
    void readsTheLaterItemsOfARankListAsRanks() {
        List<Observation> obs = read("2024年，全县地区生产总值和财政收入分别居全省第18位和37位。");
        assertEquals(List.of(), obs, obs.toString());
    }

    @Test
    void readsAStepReachedAsAtLeast() {
        Observation a = read("2024年，全省地区生产总值跨上4万亿元台阶。").get(0);
        assertEquals(4e12, a.value(), 1);
        assertEquals("at_least", a.qualifier());
        List<Observation> b = read("今年前三季度，全县规上工业产值迈上千亿台阶。");
        assertEquals(1, b.size(), b.toString());
        assertEquals(1e11, b.get(0).value(), 1);
        assertEquals("money_cny", b.get(0).unitClass());
        assertEquals("at_least", b.get(0).qualifier());
    }

    @Test
    void readsARangeWrittenWithAnEnDashAsOneFigure() {
        List<Observation> obs = read("2025年全县地区生产总值预期增长6–6.5%。");
        assertEquals(1, obs.size(), obs.toString());
        assertEquals(6, obs.get(0).value(), 1e-9);
        assertEquals(6.5, obs.get(0).valueMax(), 1e-9);
        assertEquals("range", obs.get(0).qualifier());
    }

    @Test
    void readsAMultipleOfAYearAsARatio() {
        for (String text : List.of("2024年，全县新能源汽车产量是上年的1.4倍。", "2024年，全县新能源汽车产量增长到上年的1.4倍。")) {
            List<Observation> obs = read(text);
            assertEquals(1, obs.size(), obs.toString());
            assertEquals(1.4, obs.get(0).value(), 1e-9, text);
            assertEquals("ratio", obs.get(0).unitClass(), text);
        }
    }

    @Test
    void readsZhaoAsATrillionOfMoneyButNotOfWatts() {
        List<Observation> money = read("2024年，全省各项存款余额达到人民币3兆2100.6亿元。");
        assertEquals(1, money.size(), money.toString());
        assertEquals(3.21006e12, money.get(0).value(), 1);
        List<Observation> power = read("2024年，全县新增光伏装机容量3兆瓦。");
        assertEquals(1, power.size(), power.toString());
        assertEquals("power_kw", power.get(0).unitClass());
        assertEquals(3000, power.get(0).value(), 1e-9);
    }

    @Test
    void readsAYieldPerMuInKilogramsPerMu() {
        Observation o = read("2024年，全县水稻亩产达到612公斤。").get(0);
        assertEquals(612, o.value(), 1e-9);
        assertEquals("other", o.unitClass());
        assertTrue(o.indicator().startsWith("yield.per_mu"), o.indicator());
    }

    @Test
    void keepsABareYiOfVisitorsOutOfMoneyInASentenceAboutIncome() {
        // (issue 21, helper q) the clause of 1.2亿 counts visitors, though the sentence names 收入 and 亿元
        List<Observation> obs = read("全年接待游客达1.2亿，比上年多出2000多万，全县旅游总收入突破980亿元。");
        assertTrue(obs.stream().noneMatch(o -> o.value() == 1.2e8 && "money_cny".equals(o.unitClass())), obs.toString());
        List<Observation> people = read("2024年，全省常住人口总量为1.02亿，比上年减少12万人。");
        assertTrue(people.stream().noneMatch(o -> "money_cny".equals(o.unitClass())), people.toString());
    }

    @Test
    void keepsAThresholdOfBareYiOutOfMoney() {
        // (issue 21, helper q) a bare 亿 far from 生产总值 is yuan, the threshold it passed is none
        List<Observation> obs = read("2024年全省各市地区生产总值排名揭晓，位居第三的岳阳市以4980.2亿首次跨过4500亿门槛。");
        assertTrue(obs.stream().anyMatch(o -> o.value() == 4.980200e11 && "money_cny".equals(o.unitClass())), obs.toString());
        assertTrue(obs.stream().noneMatch(o -> o.value() == 4.5e11), obs.toString());
    }
}
