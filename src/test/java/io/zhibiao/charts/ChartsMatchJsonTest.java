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
        });
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
