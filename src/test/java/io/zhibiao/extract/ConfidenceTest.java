package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What lowers a figure's confidence, on sentences written for these tests (none from the seed or the dev set). */
class ConfidenceTest {

    private static final Extractor EXTRACTOR = Extractor.standard();

    private static List<Observation> read(String text, String published) {
        return EXTRACTOR.extract(text, new ExtractionContext(LocalDate.parse(published), null));
    }

    private static Observation figure(List<Observation> all, double value) {
        return all.stream().filter(o -> o.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in " + all));
    }

    @Test
    void aCarriedRegionScoresLowerThanAStatedOne() {
        List<Observation> all = read("2024年，三江侗族自治县新建茶园1.2万亩。当地带动3000户茶农增收。", "2024-11-02");
        Observation stated = figure(all, 800);
        Observation carried = figure(all, 3000);
        assertEquals("450226", carried.regionCode());
        assertTrue(carried.reasons().contains(Reason.REGION_CARRIED), carried.reasons().toString());
        assertFalse(stated.reasons().contains(Reason.REGION_CARRIED), stated.reasons().toString());
        assertTrue(carried.confidence() < stated.confidence(), carried.confidence() + " vs " + stated.confidence());
    }

    @Test
    void aPlaceFromTheDatelineScoresLowerThanOneInTheSentence() {
        List<Observation> all = read("绵阳市场主体持续增长\n今年前三季度，新增市场主体2.6万户。涪城区新增市场主体8600户。", "2025-10-20");
        Observation dateline = figure(all, 26000);
        Observation named = figure(all, 8600);
        assertEquals(Set.of(Reason.REGION_FROM_DATELINE), Set.copyOf(dateline.reasons()));
        assertTrue(dateline.confidence() < named.confidence());
    }

    @Test
    void aPlaceTheSentenceNamesButTheRulesPassOverIsDoubtful() {
        List<Observation> all = read("本报讯 去年以来，鹤峰县茶叶产值增长明显。\n在来凤县，当地发展藤茶种植2.4万亩，年产值3.1亿元。",
                "2025-06-01");
        Observation value = figure(all, 3.1e8);
        assertTrue(value.reasons().contains(Reason.REGION_PASSED_OVER) || "422827".equals(value.regionCode()),
                value.regionCode() + " " + value.reasons());
    }

    @Test
    void aHeadlineFigureWithoutItsOwnPeriodIsBelowABodyFigureWithOne() {
        List<Observation> all = read("湖州工业投资突破600亿元\n　　截至10月底，湖州市工业投资完成612.4亿元，同比增长8.1%。", "2025-11-15");
        Observation headline = figure(all, 6e10);
        Observation body = figure(all, 6.124e10);
        assertTrue(headline.reasons().contains(Reason.IN_HEADLINE), headline.reasons().toString());
        assertTrue(headline.confidence() < body.confidence(), headline + " vs " + body);
        assertTrue(body.confidence() >= 0.9, String.valueOf(body.confidence()));
    }

    @Test
    void nextYearInAJanuaryReviewIsFlagged() {
        List<Observation> all = read("2024年，全州新建高标准农田36万亩。明年，全州将新建高标准农田30万亩。", "2025-01-15");
        Observation plan = figure(all, 20000);
        assertTrue(plan.reasons().contains(Reason.PERIOD_RELATIVE), plan.reasons().toString());
        assertTrue(plan.confidence() < 0.6, String.valueOf(plan.confidence()));
        Observation stated = figure(all, 24000);
        assertFalse(stated.reasons().contains(Reason.PERIOD_RELATIVE));
    }

    @Test
    void aPlanForAQuarterAndAListSpreadSayWhy() {
        List<Observation> all = read("2025年一季度，九江市集中签约项目28个，投产后预计新增就业岗位1500个。"
                + "其中，瑞昌市、湖口县分别签约项目6个、5个。", "2025-03-30");
        assertTrue(figure(all, 1500).reasons().contains(Reason.TARGET_SHORT_PERIOD), figure(all, 1500).reasons().toString());
        Observation spread = figure(all, 5);
        assertEquals("360429", spread.regionCode());
        assertTrue(spread.reasons().contains(Reason.LIST_SPREAD), spread.reasons().toString());
    }

    @Test
    void aThresholdBeforeItsNounIsDoubtful() {
        List<Observation> all = read("2024年，全县规模以上企业达到212家，其中产值超5亿元的企业19家。", "2025-03-01");
        all.stream().filter(o -> o.value() == 5e8).forEach(o ->
                assertTrue(o.reasons().contains(Reason.FIGURE_AS_MODIFIER) && o.confidence() < 0.6, o.toString()));
    }

    @Test
    void aBalanceReadOverAYearNotYetEndedIsDoubtful() {
        List<Observation> all = read("呼和浩特金融运行平稳\n　　本报讯 截至7月末，全市各项存款余额8120.5亿元。"
                + "分行业看，绿色贷款余额612.3亿元，较年初增加58.1亿元。", "2025-08-20");
        Observation balance = figure(all, 6.123e10);
        boolean onTheDay = balance.periodEnd().equals(LocalDate.parse("2025-07-31"));
        assertTrue(onTheDay || balance.reasons().contains(Reason.STOCK_OVER_PERIOD) && balance.confidence() < 0.6,
                balance.toString());
    }

    @Test
    void aScopeWordReadAsTheProvinceInACountysStoryIsDoubtful() {
        List<Observation> all = read("银川葡萄酒产业提质\n　　宁夏日报讯 记者从银川市林草局获悉，今年全市酿酒葡萄种植面积达到18万亩。"
                + "西夏区是银川葡萄酒核心产区，全区酒庄达到42家。", "2025-05-12");
        Observation count = figure(all, 42);
        assertTrue("640105".equals(count.regionCode())
                || count.reasons().contains(Reason.REGION_ABOVE_ARTICLE) && count.confidence() < 0.6, count.toString());
        List<Observation> province = read("灵武滩羊产业提档升级\n　　宁夏日报讯 灵武市滩羊饲养量达到120万只。"
                + "全自治区滩羊饲养量达到1300万只。", "2025-05-12");
        assertFalse(figure(province, 1.3e7).reasons().contains(Reason.REGION_ABOVE_ARTICLE));
    }

    @Test
    void aQuarterCueBeforeTheWholeYearsGoalIsDoubtful() {
        List<Observation> all = read("本报讯 三季度，全市将开展植树增绿专项行动，力争全年完成营造林面积18万亩。", "2025-07-10");
        Observation goal = figure(all, 12000);
        assertTrue(PeriodType.YEAR.code().equals(goal.periodType())
                || goal.reasons().contains(Reason.YEAR_NAMED_SHORT_PERIOD) && goal.confidence() < 0.6, goal.toString());
    }

    @Test
    void aYieldAfterCompletionDatedToTheSigningsQuarterIsDoubtful() {
        List<Observation> all = read("本报讯 6月20日，襄阳市二季度招商项目集中签约，签约项目41个，"
                + "项目投产后预计新增就业岗位5200个。", "2025-06-21");
        Observation jobs = figure(all, 5200);
        assertTrue(!PeriodType.QUARTER.code().equals(jobs.periodType())
                || jobs.reasons().contains(Reason.AFTER_COMPLETION) && jobs.confidence() < 0.6, jobs.toString());
    }

    @Test
    void everyConfidenceHasThreeDecimalsAndItsReasonsInOrder() {
        List<Observation> all = read("本报讯 1—8月，全市完成固定资产投资286.3亿元，增长4.6%，高于全省1.2个百分点。"
                + "其中，工业投资增长12.5%。", "2025-09-20");
        assertFalse(all.isEmpty());
        for (Observation o : all) {
            assertTrue(o.confidence() >= 0 && o.confidence() <= 1, o.toString());
            assertEquals(o.confidence(), Math.round(o.confidence() * 1000) / 1000.0, 0.0);
            assertEquals(o.reasons().stream().sorted().toList(), o.reasons());
            assertEquals(Confidence.of(Set.copyOf(o.reasons())), o.confidence(), 0.0);
        }
        assertEquals(all, read("本报讯 1—8月，全市完成固定资产投资286.3亿元，增长4.6%，高于全省1.2个百分点。"
                + "其中，工业投资增长12.5%。", "2025-09-20"));
    }

    @Test
    void noReasonLeavesTheBaseConfidence() {
        assertEquals(Confidence.of(Set.of()), Confidence.round(1 / (1 + Math.exp(-Confidence.BASE))), 0.0);
        assertTrue(Confidence.of(Set.of()) > Confidence.of(Set.of(Reason.REGION_CARRIED)));
        assertTrue(Confidence.of(Set.of(Reason.REGION_CARRIED)) > Confidence.of(Set.of(Reason.REGION_CARRIED,
                Reason.PERIOD_CUE_DISTANT)));
    }
}
