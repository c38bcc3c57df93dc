package io.zhibiao.checks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.series.Fixtures;
import io.zhibiao.system.DataVersion;
import jakarta.inject.Inject;

/**
 * Each check on data that trips it and on honest look-alikes that must not: rounded figures, 约 and 超, real growth
 * against nominal levels, children that do not cover their parent. The data sits in 青海 (no other test writes there),
 * one county per check, and the findings are refreshed the way a write refreshes them.
 */
@QuarkusTest
class ChecksTest {

    static final String XINING = "630100";
    static final String JUMPS = "630102";
    static final String GROWTH = "630103";
    static final String PARTS = "630104";
    static final String REPORTS = "630105";
    static final String EARLY = "630106";
    static final String DATONG = "630121";

    static final Map<String, Long> ids = new java.util.HashMap<>();

    @Inject
    DSLContext dsl;
    @Inject
    DataVersion version;
    @Inject
    Checks checks;

    @BeforeEach
    void storeFigures() {
        if (!ids.isEmpty()) {
            return;
        }
        var data = new Fixtures(dsl, version);
        // A rerun on the same database starts over (the refresh below clears findings of the deleted figures).
        dsl.execute("DELETE FROM document WHERE title IN ('西宁统计公报 2025', '西宁日报 2025')");
        long bulletin = data.document("西宁统计公报 2025", LocalDate.of(2026, 3, 20));
        long earlier = data.document("西宁日报 2025", LocalDate.of(2025, 6, 30));
        List<Checks.Touched> touched = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            jumps(data, bulletin, touched);
            growth(data, bulletin, touched);
            parts(data, bulletin, touched);
            reports(data, bulletin, earlier, touched);
            early(data, earlier, touched);
            checks.refresh(touched);
        });
        data.announce();
    }

    private void jumps(Fixtures data, long doc, List<Checks.Touched> touched) {
        // 10, 11, 1100 (万 read as 亿 somewhere), 12 亿元: only 1100 is off; 10, 20, 40, 70: a fast riser, honest.
        double[] slipped = {10e8, 11e8, 1100e8, 12e8};
        double[] rising = {10e8, 20e8, 40e8, 70e8};
        for (int i = 0; i < 4; i++) {
            ids.put("slip" + i, year(data, doc, "loans.issued", JUMPS, 2022 + i, slipped[i], "亿元", "exact"));
            year(data, doc, "subsidies.paid", JUMPS, 2022 + i, rising[i], "亿元", "exact");
        }
        touched.add(new Checks.Touched("loans.issued", JUMPS));
        touched.add(new Checks.Touched("subsidies.paid", JUMPS));
    }

    private void growth(Fixtures data, long doc, List<Checks.Touched> touched) {
        // Investment 100 → 112 亿元 is 12 %: a stated 20 % is wrong, a stated 12.0 % right (in 大通 county).
        ids.put("inv2024", year(data, doc, "investment.fixed_assets", GROWTH, 2024, 100e8, "亿元", "exact"));
        ids.put("inv2025", year(data, doc, "investment.fixed_assets", GROWTH, 2025, 112e8, "亿元", "exact"));
        ids.put("invYoy", year(data, doc, "investment.fixed_assets.yoy", GROWTH, 2025, 20.0, "%", "exact"));
        year(data, doc, "investment.fixed_assets", DATONG, 2024, 100e8, "亿元", "exact");
        year(data, doc, "investment.fixed_assets", DATONG, 2025, 112e8, "亿元", "exact");
        year(data, doc, "investment.fixed_assets.yoy", DATONG, 2025, 12.0, "%", "exact");
        // GDP 1000 → 1080 亿元 at current prices (8 %) with real growth 5.0 %: prices explain it; 40 % real does not.
        year(data, doc, "gdp", GROWTH, 2024, 1000e8, "亿元", "exact");
        year(data, doc, "gdp", GROWTH, 2025, 1080e8, "亿元", "exact");
        year(data, doc, "gdp.yoy", GROWTH, 2025, 5.0, "%", "exact");
        year(data, doc, "gdp", DATONG, 2024, 100e8, "亿元", "exact");
        year(data, doc, "gdp", DATONG, 2025, 108e8, "亿元", "exact");
        ids.put("gdpYoyWrong", year(data, doc, "gdp.yoy", DATONG, 2025, 40.0, "%", "exact"));
        touched.add(new Checks.Touched("investment.fixed_assets", GROWTH));
        touched.add(new Checks.Touched("investment.fixed_assets.yoy", DATONG));
        touched.add(new Checks.Touched("gdp", GROWTH));
        touched.add(new Checks.Touched("gdp", DATONG));
    }

    private void parts(Fixtures data, long doc, List<Checks.Touched> touched) {
        // 西宁's fdi 100 亿元, two of its districts 50 + 60: more than the city. Its tourism revenue 100, two districts
        // 40 + 50: they need not cover it.
        ids.put("fdiCity", year(data, doc, "fdi.actual", XINING, 2025, 100e8, "亿元", "exact"));
        ids.put("fdiA", year(data, doc, "fdi.actual", JUMPS, 2025, 50e8, "亿元", "exact"));
        year(data, doc, "fdi.actual", GROWTH, 2025, 60e8, "亿元", "exact");
        year(data, doc, "tourism.revenue", XINING, 2025, 100e8, "亿元", "exact");
        year(data, doc, "tourism.revenue", JUMPS, 2025, 40e8, "亿元", "exact");
        year(data, doc, "tourism.revenue", GROWTH, 2025, 50e8, "亿元", "exact");
        // GDP 100 with industries 10 + 40 + 60 (wrong) in PARTS; 10 + 40 + 49.8 (rounded, fine) in EARLY.
        ids.put("gdpWhole", year(data, doc, "gdp", PARTS, 2025, 100e8, "亿元", "exact"));
        year(data, doc, "value_added.primary", PARTS, 2025, 10e8, "亿元", "exact");
        year(data, doc, "value_added.secondary", PARTS, 2025, 40e8, "亿元", "exact");
        ids.put("tertiary", year(data, doc, "value_added.tertiary", PARTS, 2025, 60e8, "亿元", "exact"));
        year(data, doc, "gdp", EARLY, 2025, 100e8, "亿元", "exact");
        year(data, doc, "value_added.primary", EARLY, 2025, 10.2e8, "亿元", "exact");
        year(data, doc, "value_added.secondary", EARLY, 2025, 40e8, "亿元", "exact");
        year(data, doc, "value_added.tertiary", EARLY, 2025, 49.8e8, "亿元", "exact");
        // Agricultural loans are a part of all loans, not one of a partition: 120 > 100 on its own is wrong.
        year(data, doc, "loans.balance", PARTS, 2025, 100e8, "亿元", "exact");
        ids.put("agri", year(data, doc, "loans.balance.agri", PARTS, 2025, 120e8, "亿元", "exact"));
        touched.add(new Checks.Touched("fdi.actual", JUMPS));
        touched.add(new Checks.Touched("tourism.revenue", JUMPS));
        touched.add(new Checks.Touched("value_added.tertiary", PARTS));
        touched.add(new Checks.Touched("value_added.tertiary", EARLY));
        touched.add(new Checks.Touched("loans.balance.agri", PARTS));
    }

    private void reports(Fixtures data, long bulletin, long earlier, List<Checks.Touched> touched) {
        // Retail sales 1792.61 亿元 reported again as 约1800亿元 and 超1700亿元: consistent. Exports 150 against 100: not.
        year(data, bulletin, "retail_sales", REPORTS, 2024, 1792.61e8, "亿元", "exact");
        year(data, earlier, "retail_sales", REPORTS, 2024, 1800e8, "亿元", "approx");
        year(data, earlier, "retail_sales", REPORTS, 2024, 1700e8, "亿元", "at_least");
        ids.put("exportsNew", year(data, bulletin, "trade.exports", REPORTS, 2024, 150e8, "亿元", "exact"));
        ids.put("exportsOld", year(data, earlier, "trade.exports", REPORTS, 2024, 100e8, "亿元", "exact"));
        touched.add(new Checks.Touched("retail_sales", REPORTS));
        touched.add(new Checks.Touched("trade.exports", REPORTS));
    }

    private void early(Fixtures data, long june, List<Checks.Touched> touched) {
        // Published 2025-06-30: an actual for all of 2025 cannot be; a target for 2025 or an actual for January–May can.
        ids.put("early", data.observation(june, "enterprises.count", EARLY, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), "actual", 300, "家", "exact"));
        data.observation(june, "projects.count", EARLY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "target",
                300, "个", "exact");
        data.observation(june, "projects.started", EARLY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 31), "actual",
                30, "个", "exact");
        touched.add(new Checks.Touched("enterprises.count", EARLY));
        touched.add(new Checks.Touched("projects.count", EARLY));
        touched.add(new Checks.Touched("projects.started", EARLY));
    }

    private static long year(Fixtures data, long doc, String indicator, String region, int year, double value, String unit,
            String qualifier) {
        return data.observation(doc, indicator, region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "actual",
                value, unit, qualifier);
    }

    /** A finding as a client reads it from the JSON. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Found(String check, List<Long> observations, String region, String indicator, String detail) {
    }

    /** The page of a client, without the service's own types. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FoundPage(List<Found> items) {
    }

    private List<Found> findings(String check) {
        return given().queryParam("region", "630000").queryParam("check", check).queryParam("size", "500")
                .when().get("/api/checks").then().statusCode(200).extract().as(FoundPage.class).items();
    }

    @Test
    void findsTheSlipAndNotTheFastRiser() {
        List<Found> jumps = findings("jump");
        assertEquals(1, jumps.size(), jumps.toString());
        assertEquals(ids.get("slip2"), jumps.get(0).observations().get(0));
        assertEquals("loans.issued", jumps.get(0).indicator());
    }

    @Test
    void findsAGrowthRateItsLevelsDoNotGiveAllowingForPricesInRealGrowth() {
        List<Found> found = findings("growth_mismatch");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.observations().equals(List.of(ids.get("invYoy"), ids.get("inv2025"),
                ids.get("inv2024")))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.observations().get(0).equals(ids.get("gdpYoyWrong"))), found.toString());
    }

    @Test
    void findsChildrenAndPartsAboveTheirWhole() {
        List<Found> found = findings("parts_exceed_whole");
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.region().equals(XINING) && f.observations().get(0).equals(ids.get("fdiCity"))
                && f.observations().contains(ids.get("fdiA"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.observations().get(0).equals(ids.get("gdpWhole"))
                && f.observations().contains(ids.get("tertiary"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.observations().contains(ids.get("agri"))), found.toString());
    }

    @Test
    void findsReportsThatCannotBothBeTrueButNotRoundedOnes() {
        List<Found> found = findings("conflicting_reports");
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of(ids.get("exportsNew"), ids.get("exportsOld")), found.get(0).observations());
    }

    @Test
    void findsAnActualForAPeriodNotOverWhenPublished() {
        List<Found> found = findings("target_as_actual");
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of(ids.get("early")), found.get(0).observations());
        assertTrue(found.get(0).detail().contains("2025-06-30"), found.get(0).detail());
    }

    @Test
    void anObservationAnswerListsItsChecks() {
        given().when().get("/api/observations/" + ids.get("slip2")).then().statusCode(200)
                .body("checks.check", hasItem("jump"))
                .body("checks[0].detail", containsString("off its neighbours"));
        given().when().get("/api/observations/" + ids.get("slip0")).then().statusCode(200)
                .body("checks.size()", equalTo(0));
    }

    @Test
    void aRebuildFindsWhatTheRefreshesFound() {
        var before = findings("jump").size() + findings("parts_exceed_whole").size();
        QuarkusTransaction.requiringNew().run(checks::rebuild);
        assertEquals(before, findings("jump").size() + findings("parts_exceed_whole").size());
    }

    @Test
    void anOperatorRebuildsWithATokenOnly() {
        given().when().post("/api/admin/checks").then().statusCode(401);
        int findings = given().header("Authorization", "Bearer test-token").when().post("/api/admin/checks").then()
                .statusCode(200).extract().path("findings");
        assertTrue(findings >= findings("jump").size() + findings("growth_mismatch").size(), "findings: " + findings);
    }

    @Test
    void refusesUnknownChecksAndMalformedParameters() {
        given().queryParam("check", "nonsense").when().get("/api/checks").then().statusCode(400)
                .contentType(containsString("problem+json")).body("detail", containsString("growth_mismatch"));
        given().queryParam("region", "36").when().get("/api/checks").then().statusCode(400);
        given().queryParam("region", "999999").when().get("/api/checks").then().statusCode(404);
        given().queryParam("size", "100000").when().get("/api/checks").then().statusCode(400);
        given().queryParam("page", "-1").when().get("/api/checks").then().statusCode(400);
        given().queryParam("indicator", "no.such").when().get("/api/checks").then().statusCode(404);
    }
}
