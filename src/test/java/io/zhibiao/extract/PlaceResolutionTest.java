package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which place a figure is about, on pages that name several: the integrator's probes and their neighbours. */
class PlaceResolutionTest {

    private static final Extractor EXTRACTOR = new RuleExtractor();
    private static final ExtractionContext CTX = new ExtractionContext(LocalDate.of(2025, 11, 20), null);

    /** number text → region code of the observation at that text. */
    private static Map<String, String> regions(String text, ExtractionContext ctx) {
        List<Observation> obs = EXTRACTOR.extract(text, ctx);
        return obs.stream().collect(Collectors.toMap(o -> text.substring(o.start(), o.end()), Observation::regionCode,
                (a, b) -> a));
    }

    private static Map<String, String> indicators(String text) {
        List<Observation> obs = EXTRACTOR.extract(text, CTX);
        return obs.stream().collect(Collectors.toMap(o -> text.substring(o.start(), o.end()), Observation::indicator,
                (a, b) -> a));
    }

    @Test
    void aLaterProvinceNeverReachesBackIntoAnEarlierArticleOnOneLine() {
        String page = "2025年杭州市国民经济和社会发展统计公报 本报讯 记者从西湖区获悉，今年前三季度，西湖区完成规上工业增加值156.8亿元，"
                + "同比增长6.2%。该区计划到2027年建成人才公寓5000套以上。\n\n近日，宁夏银川市兴庆区新建改造农村公路38.5公里，惠及群众2.3万人。";
        Map<String, String> r = regions(page, CTX);
        assertEquals("330106", r.get("156.8亿元"), r.toString());
        assertEquals("330106", r.get("6.2%"), r.toString());
        assertEquals("330106", r.get("5000套"), r.toString());
        assertEquals("640104", r.get("38.5公里"), r.toString());
        assertEquals("640104", r.get("2.3万人"), r.toString());
    }

    @Test
    void aLaterProvinceNeverReachesBackIntoAnEarlierArticleOnSeparateLines() {
        String page = """
                2025年杭州市国民经济和社会发展统计公报

                本报讯 记者从西湖区获悉，今年前三季度，西湖区完成规上工业增加值156.8亿元，同比增长6.2%。该区计划到2027年建成人才公寓5000套以上。

                近日，宁夏银川市兴庆区新建改造农村公路38.5公里，惠及群众2.3万人。
                """;
        Map<String, String> r = regions(page, CTX);
        assertEquals("330106", r.get("156.8亿元"), r.toString());
        assertEquals("330106", r.get("5000套"), r.toString());
        assertEquals("640104", r.get("38.5公里"), r.toString());
    }

    @Test
    void anAmbiguousDistrictTakesTheNearestCityBeforeIt() {
        assertEquals("360103", regions("南昌市西湖区今年完成老旧小区改造32个。", CTX).get("32个"));
        assertEquals("330106", regions("杭州市西湖区今年完成老旧小区改造32个。", CTX).get("32个"));
        assertEquals("320302", regions("徐州市鼓楼区今年新增城镇就业8600人。", CTX).get("8600人"));
        assertEquals("410204", regions("开封市鼓楼区接待游客1250万人次。", CTX).get("1250万人次"));
        assertEquals("350102", regions("本报福州讯 鼓楼区今年建成便民生活圈18个。", CTX).get("18个"));
        assertEquals("220104", regions("长春市朝阳区今年完成固定资产投资186亿元。", CTX).get("186亿元"));
        assertEquals("110105", regions("北京市朝阳区新设外资企业1100余家。", CTX).get("1100余家"));
        // the caller's default region settles it when the text does not
        assertEquals("360103", regions("西湖区今年完成老旧小区改造32个。",
                new ExtractionContext(LocalDate.of(2025, 11, 20), "360100")).get("32个"));
    }

    @Test
    void aPlaceOfAnotherArticleOnThePageSettlesAnAmbiguousName() {
        String page = """
                杭州数字经济持续领跑

                本报杭州讯 今年前三季度，杭州市数字经济核心产业增加值增长8.1%。

                一区一品

                本报讯 西湖区今年新增专精特新企业45家。
                """;
        assertEquals("330106", regions(page, CTX).get("45家"));
    }

