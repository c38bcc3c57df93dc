package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence → expected observation tables in the style of regional news and statistical bulletins.
 * Columns: sentence | value | valueMax | unitClass | qualifier | kind | region | period; "-" skips a check.
 * Period: 2025 (a year), 2025-11 (a month), 2021/2025 (an interval), @2025-11-30 (an as-of date).
 */
class ExtractorSentenceTest {

    private static final Extractor EXTRACTOR = new RuleExtractor();
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 8);

    static void check(String sentence, double value, String valueMax, String unitClass, String qualifier, String kind,
                      String region, String period) {
        List<Observation> obs = EXTRACTOR.extract(sentence, new ExtractionContext(PUBLISHED, null));
        Observation o = obs.stream().filter(x -> close(x.value(), value)).findFirst().orElse(null);
        assertNotNull(o, () -> "no observation " + value + " in " + sentence + " → "
                + obs.stream().map(x -> x.value() + x.unit()).collect(Collectors.joining(", ")));
        String where = sentence + " → " + o;
        if (!"-".equals(valueMax)) {
            if (valueMax == null) {
                assertEquals(null, o.valueMax(), where);
            } else {
                assertNotNull(o.valueMax(), where);
                assertTrue(close(o.valueMax(), Double.parseDouble(valueMax)), where);
            }
        }
        assertEquals(unitClass, o.unitClass(), where);
        if (!"-".equals(qualifier)) {
            assertEquals(qualifier, o.qualifier(), where);
        }
        if (!"-".equals(kind)) {
            assertEquals(kind, o.kind(), where);
        }
        if (!"-".equals(region)) {
            assertEquals(region, o.regionCode(), where);
        }
        if (!"-".equals(period)) {
            assertPeriod(period, o, where);
        }
        assertTrue(o.start() >= 0 && o.end() <= sentence.length() && o.start() < o.end(), where);
        assertTrue(IndicatorCatalog.contains(o.indicator()), where);
    }

    private static void assertPeriod(String period, Observation o, String where) {
        if (period.startsWith("@")) {
            assertEquals(LocalDate.parse(period.substring(1)), o.periodEnd(), where);
            return;
        }
        String[] ab = period.split("/");
        assertEquals(start(ab[0]), o.periodStart(), where);
        assertEquals(end(ab[ab.length - 1]), o.periodEnd(), where);
    }

    private static LocalDate start(String p) {
        return p.length() == 4 ? LocalDate.of(Integer.parseInt(p), 1, 1) : LocalDate.parse(p + "-01");
    }

    private static LocalDate end(String p) {
        if (p.length() == 4) {
            return LocalDate.of(Integer.parseInt(p), 12, 31);
        }
        LocalDate s = LocalDate.parse(p + "-01");
        return s.withDayOfMonth(s.lengthOfMonth());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= Math.max(1e-9, 0.005 * Math.max(Math.abs(a), Math.abs(b)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2025年，苏州市工业园区新增市场主体12,345家。 | 12345 | null | count | exact | actual | - | 2025
            全年完成固定资产投资1792.61亿元。 | 179261000000 | null | money_cny | exact | actual | - | -
            该县累计发放创业担保贷款3.2亿元。 | 320000000 | null | money_cny | exact | actual | - | -
            全省粮食总产量达到2150.6万吨。 | 21506000 | null | mass_t | exact | actual | - | -
            新建5G基站１２３个。 | 123 | null | count | exact | actual | - | -
            全市接待游客1.6万人次。 | 16000 | null | person_time | exact | actual | - | -
            去年该区实现税收收入45.8亿元。 | 4580000000 | null | money_cny | exact | actual | - | 2025
            全县共有农民专业合作社1200家。 | 1200 | null | count | exact | actual | - | -
            新增城镇就业5.3万人。 | 53000 | null | person | exact | actual | - | -
            完成造林绿化面积3.2万亩。 | 2133.33 | null | area_ha | exact | actual | - | -
            新建改建农村公路856.4公里。 | 856.4 | null | length_km | exact | actual | - | -
            新增光伏装机容量12.5万千瓦。 | 125000 | null | power_kw | exact | actual | - | -
            全市森林覆盖率达到63.1%。 | 63.1 | null | percent | exact | actual | - | -
            发放消费券2000万元。 | 20000000 | null | money_cny | exact | actual | - | -
            全年引进项目资金86.7亿元。 | 8670000000 | null | money_cny | exact | actual | - | -
            新增水库库容1.2亿立方米。 | 120000000 | null | volume_m3 | exact | actual | - | -
            城区建成面积达到168平方公里。 | 16800 | null | area_ha | exact | actual | - | -
            新建标准化厂房45万平方米。 | 45 | null | area_ha | exact | actual | - | -
            累计完成小麦机收面积5.6千公顷。 | 5600 | null | area_ha | exact | actual | - | -
            全年机耕作业面积达120千公顷次。 | 120000 | null | area_ha_time | exact | actual | - | -
            人均可支配收入达到4.2万元。 | 42000 | null | money_cny | exact | actual | - | -
            港口集装箱吞吐量完成356万标箱。 | 3560000 | null | other | exact | actual | - | -
            储备粮食3500吨。 | 3500 | null | mass_t | exact | actual | - | -
            建成充电桩1,280台。 | 1280 | null | count | exact | actual | - | -
            修复水毁堤防12.8公里。 | 12.8 | null | length_km | exact | actual | - | -
            完成土石方开挖85万立方米。 | 850000 | null | volume_m3 | exact | actual | - | -
            办理不动产登记业务3.6万件。 | 36000 | null | count | exact | actual | - | -
            新增注册商标2,356件。 | 2356 | null | count | exact | actual | - | -
            培训农村实用人才8600人次。 | 8600 | null | person_time | exact | actual | - | -
            该企业年产值突破5000万元。 | 50000000 | null | money_cny | at_least | actual | - | -
            当天签约的3个项目总投资26亿。 | 2600000000 | null | money_cny | exact | actual | - | -
            全县GDP达到386.5亿，增长6.1%。 | 38650000000 | null | money_cny | exact | actual | - | -
            两地生产总值均在880亿左右。 | 88000000000 | null | money_cny | approx | actual | - | -
            林业产值9.72亿元，增长4.1 %。 | 4.1 | null | percent | exact | actual | - | -
            农林牧渔服务业产值1.48 亿元。 | 148000000 | null | money_cny | exact | actual | - | -
            全年完成GDP386.25亿元。 | 38625000000 | null | money_cny | exact | actual | - | -
            新发放企业贷款加权平均利率较年初下降35个基点。 | -0.35 | null | percent | exact | actual | - | -
            增速较一季度、上半年分别提高2.6个和1.4个百分点。 | 2.6 | null | percent | exact | actual | - | -
            增速较一季度、上半年分别提高2.6个和1.4个百分点。 | 1.4 | null | percent | exact | actual | - | -
            增速较去年同期（-2.3%）加快5.1个百分点。 | -2.3 | null | percent | exact | actual | - | -
            当天现场集中签约18个项目。 | 18 | null | count | exact | actual | - | -
            节日期间接待游客人次同比增长3倍多。 | 300 | null | percent | at_least | actual | - | -
            跨境电商进出口额是上年的2.1倍。 | 2.1 | null | ratio | exact | actual | - | -
            """)
    void readsArabicNumbersWithScaleAndUnit(String s, double v, String max, String uc, String q, String k, String r,
                                            String p) {
        check(s, v, max, uc, q, k, r, p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            全镇建成十一个美丽乡村示范点。 | 11 | null | count | exact | actual | - | -
            新建两座污水处理厂。 | 2 | null | count | exact | actual | - | -
            共有二十三家企业参展。 | 23 | null | count | exact | actual | - | -
            普惠贷款余额首次突破千亿元。 | 100000000000 | null | money_cny | at_least | actual | - | -
            开展各类培训百余场。 | 100 | null | count | at_least | actual | - | -
            吸引游客万余人次。 | 10000 | null | person_time | at_least | actual | - | -
            活动吸引市民3.5万余人次参与。 | 35000 | null | person_time | at_least | actual | - | -
            累计服务群众20.34万户。 | 203400 | null | count | exact | actual | - | -
            全区新增就业岗位三千个。 | 3000 | null | count | exact | actual | - | -
            培育省级专精特新企业一百零五家。 | 105 | null | count | exact | actual | - | -
            打造四大产业集群。 | 4 | null | count | exact | actual | - | -
            建成十个村级光伏电站。 | 10 | null | count | exact | actual | - | -
            筹集资金十余万元。 | 100000 | null | money_cny | at_least | actual | - | -
            覆盖群众超千人次。 | 1000 | null | person_time | at_least | actual | - | -
            惠及农户两千余户。 | 2000 | null | count | at_least | actual | - | -
            参与志愿者三百多名。 | 300 | null | person | at_least | actual | - | -
            百分之八十的村实现集体经济收入超10万元。 | 80 | null | percent | exact | actual | - | -
            全县新建高标准农田五万亩。 | 3333.33 | null | area_ha | exact | actual | - | -
            累计投入资金1.2万余元。 | 12000 | null | money_cny | at_least | actual | - | -
            全市共有三十六个乡镇。 | 36 | null | count | exact | actual | - | -
            """)
    void readsChineseAndMixedNumerals(String s, double v, String max, String uc, String q, String k, String r,
                                      String p) {
        check(s, v, max, uc, q, k, r, p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            全年接待游客约3200万人次。 | 32000000 | null | person_time | approx | actual | - | -
            活动吸引2000人左右参加。 | 2000 | null | person | approx | actual | - | -
            近300家企业参加招聘会。 | 300 | null | count | approx | actual | - | -
            服务群众1500人以上。 | 1500 | null | person | at_least | actual | - | -
            累计处理信访事项600余件。 | 600 | null | count | at_least | actual | - | -
            蓄水超24.5亿立方米。 | 2450000000 | null | volume_m3 | at_least | actual | - | -
            销售额超过8000万元。 | 80000000 | null | money_cny | at_least | actual | - | -
            线上交易额逾20亿元。 | 2000000000 | null | money_cny | at_least | actual | - | -
            年产值将破10亿元。 | 1000000000 | null | money_cny | at_least | target | - | -
            单笔贷款不超过50万元。 | 500000 | null | money_cny | at_most | actual | - | -
            今年新增入库企业不少于120家。 | 120 | null | count | at_least | actual | - | -
            粮食播种面积不低于1.5万公顷。 | 15000 | null | area_ha | at_least | actual | - | -
            全年空气优良天数比例不小于90%。 | 90 | null | percent | at_least | actual | - | -
            每人每年补助不高于3000元。 | 3000 | null | money_cny | at_most | actual | - | -
            审批时限压缩至3个工作日以内，办件不到200件。 | 200 | null | count | at_most | actual | - | -
            每户补贴5000元以内。 | 5000 | null | money_cny | at_most | actual | - | -
            建成各类驿站30多个。 | 30 | null | count | at_least | actual | - | -
            开工率达95.1%。 | 95.1 | null | percent | exact | actual | - | -
            容积率约为2.89。 | 2.89 | null | ratio | approx | actual | - | -
            受益群众将近5万人。 | 50000 | null | person | approx | actual | - | -
            带动就业近千人。 | 1000 | null | person | approx | actual | - | -
            整治河道50公里左右。 | 50 | null | length_km | approx | actual | - | -
            """)
    void readsQualifiers(String s, double v, String max, String uc, String q, String k, String r, String p) {
        check(s, v, max, uc, q, k, r, p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            首批选拔300名至500名学生。 | 300 | 500 | person | range | - | - | -
            今年生产效率预计提升10%至20%。 | 10 | 20 | percent | range | target | - | -
            每亩增收200至300元。 | 200 | 300 | money_cny | range | actual | - | -
            单个项目补助3至5万元。 | 30000 | 50000 | money_cny | range | actual | - | -
            日均客流8000-10000人次。 | 8000 | 10000 | person_time | range | actual | - | -
            降雨量普遍在50~80毫米之间，过程持续3至5天，转移群众120名至150名。 | 120 | 150 | person | range | actual | - | -
            """)
    void readsRanges(String s, double v, String max, String uc, String q, String k, String r, String p) {
        check(s, v, max, uc, q, k, r, p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2025年，全省地区生产总值同比增长5.4%。 | 5.4 | null | percent | exact | actual | - | 2025
            规模以上工业增加值比上年下降2.1%。 | -2.1 | null | percent | exact | actual | - | -
            全市一般公共预算收入下降12.9%。 | -12.9 | null | percent | exact | actual | - | -
            城镇调查失业率比上年下降0.3个百分点。 | -0.3 | null | percent | exact | actual | - | -
            常住人口出生率为6.8‰。 | 0.68 | null | percent | exact | actual | - | -
            耕地面积减少211亩。 | -14.07 | null | area_ha | exact | actual | - | -
            1-11月，全市固定资产投资同比增长6.2%。 | 6.2 | null | percent | exact | actual | - | 2026-01/2026-11
            2025年1-11月，全市社会消费品零售总额同比增长4.5%。 | 4.5 | null | percent | exact | actual | - | 2025-01/2025-11
            前三季度，全县居民人均可支配收入增长5.8%。 | 5.8 | null | percent | exact | actual | - | -
            2025年前10月，进出口总额下降3.6%。 | -3.6 | null | percent | exact | actual | - | 2025-01/2025-10
            居民消费价格上涨0.2%。 | 0.2 | null | percent | exact | actual | - | -
            年末全市常住人口为580.6万人。 | 5806000 | null | person | exact | actual | - | -
            货物运输量降至3.2亿吨。 | 320000000 | null | mass_t | exact | actual | - | -
            营业收入增长18.5%。 | 18.5 | null | percent | exact | actual | - | -
            增幅达285.71%。 | 285.71 | null | percent | exact | actual | - | -
            贷款余额较年初增加1.4亿元。 | 140000000 | null | money_cny | exact | actual | - | -
            粮食播种面积减少1.2万亩。 | -800 | null | area_ha | exact | actual | - | -
            出口额下降了8.3%。 | -8.3 | null | percent | exact | actual | - | -
            """)
    void readsStatisticalBulletinGrowthAndDecline(String s, double v, String max, String uc, String q, String k,
                                                  String r, String p) {
        check(s, v, max, uc, q, k, r, p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            杭州市西湖区新增科技型中小企业320家。 | 320 | null | count | - | - | 330106 | -
            南昌市西湖区改造老旧小区45个。 | 45 | null | count | - | - | 360103 | -
            福州市鼓楼区发放消费券800万元。 | 8000000 | null | money_cny | - | - | 350102 | -
            南京鼓楼区新增停车泊位1200个。 | 1200 | null | count | - | - | 320106 | -
            成都市全年引进重大项目156个。 | 156 | null | count | - | - | 510100 | -
            苏州工业园区实现进出口总额1000亿元。 | 100000000000 | null | money_cny | - | - | 320500 | -
            江西省完成水利投入657亿元。 | 65700000000 | null | money_cny | - | - | 360000 | -
            余江县新建农村公路30公里。 | 30 | null | length_km | - | - | 360603 | -
            南康市家具产业集群产值达2000亿元。 | 200000000000 | null | money_cny | - | - | 360703 | -
            全国新增高标准农田8000万亩。 | 5333333.33 | null | area_ha | - | - | 000000 | -
            邮储银行鹰潭市余江区支行发放贷款5000万元。 | 50000000 | null | money_cny | - | - | 360603 | -
            农行江西省分行累计投放贷款190亿元。 | 19000000000 | null | money_cny | - | - | 360000 | -
            南昌东站日均发送旅客3.2万人次。 | 32000 | null | person_time | - | - | 360100 | -
            广州市天河区新增上市企业6家。 | 6 | null | count | - | - | 440106 | -
            合肥市蜀山区建成口袋公园28个。 | 28 | null | count | - | - | 340104 | -
            武汉市洪山区高新技术企业达1800家。 | 1800 | null | count | - | - | 420111 | -
            长沙县实现地区生产总值2100亿元。 | 210000000000 | null | money_cny | - | - | 430121 | -
            西安市雁塔区新增市场主体2.1万户。 | 21000 | null | count | - | - | 610113 | -
            贵州省新建通组硬化路1.2万公里。 | 12000 | null | length_km | - | - | 520000 | -
            内蒙古自治区新增造林面积600万亩。 | 400000 | null | area_ha | - | - | 150000 | -
            """)
    void resolvesPlacesNamedInTheSentence(String s, double v, String max, String uc, String q, String k, String r,
                                          String p) {
        check(s, v, max, uc, q, k, r, p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            截至2025年11月底，全区193个项目开工。 | 193 | null | count | - | actual | - | @2025-11-30
            截至9月末，全市新增减税降费12亿元。 | 1200000000 | null | money_cny | - | actual | - | @2025-09-30
            2023年至2025年，全县累计建成村级养老服务站56个。 | 56 | null | count | - | actual | - | 2023/2025
            “十四五”时期，全省新建改建农村公路3.2万公里。 | 32000 | null | length_km | - | actual | - | 2021/2025
            “十三五”期间，全市累计脱贫2.3万人。 | 23000 | null | person | - | actual | - | 2016/2020
            五年来，该行累计为小微企业办理续贷673.15亿元。 | 67315000000 | null | money_cny | - | actual | - | 2021/2025
            德阳市旌阳区近三年累计培训农村劳动力8000余人次。 | 8000 | null | person_time | - | actual | 510603 | 2023/2025
            过去5年，全市新增城镇就业12.6万人。 | 126000 | null | person | - | actual | 000000 | 2021/2025
            分宜新建泵站23座。 | 23 | null | count | - | actual | 360521 | -
            2025年以来，鹰潭市新成立联合党支部65个。 | 65 | null | count | - | actual | 360600 | 2025
            今年一季度，全市新签约项目32个。 | 32 | null | count | - | actual | - | 2026-01/2026-03
            去年全县接待游客860万人次。 | 8600000 | null | person_time | - | actual | - | 2025
            2025年上半年，全省外贸进出口总额增长4.1%。 | 4.1 | null | percent | - | actual | - | 2025-01/2025-06
            2025年12月，全市新能源汽车销量1.2万辆。 | 12000 | null | count | - | actual | - | 2025-12
            2027年至2029年在读规模达1500人以上。 | 1500 | null | person | at_least | target | - | 2027/2029
            2029年后稳定在2000人左右。 | 2000 | null | person | approx | target | - | 2030
            计划在2026年底完成首批300名学生选拔。 | 300 | null | person | - | target | - | 2026
            到2027年，全市新能源汽车产业产值将达到1000亿元。 | 100000000000 | null | money_cny | - | target | - | 2027
            近日，该县筹集落实保障资金1421.8万元。 | 14218000 | null | money_cny | - | actual | - | 2026-01
            截至2025年底，全市存款余额达8600亿元。 | 860000000000 | null | money_cny | - | actual | - | @2025-12-31
            与2020年相比，全市森林面积增加3.5万亩。 | 2333.33 | null | area_ha | - | actual | - | 2025
            2020年以来，全县累计改造农村危房1860户。 | 1860 | null | count | - | actual | - | @2026-01-08
            2025年6月以来，全市累计发放惠企资金3.6亿元。 | 360000000 | null | money_cny | - | actual | - | @2026-01-08
            11月末，全市住户存款余额2415亿元。 | 241500000000 | null | money_cny | - | actual | - | @2025-11-30
            截至2026年年底，全区新建充电桩不少于1200个。 | 1200 | null | count | - | target | - | @2026-12-31
            """)
    void readsPeriods(String s, double v, String max, String uc, String q, String k, String r, String p) {
        check(s, v, max, uc, q, k, r, p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            该项目计划总投资120亿元。 | 12000000000 | null | money_cny | - | target | - | -
            今年预计全年完成投资300亿元。 | 30000000000 | null | money_cny | - | target | - | -
            力争年内新增规上企业50家。 | 50 | null | count | - | target | - | -
            目标是培育专精特新企业100家。 | 100 | null | count | - | target | - | -
            项目达产后可实现年产值20亿元。 | 2000000000 | null | money_cny | - | target | - | -
            学院将招收本科生800名。 | 800 | null | person | - | target | - | -
            项目建成后预期带动就业3000人。 | 3000 | null | person | - | target | - | -
            规划建设标准化厂房9栋。 | 9 | null | count | - | target | - | -
            全年已完成投资85亿元。 | 8500000000 | null | money_cny | - | actual | - | -
            拟新建污水管网35公里。 | 35 | null | length_km | - | target | - | -
            计划争取上级资金5亿元。 | 500000000 | null | money_cny | - | target | - | -
            在推进稳岗扩岗专项计划过程中，全市帮扶就业1.8万人。 | 18000 | null | person | - | actual | - | -
            全县还实施庭院经济培育计划，带动农户增收2600万元。 | 26000000 | null | money_cny | - | actual | - | -
            到2030年，全省数字经济核心产业增加值占比将达到12%。 | 12 | null | percent | - | target | - | 2030
            今年全县已累计发放补贴资金3200万元。 | 32000000 | null | money_cny | - | actual | - | 2026
            """)
    void readsTargetsAgainstActuals(String s, double v, String max, String uc, String q, String k, String r,
                                    String p) {
        check(s, v, max, uc, q, k, r, p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            修复小型泵站23座。 | 23 | null | count | - | - | - | -
            新建23座泵站。 | 23 | null | count | - | - | - | -
            清淤灌排渠道512.5公里。 | 512.5 | null | length_km | - | - | - | -
            召开专题推进会2次。 | 2 | null | count | - | - | - | -
            联合省内外12所院校。 | 12 | null | count | - | - | - | -
            设立党员示范岗284个。 | 284 | null | count | - | - | - | -
            累计完成水权交易589宗。 | 589 | null | count | - | - | - | -
            开设70余类特色课程。 | 70 | null | count | - | - | - | -
            抵御8轮强降雨。 | 8 | null | count | - | - | - | -
            选派指导员63名。 | 63 | null | person | - | - | - | -
            新增救护车辆16辆。 | 16 | null | count | - | - | - | -
            查处违法案件45起。 | 45 | null | count | - | - | - | -
            发放贷款1.2万笔。 | 12000 | null | count | - | - | - | -
            种植苗木3.6万株。 | 36000 | null | count | - | - | - | -
            新建公厕120座。 | 120 | null | count | - | - | - | -
            邀请专家12位。 | 12 | null | person | - | - | - | -
            """)
    void readsMeasureWordsWithTheNounBeforeOrAfter(String s, double v, String max, String uc, String q, String k,
                                                   String r, String p) {
        check(s, v, max, uc, q, k, r, p);
    }
}
