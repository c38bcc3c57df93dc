package io.zhibiao.charts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.series.Fixtures;
import io.zhibiao.series.PeriodLabels;
import io.zhibiao.system.DataVersion;
import jakarta.inject.Inject;

/**
 * One truth: every chart the specs define for the stored data (the seeds and a few hard cases) shows
 * exactly the values the JSON series of the same indicator and region answers, from one period type.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ChartsMatchJsonTest {

    static final String TIES = "test.charts.ties";
    /** 兴国县: its GDP of three years with the growth stated for two, for the level-growth chart. */
    static final String XINGGUO = "360732";

    @Inject
    DSLContext dsl;
    @Inject
    ChartSpecs specs;
    @Inject
    ChartQueries queries;

    @BeforeEach
    void storeGdpWithItsGrowth() {
        Fixtures data = Fixtures.here();
        if (dsl.fetchCount(dsl.selectOne().from("observation").where("indicator_code = 'gdp' AND region_code = ?", XINGGUO)) > 0) {
            return;
        }
        data.announcedDocument("兴国县国民经济和社会发展统计公报", "兴国县统计局", LocalDate.of(2026, 3, 20), XINGGUO, doc -> {
            figure(data, doc, "gdp", XINGGUO, 2023, "24010000000", "亿元");
            figure(data, doc, "gdp", XINGGUO, 2024, "25180000000", "亿元");
            figure(data, doc, "gdp", XINGGUO, 2025, "26520000000", "亿元");
            figure(data, doc, "gdp.yoy", XINGGUO, 2024, "4.6", "%");
            figure(data, doc, "gdp.yoy", XINGGUO, 2025, "5.1", "%");
            // Its three industries: 2024 adds up to the whole, 2025 lacks the primary industry (a grey rest).
            figure(data, doc, "value_added.primary", XINGGUO, 2024, "3120000000", "亿元");
            figure(data, doc, "value_added.secondary", XINGGUO, 2024, "9860000000", "亿元");
            figure(data, doc, "value_added.tertiary", XINGGUO, 2024, "12200000000", "亿元");
            figure(data, doc, "value_added.secondary", XINGGUO, 2025, "10120000000", "亿元");
            figure(data, doc, "value_added.tertiary", XINGGUO, 2025, "13050000000", "亿元");
        });
        // A monthly release: retail sales 1-2月 to 1-6月 of 2025 without 1-5月, growth stated for three of them, and
        // one total of 2024 (an older year the chart leaves out).
        data.announcedDocument("兴国县1-6月经济运行", "兴国县统计局", LocalDate.of(2025, 7, 18), XINGGUO, doc -> {
            ytd(data, doc, "retail_sales", 2024, 12, "8840000000", "亿元");
            ytd(data, doc, "retail_sales", 2025, 2, "1530000000", "亿元");
            ytd(data, doc, "retail_sales", 2025, 3, "2260000000", "亿元");
            ytd(data, doc, "retail_sales", 2025, 4, "3010000000", "亿元");
            ytd(data, doc, "retail_sales", 2025, 6, "4580000000", "亿元");
            ytd(data, doc, "retail_sales.yoy", 2025, 2, "5.9", "%");
            ytd(data, doc, "retail_sales.yoy", 2025, 3, "5.4", "%");
            ytd(data, doc, "retail_sales.yoy", 2025, 6, "5.0", "%");
        });
    }

    private static void ytd(Fixtures data, long doc, String indicator, int year, int month, String value, String unit) {
        LocalDate end = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        data.observation(doc, indicator, XINGGUO, LocalDate.of(year, 1, 1), end, "ytd", "actual", new BigDecimal(value), unit,
                "exact");
    }

    private static void figure(Fixtures data, long doc, String indicator, String region, int year, String value, String unit) {
        data.observation(doc, indicator, region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", "actual",
                new BigDecimal(value), unit, "exact");
    }

    @BeforeEach
    void storeHardCases() {
        Fixtures data = Fixtures.here();
        if (!data.indicator(TIES, "money_cny", true)) {
            return;
        }
        data.announcedDocument("并列", "测试日报", LocalDate.of(2026, 1, 5), null, doc -> {
            // Two figures of one document for one fact (the old tie that JSON and charts broke apart),
            // annual values, a January–September total between them, and a five-year total.
            figure(data, doc, "360602", "2024-01-01", "2024-12-31", "year", "1904700000");
            figure(data, doc, "360602", "2024-01-01", "2024-12-31", "year", "2830000000");
            figure(data, doc, "360602", "2025-01-01", "2025-12-31", "year", "3000000000");
            figure(data, doc, "360602", "2025-01-01", "2025-09-30", "ytd", "2000000000");
            figure(data, doc, "360602", "2021-01-01", "2025-12-31", "span", "12000000000");
            figure(data, doc, "360603", "2025-01-01", "2025-12-31", "year", "900000000");
            figure(data, doc, "360603", "2025-01-01", "2025-12-31", "year", "800000000");
            // Two more counties with two years each: their own series charts, and a comparison of three counties.
            figure(data, doc, "360603", "2024-01-01", "2024-12-31", "year", "700000000");
            figure(data, doc, "360681", "2024-01-01", "2024-12-31", "year", "500000000");
            figure(data, doc, "360681", "2025-01-01", "2025-12-31", "year", "650000000");
        });
    }

    private static void figure(Fixtures data, long doc, String region, String start, String end, String type,
            String value) {
        data.observation(doc, TIES, region, LocalDate.parse(start), LocalDate.parse(end), type, "actual",
                new BigDecimal(value), "exact");
    }

    @Test
    void everyChartShowsWhatTheJsonSeriesAnswers() {
        int compared = 0;
        for (ChartSpec spec : specs.all()) {
            for (ChartDef def : queries.candidates(spec)) {
                ChartData data = queries.data(def).orElseThrow(() -> new AssertionError("no data for " + def.key()));
                if (spec.family() == ChartSpec.Family.COMPARE) {
                    compareMatches(def, data);
                } else if (spec.family() == ChartSpec.Family.RANKING) {
                    compareMatches(def, data.with(data.points().stream().filter(p -> !p.reference()).toList(), data.sources()));
                } else if (spec.family() == ChartSpec.Family.LEVEL_GROWTH) {
                    levelGrowthMatches(def, data);
                } else if (spec.family() == ChartSpec.Family.STRUCTURE) {
                    structureMatches(def, data);
                } else if (spec.family() == ChartSpec.Family.CUMULATIVE) {
                    cumulativeMatches(def, data);
                } else {
                    seriesMatches(def, data, spec.family() == ChartSpec.Family.SERIES ? "actual" : null);
                }
                compared++;
            }
        }
        assertTrue(compared > 3, "the seeds and the hard cases define charts");
    }

    @Test
    void aChartOfTiesAndMixedPeriodsShowsTheAnnualSeriesOfTheJson() {
        ChartSpec seriesSpec = specs.all().stream().filter(s -> s.family() == ChartSpec.Family.SERIES).findFirst().orElseThrow();
        ChartData data = queries.data(ChartDef.of(seriesSpec, TIES, "360602")).orElseThrow();
        assertEquals(List.of("2024年", "2025年"), data.points().stream().map(ChartPoint::category).toList());
        assertEquals(0, new BigDecimal("1904700000").compareTo(data.points().get(0).value()),
                "the first figure of the document wins, in the chart as in the JSON");
        JsonPath json = series(TIES, "360602", null);
        assertEquals(List.of("year", "ytd", "span"), json.getList("series.periodType"));
        assertEquals(1, json.getInt("series[0].points[0].alternatives"));
    }

    private void seriesMatches(ChartDef def, ChartData data, String kind) {
        JsonPath json = series(def.indicator(), def.region(), kind);
        List<Map<String, Object>> all = json.getList("series");
        // The chart shows one period type: exactly the points of one of the JSON's series.
        boolean matched = all.stream().anyMatch(s -> samePoints(data.points(), labelled(s)));
        assertTrue(matched, def.key() + " shows " + describe(data.points()) + " but the JSON answers "
                + all.stream().map(s -> s.get("periodType") + ": " + labelled(s)).toList());
    }

    @Test
    void theLevelGrowthChartOfGdpShowsTheStatedGrowthAndComputesNone() {
        ChartSpec spec = specs.all().stream().filter(s -> s.family() == ChartSpec.Family.LEVEL_GROWTH).findFirst().orElseThrow();
        ChartDef def = ChartDef.of(spec, "gdp", XINGGUO);
        assertTrue(queries.candidates(spec).contains(def), "GDP with three years has a level-growth chart");
        ChartData data = queries.data(def).orElseThrow();
        assertEquals("2023—2025年兴国县地区生产总值及其增长速度", data.title());
        assertEquals(List.of("2024年=4.6", "2025年=5.1"), data.growthRates().stream()
                .map(p -> p.category() + "=" + p.value().stripTrailingZeros().toPlainString()).toList(),
                "real growth: 2023's rate is not stated and not computed");
        levelGrowthMatches(def, data);
    }

    /** The bars are the level's JSON series; every stated rate is the growth code's JSON value for its period. */
    private void levelGrowthMatches(ChartDef def, ChartData data) {
        seriesMatches(def, data.with(data.levels(), data.sources()), "actual");
        String growthCode = BulletinLinks.growthOf(def.indicator()).orElseThrow();
        Map<String, BigDecimal> stated = new HashMap<>();
        List<Map<String, Object>> all = series(growthCode, def.region(), "actual").getList("series");
        all.forEach(s -> stated.putAll(labelled(s)));
        for (ChartPoint p : data.growthRates()) {
            BigDecimal json = stated.get(p.category() + "|actual");
            if (p.role() == ChartPoint.Role.GROWTH) {
                assertTrue(json != null && json.compareTo(p.value()) == 0, def.key() + ": " + p.category() + " " + p.value()
                        + " against " + json);
            } else {
                assertEquals(null, json, def.key() + ": a rate is stated for " + p.category() + ", yet computed");
            }
        }
    }

    @Test
    void theStructureOfGdpStacksItsIndustriesWithTheRestOf2025Apart() {
        ChartSpec spec = specs.all().stream().filter(s -> s.family() == ChartSpec.Family.STRUCTURE).findFirst().orElseThrow();
        ChartDef def = ChartDef.of(spec, "gdp", XINGGUO);
        assertTrue(queries.candidates(spec).contains(def), "GDP with its industries has a structure chart");
        ChartData data = queries.data(def).orElseThrow();
        assertEquals("2024—2025年兴国县地区生产总值构成", data.title());
        assertEquals(List.of("2024年|value_added.primary=12.39", "2024年|value_added.secondary=39.16",
                "2024年|value_added.tertiary=48.45", "2025年|value_added.secondary=38.16", "2025年|value_added.tertiary=49.21",
                "2025年|gdp=12.63"), data.points().stream().filter(ChartPoint::share)
                .map(p -> p.category() + "|" + p.indicator() + "=" + p.value().toPlainString()).toList());
        structureMatches(def, data);
    }

    @Test
    void theCumulativeChartShowsTheLatestYearsMonthsAndTheirStatedGrowth() {
        ChartSpec spec = specs.all().stream().filter(s -> s.family() == ChartSpec.Family.CUMULATIVE).findFirst().orElseThrow();
        ChartDef def = ChartDef.of(spec, "retail_sales", XINGGUO);
        assertTrue(queries.candidates(spec).contains(def));
        ChartData data = queries.data(def).orElseThrow();
        assertEquals(List.of("2025年1-2月累计", "2025年1-3月累计", "2025年1-4月累计", "2025年1-6月累计"),
                data.levels().stream().map(ChartPoint::category).toList(), "2025 only, 1-5月 a gap");
        assertEquals(List.of("5.9", "5.4", "5"), data.growthRates().stream().map(p -> p.value().stripTrailingZeros().toPlainString())
                .toList());
        cumulativeMatches(def, data);
    }

    /** Every part's and the whole's level is its JSON value; every share is that level over the JSON whole (or sum). */
    private void structureMatches(ChartDef def, ChartData data) {
        Map<String, BigDecimal> json = new HashMap<>();
        for (String code : java.util.stream.Stream.concat(BulletinLinks.partsOf(def.indicator()).stream(),
                java.util.stream.Stream.of(def.indicator())).toList()) {
            List<Map<String, Object>> all = series(code, def.region(), "actual").getList("series");
            all.forEach(s -> labelled(s).forEach((label, v) -> json.put(code + "|" + label, v)));
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        for (ChartPoint p : data.levels()) {
            BigDecimal v = json.get(p.indicator() + "|" + p.category() + "|actual");
            assertTrue(v != null && v.compareTo(p.value()) == 0, def.key() + ": " + p.indicator() + " " + p.category() + " "
                    + p.value() + " against " + v);
            if (p.role() == ChartPoint.Role.PART) {
                sums.merge(p.category(), v, BigDecimal::add);
            }
        }
        for (ChartPoint p : data.points().stream().filter(ChartPoint::share).toList()) {
            BigDecimal whole = json.get(def.indicator() + "|" + p.category() + "|actual");
            BigDecimal sum = sums.get(p.category());
            BigDecimal base = whole != null && sum.compareTo(whole.multiply(new BigDecimal("1.005"))) <= 0 ? whole : sum;
            BigDecimal part = p.role() == ChartPoint.Role.REST ? whole.subtract(sum)
                    : json.get(p.indicator() + "|" + p.category() + "|actual");
            assertEquals(0, part.multiply(BigDecimal.valueOf(100)).divide(base, 2, java.math.RoundingMode.HALF_UP)
                    .compareTo(p.value()), def.key() + ": share of " + p.indicator() + " in " + p.category());
        }
    }

    /** The bars are JSON values of one year's 1-N月 series; every rate is the growth code's JSON value for its months. */
    private void cumulativeMatches(ChartDef def, ChartData data) {
        Map<String, BigDecimal> levels = new HashMap<>();
        series(def.indicator(), def.region(), "actual").getList("series").forEach(s -> levels.putAll(labelled((Map<String, Object>) s)));
        int year = data.levels().get(0).periodStart().getYear();
        long inJson = levels.keySet().stream().filter(k -> k.startsWith(year + "年1-") && k.contains("月累计")).count();
        assertEquals(inJson, data.levels().size(), def.key() + ": every 1-N月 total of " + year + " the JSON answers");
        for (ChartPoint p : data.levels()) {
            assertEquals(PeriodType.YTD, p.periodType());
            BigDecimal v = levels.get(p.category() + "|actual");
            assertTrue(v != null && v.compareTo(p.value()) == 0, def.key() + ": " + p.category() + " " + p.value() + " against " + v);
        }
        Map<String, BigDecimal> stated = new HashMap<>();
        BulletinLinks.growthOf(def.indicator()).ifPresent(code -> series(code, def.region(), "actual").getList("series")
                .forEach(s -> stated.putAll(labelled((Map<String, Object>) s))));
        for (ChartPoint p : data.growthRates()) {
            BigDecimal v = stated.get(p.category() + "|actual");
            assertTrue(v != null && v.compareTo(p.value()) == 0, def.key() + ": rate " + p.category() + " against " + v);
        }
    }

    private void compareMatches(ChartDef def, ChartData data) {
        List<String> children = data.regionCodes().subList(1, data.regionCodes().size());
        assertEquals(children.size(), data.points().size(), def.key());
        JsonPath json = series(def.indicator(), String.join(",", children), "actual");
        List<Map<String, Object>> all = json.getList("series");
        String type = null;
        for (int i = 0; i < children.size(); i++) {
            String child = children.get(i);
            ChartPoint p = data.points().get(i);
            var candidates = all.stream().filter(s -> ((Map<?, ?>) s.get("region")).get("code").equals(child))
                    .filter(s -> labelled(s).values().stream().anyMatch(v -> v.compareTo(p.value()) == 0)).toList();
            assertFalse(candidates.isEmpty(), def.key() + ": " + child + " shows " + p.value() + ", not in the JSON");
            String t = (String) candidates.get(0).get("periodType");
            assertTrue(type == null || type.equals(t), def.key() + " mixes period types " + type + " and " + t);
            type = t;
        }
    }

    private static JsonPath series(String indicator, String regions, String kind) {
        var request = given().queryParam("indicator", indicator).queryParam("region", regions);
        if (kind != null) {
            request.queryParam("kind", kind);
        }
        return request.when().get("/api/series").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** label|kind → value, as the chart labels the periods. */
    private static Map<String, BigDecimal> labelled(Map<String, Object> series) {
        Map<String, BigDecimal> points = new HashMap<>();
        for (Object o : (List<?>) series.get("points")) {
            Map<?, ?> p = (Map<?, ?>) o;
            String label = PeriodLabels.of(PeriodType.fromCode((String) series.get("periodType")),
                    LocalDate.parse((String) p.get("periodStart")),
                    LocalDate.parse((String) p.get("periodEnd")));
            points.put(label + "|" + p.get("kind"), new BigDecimal(p.get("value").toString()));
        }
        return points;
    }

    private static boolean samePoints(List<ChartPoint> chart, Map<String, BigDecimal> json) {
        if (chart.size() != json.size()) {
            return false;
        }
        for (ChartPoint p : chart) {
            BigDecimal v = json.get(p.category() + "|" + p.kind().code());
            if (v == null || v.compareTo(p.value()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> describe(List<ChartPoint> points) {
        var out = new ArrayList<String>();
        points.forEach(p -> out.add(p.category() + "|" + p.kind().code() + "=" + p.value().toPlainString()));
        return out;
    }
}
