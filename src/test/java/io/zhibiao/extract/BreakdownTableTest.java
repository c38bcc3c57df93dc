package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence → indicator and breakdown: the national classifications (sectors, products, crops, CPI categories, goods
 * classes, school types) and the quantities that must not share a code. The sentences are made up in the style of
 * bulletins and news from many provinces. Columns: sentence | value | indicator | breakdown (dimension=item, "-" for
 * none) | period ("-" skips; 2024, 2024-09, 2024-01/2024-09, @2024-12-31).
 */
class BreakdownTableTest {

    private static final Extractor EXTRACTOR = new RuleExtractor();
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024年，全省粗钢产量2860.5万吨，增长2.7%。 | 28605000 | output.mass | product=粗钢 | 2024
            2024年，全省粗钢产量2860.5万吨，增长2.7%。 | 2.7 | output.mass.yoy | product=粗钢 | 2024
            2024年，全市规模以上工业中，粗钢产量增长3.1%，钢材产量下降1.4%。 | -1.4 | output.mass.yoy | product=钢材 | -
            2024年，全市水泥产量1320万吨，下降6.2%。 | -6.2 | output.mass.yoy | product=水泥 | -
            2024年，全县精制茶产量1.8万吨，增长15.2%。 | 15.2 | output.mass.yoy | product=精制茶 | -
            2024年，全区十种有色金属产量120万吨，增长4.5%。 | 1200000 | output.mass | product=十种有色金属 | -
            2024年，全市新能源汽车产量增长35.6%。 | 35.6 | output.units.yoy | product=新能源汽车 | -
            2024年，全省汽车产量86.3万辆，增长8.8%。 | 863000 | output.units | product=汽车 | -
            全年全省蔬菜产量2150万吨，增长3.1%。 | 21500000 | output.mass | crop=蔬菜 | -
            全年全省蔬菜产量2150万吨，增长3.1%。 | 3.1 | output.mass.yoy | crop=蔬菜 | -
            2024年，全县玉米产量45.6万吨，比上年增长2.3%；稻谷产量38.2万吨，下降0.8%。 | 456000 | output.mass | crop=玉米 | -
            2024年，全县玉米产量45.6万吨，比上年增长2.3%；稻谷产量38.2万吨，下降0.8%。 | 382000 | output.mass | crop=稻谷 | -
            2024年，全县玉米产量45.6万吨，比上年增长2.3%；稻谷产量38.2万吨，下降0.8%。 | -0.8 | output.mass.yoy | crop=稻谷 | -
            全年园林水果产量98.7万吨，增长5.6%。 | 987000 | output.mass | crop=园林水果 | -
            全年油料产量12.3万吨，减产1.2%。 | -1.2 | output.mass.yoy | crop=油料 | -
            2024年，全年油料种植面积45万亩，增加2万亩。 | 30000 | area.sown | crop=油料 | -
            分行业看，批发和零售业增加值增长7.5%，交通运输、仓储和邮政业增长4.9%。 | 7.5 | value_added.yoy | sector=批发和零售业 | -
            分行业看，批发和零售业增加值增长7.5%，交通运输、仓储和邮政业增长4.9%。 | 4.9 | value_added.yoy | sector=交通运输、仓储和邮政业 | -
            第三产业增加值1820亿元，增长5.6%，其中金融业增加值增长6.1%。 | 6.1 | value_added.yoy | sector=金融业 | -
            全年住宿和餐饮业增加值86.4亿元，增长9.2%。 | 8640000000 | value_added | sector=住宿和餐饮业 | -
            规模以上工业增加值增长8.1%，其中计算机、通信和其他电子设备制造业增长14.3%。 | 14.3 | industry.value_added.yoy | sector=计算机、通信和其他电子设备制造业 | -
            规上工业中，汽车制造业增加值增长10.2%，电气机械和器材制造业增长12.5%。 | 12.5 | industry.value_added.yoy | sector=电气机械和器材制造业 | -
            全年居民消费价格上涨0.4%，其中食品烟酒价格下降0.6%，医疗保健价格上涨1.3%。 | -0.6 | prices.cpi.yoy | cpi_category=食品烟酒 | -
            全年居民消费价格上涨0.4%，其中食品烟酒价格下降0.6%，医疗保健价格上涨1.3%。 | 1.3 | prices.cpi.yoy | cpi_category=医疗保健 | -
            全年居民消费价格上涨0.4%，其中食品烟酒价格下降0.6%，医疗保健价格上涨1.3%。 | 0.4 | prices.cpi.yoy | - | -
            分类别看，教育文化娱乐类价格上涨2.1%，交通通信类价格下降2.4%。 | -2.4 | prices.cpi.yoy | cpi_category=交通通信 | -
            限额以上单位中，金银珠宝类零售额增长12%，石油及制品类下降3.5%。 | 12 | retail_sales.above_quota.yoy | goods_class=金银珠宝类 | -
            限额以上单位中，金银珠宝类零售额增长12%，石油及制品类下降3.5%。 | -3.5 | retail_sales.above_quota.yoy | goods_class=石油及制品类 | -
            按消费类型分，商品零售188亿元，增长4.6%；餐饮收入32亿元，增长8.9%。 | 18800000000 | retail_sales | retail_form=商品零售 | -
            按消费类型分，商品零售188亿元，增长4.6%；餐饮收入32亿元，增长8.9%。 | 8.9 | retail_sales.yoy | retail_form=餐饮收入 | -
            全市小学毕业生4.8万人，初中毕业生4.1万人。 | 48000 | graduates | school_type=小学 | -
            全市小学毕业生4.8万人，初中毕业生4.1万人。 | 41000 | graduates | school_type=初中 | -
            今年全市普通高中计划招生2.3万人，中等职业学校计划招生1.6万人。 | 23000 | enrollment.target | school_type=普通高中 | -
            今年全市普通高中计划招生2.3万人，中等职业学校计划招生1.6万人。 | 16000 | enrollment.target | school_type=中等职业学校 | -
            年末全省城镇人口3012万人，常住人口4860万人。 | 30120000 | population.urban | - | -
            年末全省城镇人口3012万人，常住人口4860万人。 | 48600000 | population | - | -
            一般公共预算收入增长4.2%，一般公共预算支出增长6.8%。 | 6.8 | fiscal.expenditure.yoy | - | -
            全年一般公共预算收入156亿元，增长3.5%；一般公共预算支出412亿元，增长2.1%。 | 2.1 | fiscal.expenditure.yoy | - | -
            全年货物进出口总额820亿元，增长6.1%；服务贸易进出口56亿元，增长12.4%。 | 12.4 | trade.total.yoy | trade_type=服务贸易 | -
            全年货物贸易进出口增长6.1%，服务贸易进出口增长12.4%。 | 6.1 | trade.total.yoy | trade_type=货物贸易 | -
            年末再贴现余额56.3亿元，支农再贷款余额128亿元。 | 5630000000 | rediscount.balance | - | -
            年末再贴现余额56.3亿元，支农再贷款余额128亿元。 | 12800000000 | relending.balance | - | -
            截至6月末，全省支小再贷款余额320亿元，同比增长8%。 | 8 | relending.balance.yoy | - | -
            6月末，涉农贷款余额2.1万亿元，比年初增加986亿元。 | 98600000000 | loans.balance.agri.change | - | -
            6月末，普惠小微贷款余额4120亿元，较年初新增362亿元。 | 36200000000 | loans.balance.inclusive_small.change | - | -
            上半年，全省涉农贷款新增986亿元。 | 98600000000 | loans.balance.agri.change | - | -
            6月末，全省普惠小微贷款余额4120亿元，当年新增362亿元。 | 36200000000 | loans.balance.inclusive_small.change | - | -
            年末常住人口186.2万人，比上年末减少0.8万人。 | -8000 | population.change | - | -
            全年新增城镇就业3.1万人。 | 31000 | employment.new | - | -
            第一、二、三产业增加值占地区生产总值的比重分别为8.2%、38.5%和53.3%。 | 8.2 | value_added.primary.share | - | -
            第一、二、三产业增加值占地区生产总值的比重分别为8.2%、38.5%和53.3%。 | 53.3 | value_added.tertiary.share | - | -
            38个工业行业大类中有25个实现增长，增长面为65.8%。 | 25 | industry.divisions_growing | - | -
            2024年，全县新建防渗渠道46.8公里。 | 46.8 | channels.length_km | - | -
            6月末，全省涉农贷款余额2.1万亿元，占各项贷款的比重为28.6%，比年初提高0.4个百分点。 | 0.4 | loans.balance.agri.share.change | - | -
            6月末，全省涉农贷款余额2.1万亿元，占各项贷款的比重为28.6%，比年初提高0.4个百分点。 | 28.6 | loans.balance.agri.share | - | -
            年末，贵州省普惠小微贷款余额占各项贷款比重较上年末提高1.2个百分点。 | 1.2 | loans.balance.inclusive_small.share.change | - | -
            年末，宁夏普惠小微贷款余额占各项贷款的比重为12.4%，比上年末提高0.9个百分点。 | 0.9 | loans.balance.inclusive_small.share.change | - | -
            年末全市城镇化率63.8%，比上年末提高0.9个百分点。 | 0.9 | urbanization.rate.yoy.pp | - | -
            今年以来，阜阳市清淤整治排水沟渠128公里。 | 128 | channels.length_km | - | -
            今年，该镇铺设灌溉管道8.5公里。 | 8.5 | pipelines.length_km | - | -
            2024年，全市新建改造供水管网326公里。 | 326 | pipelines.length_km | - | -
            全年完成老旧燃气管线改造42公里。 | 42 | pipelines.length_km | - | -
            河南省今年新建改造雨污分流管网1860公里。 | 1860 | pipelines.length_km | - | -
            2024年，岳阳市加固堤防18.6公里。 | 18.6 | dikes.length_km | - | -
            全年综合治理中小河流河道35公里。 | 35 | rivers.length_km | - | -
            截至11月底，全县疏浚县乡河道64公里，新建灌排渠道57公里。 | 64 | rivers.length_km | - | -
            截至11月底，全县疏浚县乡河道64公里，新建灌排渠道57公里。 | 57 | channels.length_km | - | -
            今年，宿州市新建灌溉渠道6.2公里、铺设输水管道4.1公里。 | 4.1 | pipelines.length_km | - | -
            今年，宿州市新建灌溉渠道6.2公里、铺设输水管道4.1公里。 | 6.2 | channels.length_km | - | -
            加强河道管理，全年修建田间渠道9.6公里。 | 9.6 | channels.length_km | - | -
            38个工业行业大类中有25个实现增长，增长面为65.8%。 | 65.8 | growth.breadth | - | -
            在统计的120种主要工业产品中，70种产品产量实现增长。 | 70 | products.growing | - | -
            23大类商品中14大类保持增长。 | 14 | goods_classes.growing | - | -
            一季度，全市经济同比增长4.1%。 | 4.1 | gdp.yoy | - | -
            全年经济总量达到2850亿元，增长5.2%。 | 5.2 | gdp.yoy | - | -
            全年人均地区生产总值8.6万元，增长5.5%。 | 86000 | gdp.per_capita | - | -
            人均生产总值突破10万元。 | 100000 | gdp.per_capita | - | -
            全年跨境人民币收支1560亿元，增长18%。 | 156000000000 | cross_border.rmb | - | -
            全年货物贸易跨境收支1230亿美元，服务贸易跨境收支86亿美元。 | 8600000000 | cross_border.flows.usd | trade_type=服务贸易 | -
            今年前三季度，全省实际使用外资12.6亿美元，同比增长8.1%。 | 1260000000 | fdi.actual.usd | - | -
            全年货物进出口总额38.5亿美元。 | 3850000000 | trade.total.usd | trade_type=货物贸易 | -
            全年跨境人民币收支1560亿元，货物贸易跨境收支增长12%。 | 12 | cross_border.flows.yoy | trade_type=货物贸易 | -
            全市重点项目开复工率达到92.6%。 | 92.6 | projects.start_resume_rate | - | -
            全市谋划储备项目460个，总投资3200亿元。 | 460 | projects.reserve | - | -
            今年全市普通高中计划招生120个班。 | 120 | enrollment.classes | school_type=普通高中 | -
            年末存款余额较上年末增加320亿元。 | 32000000000 | deposits.balance.change | - | -
            全年全省规模以上工业中，粗钢、钢材、水泥产量分别增长3.1%、2.2%和1.5%。 | 3.1 | output.mass.yoy | product=粗钢 | -
            全年全省规模以上工业中，粗钢、钢材、水泥产量分别增长3.1%、2.2%和1.5%。 | 2.2 | output.mass.yoy | product=钢材 | -
            全年全省规模以上工业中，粗钢、钢材、水泥产量分别增长3.1%、2.2%和1.5%。 | 1.5 | output.mass.yoy | product=水泥 | -
            全年小麦、玉米产量分别为120万吨和86万吨。 | 1200000 | output.mass | crop=小麦 | -
            全年小麦、玉米产量分别为120万吨和86万吨。 | 860000 | output.mass | crop=玉米 | -
            第一、二、三产业增加值分别增长3.5%、6.1%和5.2%。 | 6.1 | value_added.secondary.yoy | - | -
            全年全县民营经济增加值126亿元，增长6%，其中民营经济第一产业增加值12亿元。 | 6 | value_added.yoy | economy_type=民营经济 | -
            全年全县民营经济增加值126亿元，增长6%，其中民营经济第一产业增加值12亿元。 | 1200000000 | value_added.primary | economy_type=民营经济 | -
            41个工业行业大类中有30个实现增长。 | 41 | industry.divisions | - | -
            全年办理人大代表议案建议174件、政协提案236件，办结率100%。 | 174 | proposals.npc | - | -
            全年办理人大代表议案建议174件、政协提案236件，办结率100%。 | 236 | proposals.cppcc | - | -
            全年共办理市人大代表建议和市政协提案410件。 | 410 | proposals.handled | - | -
            全年提请审议地方性法规草案6件，制定政府规章2部。 | 2 | regulations.count | - | -
            全年一般公共预算收入、支出分别增长4.2%和6.8%。 | 6.8 | fiscal.expenditure.yoy | - | -
            全年城镇、农村居民人均可支配收入分别增长4.5%、6.2%。 | 4.5 | income.per_capita.urban.yoy | - | -
            全年城镇、农村居民人均可支配收入分别增长4.5%、6.2%。 | 6.2 | income.per_capita.rural.yoy | - | -
            全年出口、进口分别为560亿元和260亿元。 | 26000000000 | trade.imports | - | -
            前三季度，全省规上工业增加值、固定资产投资分别增长6.2%和3.9%。 | 3.9 | investment.fixed_assets.yoy | - | -
            全年全县民营经济实现增加值126亿元，增长6%。其中，第一产业增加值12亿元，增长3%。 | 3 | value_added.primary.yoy | economy_type=民营经济 | -
            全年地区生产总值300亿元，增长5%。其中，第一产业增加值30亿元。 | 3000000000 | value_added.primary | - | -
            年末全县常住人口52.3万人，减少0.4万人。 | -4000 | population.change | - | -
            全年玉米播种面积86万亩，产量45万吨。 | 450000 | output.mass | crop=玉米 | -
            全年民营经济增加值860亿元，其中第二产业增加值420亿元。 | 42000000000 | value_added.secondary | economy_type=民营经济 | -
            今年全市公办初中计划招生3.2万人，民办初中计划招生0.6万人。 | 6000 | enrollment.target | school_owner=民办,school_type=初中 | -
            1-9月，全县规上工业增加值增长8.2%，高于全市平均2.1个百分点。 | 2.1 | industry.value_added.yoy.pp | compared_with=全市 | -
            全省固定资产投资增长5.1%，比全国高1.9个百分点。 | 1.9 | investment.fixed_assets.yoy.pp | compared_with=全国 | -
            全年社会消费品零售总额增长6.3%，增速比上年提高1.2个百分点。 | 1.2 | retail_sales.yoy.pp | - | -
            """)
    void readsTheQuantityAndItsBreakdown(String sentence, String value, String indicator, String breakdown,
                                        String period) {
        if ("-".equals(value)) {
            return; // a row kept for its sentence (a unit the extractor does not read yet)
        }
        Observation o = figure(sentence, PUBLISHED, "370000", value);
        String where = sentence + " → " + o;
        assertEquals(indicator, o.indicator(), where);
        assertEquals("-".equals(breakdown) ? null : breakdown, o.breakdownText(), where);
        if (!"-".equals(period)) {
            assertEquals(period, o.periodStart().getYear() + "", where);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全市地区生产总值突破千亿大关。
            全省数字经济核心产业规模迈上千亿级别台阶。
            加快推动工业4.0和智能制造。
            十种有色金属产业链加快延伸。
            全省10种有色金属精深加工项目加快推进。
            从三大工业门类看，全市工业生产保持稳定。
            全县两大主导产业加快集聚，八大类商品销售回暖。
            全市5000万元及以上项目加快推进，20亿元以上的特大项目全部开工。
            """)
    void thresholdsAndNamesAreNoFigures(String sentence) {
        List<Observation> obs = EXTRACTOR.extract(sentence, new ExtractionContext(PUBLISHED, "430000"));
        assertEquals(List.of(), obs.stream().map(o -> o.value() + o.unit()).toList(), sentence);
    }

    /** Columns: published | sentence | value | unit class | period start | period end. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-11-05 | 10月份，一年期贷款市场报价利率下降35BP。 | -0.35 | percent | - | -
            2024-11-05 | 今年以来，企业贷款加权平均利率同比下降28个基点。 | -0.28 | percent | - | -
            2025-02-20 | 全年规上工业增加值、固定资产投资和社会消费品零售总额分别下降2.1%、3.4%和1.2%。 | -1.2 | percent | - | -
            2025-02-20 | 全年规上工业增加值、固定资产投资和社会消费品零售总额分别下降2.1%、3.4%和1.2%。 | -3.4 | percent | - | -
            2025-02-20 | 全年小麦减产2.6万吨。 | -26000 | mass_t | - | -
            2025-02-20 | 2024年，全县新开工项目120个，其中产业项目计划在2026年全部建成投产。全年完成固定资产投资86亿元。 | 8600000000 | money_cny | 2024-01-01 | 2024-12-31
            2025-02-20 | 2024年，全市谋划重大项目300个。全市力争在2027年底前建成50个。全年实现地区生产总值3120亿元。 | 312000000000 | money_cny | 2024-01-01 | 2024-12-31
            2024-10-25 | 前三季度\\n全区实现地区生产总值512亿元，同比增长5.1%。 | 51200000000 | money_cny | 2024-01-01 | 2024-09-30
            2024-10-25 | 一、前三季度经济运行情况\\n全县实现地区生产总值186亿元。\\n农林牧渔业总产值52亿元。 | 5200000000 | money_cny | 2024-01-01 | 2024-09-30
            2025-02-20 | 全市规上工业企业从2020年的1200家增加到2024年的1850家。 | 1850 | count | 2024-01-01 | 2024-12-31
            2024-11-10 | 前10月，全市80个重点推进项目完成投资560亿元，其中工业项目27个，总投资3100亿元。 | 80 | count | 2024-01-01 | 2024-12-31
            2024-11-10 | 前10月，全市80个重点推进项目完成投资560亿元，其中工业项目27个，总投资3100亿元。 | 310000000000 | money_cny | 2024-01-01 | 2024-12-31
            2024-11-10 | 前10月，全市80个重点推进项目完成投资560亿元，其中工业项目27个，总投资3100亿元。 | 56000000000 | money_cny | 2024-01-01 | 2024-10-31
            2024-08-12 | 1-7月，全县新开工项目45个，竣工项目12个。 | 45 | count | 2024-01-01 | 2024-07-31
            2025-02-20 | 五年来，全县农村居民人均可支配收入增长超40%。 | 40 | percent | 2020-01-01 | 2024-12-31
            2025-02-20 | 全市规上工业企业从2020年的1200家增加到2024年的1850家。 | 1200 | count | 2020-01-01 | 2020-12-31
            """)
    void readsSignsAndPeriods(String published, String sentence, String value, String unitClass, String from,
                              String to) {
        String text = sentence.replace("\\n", "\n");
        Observation o = figure(text, LocalDate.parse(published), "500000", value);
        String where = sentence + " → " + o;
        assertEquals(unitClass, o.unitClass(), where);
        if (!"-".equals(from)) {
            assertEquals(LocalDate.parse(from), o.periodStart(), where);
            assertEquals(LocalDate.parse(to), o.periodEnd(), where);
        }
    }

    /** The figure of the given value the extractor reads in the text; fails naming those it read instead. */
    private static Observation figure(String text, LocalDate published, String region, String value) {
        double v = Double.parseDouble(value);
        List<Observation> obs = EXTRACTOR.extract(text, new ExtractionContext(published, region));
        Observation o = obs.stream().filter(x -> Math.abs(x.value() - v) <= Math.abs(v) * 1e-6 + 1e-6).findFirst()
                .orElse(null);
        assertNotNull(o, () -> "no figure " + value + " in " + text + " → "
                + obs.stream().map(x -> x.value() + x.unit()).collect(Collectors.joining(", ")));
        return o;
    }
}