    @Test
    void aFigureWithoutPlaceTakesTheDefaultThenThePageNeverTheNationUnlessSaid() {
        ExtractionContext none = new ExtractionContext(LocalDate.of(2026, 3, 20), null);
        // no place anywhere, no default: nothing better than the nation
        assertEquals("000000", regions("年末常住人口1262.4万人。", none).get("1262.4万人"));
        // the default region
        assertEquals("330100", regions("年末全市常住人口1262.4万人。",
                new ExtractionContext(LocalDate.of(2026, 3, 20), "330100")).get("1262.4万人"));
        // the page's place reaches a section that names none
        String bulletin = """
                2025年襄阳市国民经济和社会发展统计公报

                一、综合
                全年全市地区生产总值6185.32亿元。

                二、农业
                全年粮食总产量486.2万吨。
                """;
        Map<String, String> r = regions(bulletin, none);
        assertEquals("420600", r.get("6185.32亿元"), r.toString());
        assertEquals("420600", r.get("486.2万吨"), r.toString());
        // 全国 as the yardstick of a share: the share is still the city's
        assertEquals("420600", regions("襄阳市全年粮食总产量486.2万吨，占全国的0.7%。", none).get("0.7%"));
        // 全国 said outright as the place
        assertEquals("000000", regions("全国粮食总产量达到1.4万亿斤，襄阳市贡献486.2万吨。", none).get("1.4万亿斤"));
    }

    @Test
    void anAncestorWrittenInFullCountsAShortOneInAnOrganisationNameDoesNot() {
        String page = """
                本报锡林浩特讯 入冬以来，锡林郭勒盟储备饲草料32.6亿斤。锡林浩特市发放补助资金1.28亿元。
                """;
        Map<String, String> r = regions(page, CTX);
        assertEquals("152500", r.get("32.6亿斤"), r.toString());
        assertEquals("152502", r.get("1.28亿元"), r.toString());
    }

    @Test
    void aTwoCharacterCountyNameInsideAWordIsNoPlace() {
        String page = "睢宁县水利建设提速\n\n截至12月15日，全县已疏浚县乡河道86.5公里。";
        assertEquals("320324", regions(page, CTX).get("86.5公里"));
    }

    @Test
    void changesOfALevelGetTheLevelsChangeIndicator() {
        Map<String, String> i = indicators("年末全市常住人口1262.4万人，比上年末增加10.2万人。");
        assertEquals("population", i.get("1262.4万人"));
        assertEquals("population.change", i.get("10.2万人"));
        i = indicators("截至10月末，全市各项存款余额12356.8亿元，较年初增加986.2亿元；各项贷款余额10874.5亿元，较年初增加1032.6亿元。");
        assertEquals("deposits.balance.change", i.get("986.2亿元"));
        assertEquals("loans.balance.change", i.get("1032.6亿元"));
        i = indicators("常住人口城镇化率为63.8%，比上年末提高0.9个百分点。全市地区生产总值4892.6亿元，同比增长5.8%。");
        assertEquals("urbanization.rate", i.get("63.8%"));
        assertEquals("urbanization.rate.yoy.pp", i.get("0.9个百分点"));
        assertEquals("gdp.yoy", i.get("5.8%"));
        for (String code : List.of("population.change", "loans.balance.change", "deposits.balance.change",
                "urbanization.rate.yoy.pp", "area.sown.change")) {
            IndicatorDef d = IndicatorCatalog.byCode(code);
            assertEquals(code, d.code());
        }
    }

    /**
     * Ambiguous names (西湖区, 东方, 南康) and anchors many times over in one article: each look-up inspects a bounded
     * number of anchors and mentions, so four times the article costs about four times the work, where look-ups over
     * every anchor cost sixteen. Measured as this thread's CPU time, a ratio between two sizes, so a busy machine (which
     * slows both alike) does not fail it as a bound in seconds did.
     */
    @Test
    void manySharedNamesInOneLongArticleStayLinear() {
        String line = "西湖区、鼓楼区、朝阳区和分宜、东方、南康等地新增企业12家，湖北省宜城市新增项目3个。\n";
        cpuSeconds(line.repeat(5_000), 10_000); // warm-up: the smaller article then runs on compiled code too
        double small = cpuSeconds(line.repeat(5_000), 10_000);
        double large = cpuSeconds(line.repeat(20_000), 40_000);
        org.junit.jupiter.api.Assertions.assertTrue(large < 8 * small,
                "4× the article took " + large / small + "× the CPU time (" + small + " s, " + large + " s)");
    }

    private static double cpuSeconds(String text, int observations) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        List<Observation> obs = EXTRACTOR.extract(text, CTX);
        double secs = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
        assertEquals(observations, obs.size());
        return secs;
    }
}
