package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole-text behaviour: what is not a figure, articles on one page, bad input, the catalog. */
class ExtractorBehaviourTest {

    private static final Extractor EXTRACTOR = new RuleExtractor();
    private static final ExtractionContext CTX = new ExtractionContext(LocalDate.of(2026, 1, 8), null);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2025年12月24日，记者来到现场。",
        "表扬数量位列全国第二，规模居全国首位。",
        "构建“2+3+N”组织体系。",
        "咨询电话：0791-86888888。",
        "金融“五篇大文章”之一。",
        "打通服务群众“最后一公里”。",
        "推进三位一体深度融合，实现一站式服务。",
        "开展“千企万户大走访”活动，千军万马做普惠。",
        "以“十四五”规划为指引，谋划“十五五”发展。",
        "获评省级一等奖，第一时间赶到现场。",
        "1月7日，双方举行签约仪式。",
        "推动一批项目竣工，一些企业落户。",
        "2023年至2025年连续获评先进单位。",
        "建设5G智慧工厂。",
        "该校为全日制本科二级学院。",
        "七台河市召开会议。",
        "他在排名中位列前三名。",
        "万勇军介绍了有关情况。",
        "在县十八届人大三次会议上，县长作政府工作报告。",
        "深入学习贯彻党的二十大精神，认真落实十九届三中全会部署。",
        "外贸增速连续三年保持两位数。",
        "六大水系出境跨界断面水质保持Ⅱ类及以上。",
        "坚定落实高质量发展十项行动，打好三大攻坚战，实施十大工程。",
        "增速位次较一季度前移4位、较上半年提升2位。",
        "",
        "没有任何数字的一段话。",
    })
    void skipsDatesRanksSchemeNamesAndPhoneNumbers(String text) {
        assertEquals(List.of(), EXTRACTOR.extract(text, CTX), text);
    }

    @Test
    void readsSizeClassesOfProjectsAsDefinitionsNotAmounts() {
        String text = "本批集中开工项目86个，其中总投资10亿元以上项目7个，总投资1亿至10亿元的项目41个，"
                + "5000万元以上的重点项目在建38个，新引进1亿元以上重大招商项目12个，服务3个千亿元产业集群，百亿项目达到9个。";
        List<Double> values = EXTRACTOR.extract(text, CTX).stream().map(Observation::value).toList();
        assertEquals(List.of(86.0, 7.0, 41.0, 38.0, 12.0, 3.0, 9.0), values, text);
    }

    @Test
    void givesEachArticleOfAPageItsOwnPlace() {
        String page = """
                杭州西湖区数字经济提速

                本报杭州讯 2025年，该区新增数字经济企业320家。

                鼓楼区老旧小区改造全面完成

                本报福州讯 2025年，鼓楼区完成老旧小区改造45个，惠及居民1.2万户。
                """;
        List<Observation> obs = EXTRACTOR.extract(page, CTX);
        assertEquals(3, obs.size(), obs.toString());
        assertEquals("330106", obs.get(0).regionCode());
        assertEquals("350102", obs.get(1).regionCode());
        assertEquals("350102", obs.get(2).regionCode());
    }

    @Test
    void readsAnaphoraAgainstTheArticlePlace() {
        String page = """
                分宜农田冬修忙

                近日，分宜县推进高标准农田建设。全县共筹集资金1421.8万元，修复小型泵站23座。
                """;
        List<Observation> obs = EXTRACTOR.extract(page, CTX);
        assertEquals(2, obs.size(), obs.toString());
        obs.forEach(o -> assertEquals("360521", o.regionCode()));
    }

    @Test
    void readsProvinceScopeWords() {
        String page = """
                江西水利工作成效显著

                2025年，我省累计蓄水超24.5亿立方米，全省完成水利投入657亿元。
                """;
        List<Observation> obs = EXTRACTOR.extract(page, CTX);
        assertEquals(2, obs.size());
        obs.forEach(o -> assertEquals("360000", o.regionCode()));
        obs.forEach(o -> assertEquals(LocalDate.of(2025, 12, 31), o.periodEnd()));
    }

    @Test
    void usesTheDefaultRegionWhenTheTextNamesNone() {
        List<Observation> obs = EXTRACTOR.extract("全年新增就业岗位3000个。",
                new ExtractionContext(LocalDate.of(2026, 1, 8), "440300"));
        assertEquals("440300", obs.get(0).regionCode());
    }

    @Test
    void carriesTheArticleYearToLaterSentences() {
        String page = """
                某地工会工作综述

                2025年，南昌县总工会开展各类活动百余场。活动直接参与职工达万余人次。
                """;
        List<Observation> obs = EXTRACTOR.extract(page, CTX);
        assertEquals(2, obs.size());
        obs.forEach(o -> assertEquals(LocalDate.of(2025, 1, 1), o.periodStart()));
        obs.forEach(o -> assertEquals("360121", o.regionCode()));
    }

    @Test
    void spanCoversTheNumberText() {
        String text = "向20.13万户小微企业共发放贷款1792.61亿元。";
        List<Observation> obs = EXTRACTOR.extract(text, CTX);
        assertEquals(2, obs.size());
        assertEquals("1792.61亿元", text.substring(obs.get(1).start(), obs.get(1).end()));
        assertEquals("20.13万户", text.substring(obs.get(0).start(), obs.get(0).end()));
        assertEquals(text, obs.get(1).quote());
    }

    @Test
    void readsTraditionalCharactersAndFullWidthDigitsWithoutThrowing() {
        List<Observation> obs = EXTRACTOR.extract("全年實現營業收入１２３億元，同比增長５％。", CTX);
        assertTrue(obs.stream().anyMatch(o -> o.value() == 12_300_000_000d), obs.toString());
        assertTrue(obs.stream().anyMatch(o -> o.value() == 5d && o.unitClass().equals("percent")), obs.toString());
    }

    @Test
    void neverThrowsOnArbitraryText() {
        Random r = new Random(42);
        String alphabet = "0123456789１２３一二两十百千万亿余多约超至到-~%‰。，；：“”（）\n 元亿万人次家个年月日截至今年去年"
                + "全省该市鹰潭西湖鼓楼第前计划将下降增长\uD83D\uDE00\uD800abcXYZ";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(400);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            EXTRACTOR.extract(b.toString(), CTX);
            EXTRACTOR.extract(b.toString(), new ExtractionContext(null, "999999"));
        }
        assertEquals(List.of(), EXTRACTOR.extract(null, CTX));
        assertEquals(List.of(), EXTRACTOR.extract("", null));
    }

    @Test
    void handlesAHugeTextInOneCall() {
        String sentence = "2025年，鹰潭市新成立联合党支部65个，覆盖企业170家。\n";
        String text = sentence.repeat(20_000);
        List<Observation> obs = EXTRACTOR.extract(text, CTX);
        assertEquals(40_000, obs.size());
    }

    @Test
    void emitsOnlyCatalogIndicators() {
        Set<String> seen = new HashSet<>();
        String text = """
                2025年，全市地区生产总值增长5.2%，固定资产投资增长3.1%，社会消费品零售总额1200亿元。
                发放贷款12亿元，贷款余额300亿元，授信50亿元，融资8亿元，续贷6亿元。193个项目开工，完工项目20个。
                新成立党支部12个，培训1.2万人次，招收学生500名，蓄水2亿立方米，灌溉面积3千公顷次，
                产值10亿元，营收增长8%，修建渠道12公里，修复泵站3座，覆盖企业80家，服务群众3000人。
                """;
        for (Observation o : EXTRACTOR.extract(text, CTX)) {
            assertTrue(IndicatorCatalog.contains(o.indicator()), o.indicator());
            seen.add(o.indicator());
        }
        for (String code : List.of("gdp.yoy", "investment.fixed_assets.yoy", "retail_sales", "loans.issued",
                "loans.balance", "credit.granted", "financing.amount", "loans.renewed", "projects.started",
                "projects.completed", "party.branches.new", "training.person_times", "enrollment.target",
                "water.stored", "area.irrigated", "output.value", "revenue.yoy", "channels.length_km",
                "pump_stations.repaired", "enterprises.covered")) {
            assertTrue(seen.contains(code), code + " not in " + seen);
        }
    }

    @Test
    void catalogCodesAreUniqueDottedAndTyped() {
        Set<String> codes = new HashSet<>();
        Set<String> classes = new HashSet<>();
        for (UnitClass c : UnitClass.values()) {
            classes.add(c.code());
        }
        for (IndicatorDef d : IndicatorCatalog.all()) {
            assertTrue(codes.add(d.code()), d.code());
            assertTrue(d.code().matches("[a-z_]+(\\.[a-z_0-9]+)*"), d.code());
            assertTrue(classes.contains(d.unitClass()), d.code());
            assertFalse(d.name().isBlank());
            if (d.code().endsWith(".yoy") || d.code().endsWith("growth") || d.code().endsWith("balance")) {
                assertFalse(d.summable(), d.code());
            }
        }
        assertTrue(codes.size() >= 40 && codes.size() <= 900, "catalog size " + codes.size());
        assertTrue(codes.contains(IndicatorCatalog.OTHER));
    }

    @Test
    void isSafeToShareBetweenThreads() throws InterruptedException {
        String text = "2025年，鹰潭市新成立联合党支部65个，覆盖企业170家。";
        List<Observation> expected = EXTRACTOR.extract(text, CTX);
        Thread[] ts = new Thread[4];
        boolean[] ok = new boolean[ts.length];
        for (int i = 0; i < ts.length; i++) {
            int k = i;
            ts[i] = new Thread(() -> {
                boolean same = true;
                for (int j = 0; j < 200; j++) {
                    same &= expected.equals(EXTRACTOR.extract(text, CTX));
                }
                ok[k] = same;
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (boolean b : ok) {
            assertTrue(b);
        }
    }
}
