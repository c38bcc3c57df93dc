package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static io.zhibiao.series.NumberMatcher.number;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** periodType=month or quarter answers the differences of year-to-date totals, marked derived, never across a gap. */
@QuarkusTest
class YtdDerivationTest {

    static final String INVEST = "t14ytd.invest";
    static final String RATE = "t14ytd.rate";
    static final String REGION = "360121";

    @Inject
    DSLContext dsl;

    @BeforeEach
    void storeReports() {
        Fixtures.writeOnce(INVEST, "money_cny", true, data -> {
            data.indicator(RATE, "percent", false);
            long doc = data.document("南昌县投资 2026", LocalDate.of(2026, 1, 8));
            // 2025: 1-2月, 1-3月 (约), 1-4月, (no 1-5月), 1-6月, 1-9月 and the year; April also reported on its own.
            toDate(data, doc, INVEST, 2025, 2, 10e8);
            long ytd3 = toDate(data, doc, INVEST, 2025, 3, 16e8);
            toDate(data, doc, INVEST, 2025, 4, 23e8);
            toDate(data, doc, INVEST, 2025, 6, 40e8);
            toDate(data, doc, INVEST, 2025, 9, 70e8);
            data.observation(doc, INVEST, REGION, 2025, 100e8);
            data.observation(doc, INVEST, REGION, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), "actual", 7.2e8);
            dsl.execute("UPDATE observation SET qualifier = 'approx' WHERE id = ?", ytd3);
            // 2024: January on its own, then 1-2月: February is their difference.
            data.observation(doc, INVEST, REGION, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), "actual", 3e8);
            toDate(data, doc, INVEST, 2024, 2, 7e8);
            toDate(data, doc, RATE, 2025, 2, 5.1);
            toDate(data, doc, RATE, 2025, 3, 5.4);
        });
    }

    /** The id of the stored report of INVEST from 1 January (or the month's first day for a month) to a month's end. */
    private int id(String type, int year, int month) {
        LocalDate end = LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
        return dsl.fetchOne("SELECT id FROM observation WHERE indicator_code = ? AND period_type = ? AND period_end = ?",
                INVEST, type, end).get(0, Integer.class);
    }

    private static long toDate(Fixtures data, long doc, String indicator, int year, int month, double value) {
        LocalDate end = LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
        return data.observation(doc, indicator, REGION, LocalDate.of(year, 1, 1), end, "actual", value);
    }

    @Test
    void monthsAreDifferencesOfConsecutiveTotals() {
        given().queryParam("indicator", INVEST).queryParam("region", REGION).queryParam("periodType", "month")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series", hasSize(1))
                .body("series[0].periodType", equalTo("month"))
                // 2024-01 reported, 2024-02 = 1-2月 − 1月; 2025: 1-2月 is not split, March = 1-3月 − 1-2月,
                // April reported (wins over 1-4月 − 1-3月), May and June missing (no 1-5月), nothing after.
                .body("series[0].points.periodStart", contains("2024-01-01", "2024-02-01", "2025-03-01", "2025-04-01"))
                .body("series[0].points.periodEnd", contains("2024-01-31", "2024-02-29", "2025-03-31", "2025-04-30"))
                .body("series[0].points.value", contains(number(3e8), number(4e8), number(6e8), number(7.2e8)))
                .body("series[0].points.derived", contains(false, true, true, false))
                .body("series[0].points[1].inputs", contains(id("ytd", 2024, 2), id("month", 2024, 1)))
                .body("series[0].points[2].inputs", contains(id("ytd", 2025, 3), id("ytd", 2025, 2)))
                .body("series[0].points[2].qualifier", equalTo("approx"))
                .body("series[0].points[1].qualifier", equalTo("exact"));
    }

    @Test
    void quartersComeFromQuarterEndTotals() {
        given().queryParam("indicator", INVEST).queryParam("region", REGION).queryParam("periodType", "quarter")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].periodType", equalTo("quarter"))
                .body("series[0].points.periodStart", contains("2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01"))
                .body("series[0].points.value", contains(number(16e8), number(24e8), number(30e8), number(30e8)))
                .body("series[0].points.derived", contains(true, true, true, true))
                .body("series[0].points[0].inputs", contains(id("ytd", 2025, 3)))
                .body("series[0].points[3].inputs", contains(id("year", 2025, 12), id("ytd", 2025, 9)));
    }

    @Test
    void fromCutsDerivedPointsButStillReadsTheTotalsBeforeIt() {
        given().queryParam("indicator", INVEST).queryParam("region", REGION).queryParam("periodType", "quarter")
                .queryParam("from", "2025-04-01")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points.value", contains(number(24e8), number(30e8), number(30e8)));
    }

    @Test
    void ratesAreNeverDifferenced() {
        given().queryParam("indicator", RATE).queryParam("region", REGION).queryParam("periodType", "month")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points", hasSize(0));
    }

    @Test
    void otherPeriodTypesAreAsReported() {
        given().queryParam("indicator", INVEST).queryParam("region", REGION).queryParam("periodType", "ytd")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points", hasSize(6))
                .body("series[0].points.derived", contains(false, false, false, false, false, false));
    }
}
