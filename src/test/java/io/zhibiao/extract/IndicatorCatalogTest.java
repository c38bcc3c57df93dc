package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog file is whole: every cue reachable through its own example, every link pointing at a code that exists. */
class IndicatorCatalogTest {

    private static final Extractor EXTRACTOR = new RuleExtractor();
    private static final ExtractionContext CTX = new ExtractionContext(LocalDate.of(2026, 1, 8), "360000");

    static Stream<IndicatorCatalog.Entry> rowsWithExamples() {
        return IndicatorCatalog.entries().stream().filter(e -> e.example() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowsWithExamples")
    void everyRowIsReachedByItsExample(IndicatorCatalog.Entry row) {
        List<Observation> obs = EXTRACTOR.extract(row.example(), CTX);
        assertFalse(obs.isEmpty(), () -> "no figure in the example of " + row.def().code());
        assertEquals(row.def().code(), obs.get(0).indicator(), row.example());
        assertEquals(row.def().unitClass(), obs.get(0).unitClass(), row.example());
    }

    @Test
    void everyRowWithACueHasAnExample() {
        for (IndicatorCatalog.Entry e : IndicatorCatalog.entries()) {
            if (e.cues() != null) {
                assertNotNull(e.example(), e.def().code() + " has cues but no example to prove they are reachable");
            }
        }
    }

    @Test
    void derivedCodesPointAtTheirLevel() {
        for (IndicatorDef d : IndicatorCatalog.all()) {
            if (d.level() != null) {
                assertTrue(IndicatorCatalog.contains(d.level()), d.code());
                assertTrue(d.code().startsWith(d.level() + "."), d.code());
            }
            if (d.partOf() != null) {
                assertTrue(IndicatorCatalog.contains(d.partOf()), d.code());
            }
        }
    }

    @Test
    void growthCodesFollowTheirLevel() {
        assertEquals("gdp.yoy", IndicatorCatalog.familyCode("gdp", "yoy"));
        assertEquals("retail_sales.rural.yoy", IndicatorCatalog.familyCode("retail_sales.rural", "yoy"));
        assertEquals("urbanization.rate.yoy.pp", IndicatorCatalog.familyCode("urbanization.rate", "change"));
        assertEquals(null, IndicatorCatalog.familyCode("plot.ratio", "yoy"));
    }

    /** A sentence per classification in which an item's figure must carry the item ({} stands for it). */
    private static final Map<String, String> ITEM_SENTENCES = Map.ofEntries(
            Map.entry("sector", "全年{}增加值增长5.1%。"),
            Map.entry("product", "全年{}产量增长5.1%。"),
            Map.entry("crop", "全年{}产量增长5.1%。"),
            Map.entry("livestock", "全年{}出栏增长5.1%。"),
            Map.entry("agri_sector", "全年{}产值增长5.1%。"),
            Map.entry("crop_group", "全年{}播种面积增长5.1%。"),
            Map.entry("cpi_category", "全年{}价格上涨1.1%。"),
            Map.entry("goods_class", "限额以上单位{}零售额增长5.1%。"),
            Map.entry("retail_form", "全年{}增长5.1%。"),
            Map.entry("school_type", "今年全市{}计划招生1200人。"),
            Map.entry("school_owner", "今年全市{}学校计划招生1200人。"),
            Map.entry("trade_type", "全年{}进出口增长5.1%。"),
            Map.entry("economy_type", "全年{}增加值增长5.1%。"),
            Map.entry("industry_group", "全年规模以上工业中，{}增加值增长5.1%。"),
            Map.entry("fiscal_function", "全年{}增长5.1%。"),
            Map.entry("grain_season", "全年{}产量62.4万吨。"),
            Map.entry("loan_purpose", "6月末，全市{}余额312.5亿元。"),
            Map.entry("power_source", "全年{}发电量18.6亿千瓦时。"),
            Map.entry("power_use", "全年{}量12.3亿千瓦时。"),
            Map.entry("project_type", "今年全市共安排{}86个。"),
            Map.entry("project_stage", "1-6月，全市{}完成投资42.6亿元。"),
            // a list of the figure's own level is its place's key projects as such (no level): the nation has no list of its own
            Map.entry("project_level", "今年全国共安排{}86个。"),
            Map.entry("industry_chain", "全年{}增加值增长5.1%。"),
            Map.entry("transport_mode", "全年全市{}货运量8620万吨。"),
            Map.entry("tax_type", "全年全市{}收入12.3亿元。"),
            Map.entry("trade_partner", "全年全市对{}进出口86.3亿元。"),
            Map.entry("trade_goods", "全年全市{}出口86.3亿元。"),
            Map.entry("trader_type", "全年全市{}进出口86.3亿元。"),
            Map.entry("scenic_grade", "全年全市共有{}景区12家。"),
            Map.entry("project_scale", "今年全市新开工{}项目86个。"),
            Map.entry("project_source", "今年全市共安排{}86个。"),
            Map.entry("credit_unit", "截至年末，全省累计评定{}326个。"),
            Map.entry("sex", "年末全市{}人口312万人。"),
            Map.entry("budget_level", "2024年{}一般公共预算收入326.1亿元。"),
            Map.entry("revenue_collector", "全年{}完成一般公共预算收入2.1亿元。"),
            Map.entry("project_event", "今年全市{}项目86个。"),
            Map.entry("building_use", "全年{}销售面积86.2万平方米。"),
            Map.entry("price_area", "全年{}居民消费价格上涨2.1%。"),
            Map.entry("ppi_group", "全年{}出厂价格上涨2.1%。"),
            Map.entry("age_group", "年末{}人口占常住人口的比重为12.5%。"));

    /**
     * One code (and breakdown) is one quantity: every row's example and every classification item's sentence lands on a
     * key of its own, so no two quantities of the catalog form one series.
     */
    @Test
    void noTwoQuantitiesShareAKey() {
        Map<String, String> quantityOf = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (IndicatorCatalog.Entry row : rowsWithExamples().toList()) {
            Observation o = EXTRACTOR.extract(row.example(), CTX).get(0);
            claim(quantityOf, clashes, key(o), "row " + row.def().code());
        }
        for (Classifications.Item item : Classifications.items()) {
            String sentence = ITEM_SENTENCES.get(item.dimension());
            assertNotNull(sentence, "no test sentence for the classification " + item.dimension());
            Observation o = EXTRACTOR.extract(sentence.replace("{}", item.name()), CTX).get(0);
            assertNotNull(o.breakdown(), () -> item + " → " + o);
            assertEquals(item.name(), o.breakdown().get(item.dimension()), () -> item + " → " + o);
            claim(quantityOf, clashes, key(o), item.dimension() + " " + item.name());
        }
        assertEquals(List.of(), clashes);
    }

    /**
     * Each row against the others: the growth of every row with a yoy family, written with the row's own name (its
     * national statistics name) in one sentence and with a named level before it in another, lands on a key no other
     * row's growth lands on, so two quantities of the catalog never share a growth series (预算收入 and 预算支出,
     * 货物贸易 and 进出口总额, 城镇人口 and 常住人口).
     */
    @Test
    void noTwoGrowthRatesShareAKey() {
        Map<String, Integer> rowsNamed = new HashMap<>();
        IndicatorCatalog.entries().forEach(e -> rowsNamed.merge(plainName(e), 1, Integer::sum));
        Map<String, String> quantityOf = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (IndicatorCatalog.Entry row : IndicatorCatalog.entries()) {
            if (!row.has("yoy") || row.example() == null || rowsNamed.get(plainName(row)) > 1) {
                continue; // 产量 in tonnes and in cubic metres, 人均地区生产总值 in yuan and in dollars: told apart by the unit only
            }
            for (String sentence : List.of("全年" + plainName(row) + "增长5.1%。", "1-9月，全市" + plainName(row) + "同比增长5.1%。")) {
                List<Observation> obs = EXTRACTOR.extract(sentence, CTX);
                if (obs.isEmpty() || IndicatorCatalog.isGeneric(obs.get(0).indicator())) {
                    continue; // a name no cue knows says nothing of clashes
                }
                claim(quantityOf, clashes, key(obs.get(0)), "row " + row.def().code());
            }
        }
        assertEquals(List.of(), clashes);
    }

    /** A row's name without the unit it adds in brackets (亩产（单位面积产量）: 亩产). */
    private static String plainName(IndicatorCatalog.Entry row) {
        return row.def().name().replaceAll("（[^）]*）", "");
    }

    private static void claim(Map<String, String> quantityOf, List<String> clashes, String key, String quantity) {
        String before = quantityOf.putIfAbsent(key, quantity);
        if (before != null && !before.equals(quantity)) {
            clashes.add(key + ": " + before + " and " + quantity);
        }
    }

    private static String key(Observation o) {
        return o.indicator() + (o.breakdown() == null ? "" : new TreeMap<>(o.breakdown()).toString());
    }

    @Test
    void theServiceAndTheExtractorShareOneList() {
        assertTrue(IndicatorCatalog.all().stream().anyMatch(d -> d.code().equals("loans.issued")));
        assertTrue(IndicatorCatalog.all().stream().noneMatch(d -> d.name().isBlank()));
    }
}
