package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static io.zhibiao.series.NumberMatcher.number;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** units= on /api/series as FRED defines them, over stored reports. */
@QuarkusTest
class UnitsTransformTest {

    static final String LOANS = "t14units.loans";
    static final String RATE = "t14units.rate";

    @BeforeEach
    void storeReports() {
        Fixtures.writeOnce(LOANS, "money_cny", true, data -> {
            data.indicator(RATE, "percent", false);
            long doc = data.document("南昌县贷款 2026", LocalDate.of(2026, 1, 8));
            data.observation(doc, LOANS, "360121", 2022, 5e8);
            data.observation(doc, LOANS, "360121", 2023, 6e8);
            data.observation(doc, LOANS, "360121", 2025, 8e8); // 2024 was never reported
            month(data, doc, 2024, 2, 2e7); // 29 February 2024 ends it
            month(data, doc, 2024, 12, 1e8);
            month(data, doc, 2025, 1, 1.2e8);
            month(data, doc, 2025, 2, 3e7);
            data.observation(doc, RATE, "360121", 2025, 6.5);
        });
    }

    private static void month(Fixtures data, long doc, int year, int month, double value) {
        LocalDate start = LocalDate.of(year, month, 1);
        data.observation(doc, LOANS, "360121", start, start.withDayOfMonth(start.lengthOfMonth()), "actual", value);
    }

    @Test
    void levelsAreTheDefaultAndSaySo() {
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("periodType", "year")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("units", equalTo("lin"))
                .body("series[0].points.value", contains(number(5e8), number(6e8), number(8e8)));
    }

    @Test
    void changeIsFromThePreviousPeriodAndNullAcrossAGap() {
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("periodType", "year")
                .queryParam("units", "chg")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("units", equalTo("chg"))
                .body("baseUnit", equalTo("元"))
                .body("series[0].points.value", contains(nullValue(), number(1e8), nullValue()));
        // The month before January is December of the year before.
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("periodType", "month")
                .queryParam("units", "chg")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points.periodStart", contains("2024-02-01", "2024-12-01", "2025-01-01", "2025-02-01"))
                .body("series[0].points.value", contains(nullValue(), nullValue(), number(2e7), number(-9e7)));
    }

    @Test
    void percentChangeIsInPercent() {
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("periodType", "year")
                .queryParam("units", "pch")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("units", equalTo("pch"))
                .body("baseUnit", equalTo("%"))
                .body("series[0].display.unit", equalTo("%"))
                .body("series[0].points.value", contains(nullValue(), number(20), nullValue()));
    }

    @Test
    void changeFromAYearAgoMatchesMonthEndsAcrossALeapYear() {
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("periodType", "month")
                .queryParam("units", "ch1")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points.value", contains(nullValue(), nullValue(), nullValue(), number(1e7)));
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("periodType", "month")
                .queryParam("units", "pc1")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points[3].periodEnd", equalTo("2025-02-28"))
                .body("series[0].points[3].value", number(50));
    }

    @Test
    void theFirstPeriodAskedForStillHasItsEarlierPeriod() {
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("periodType", "year")
                .queryParam("units", "chg").queryParam("from", "2023")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points.periodStart", contains("2023-01-01", "2025-01-01"))
                .body("series[0].points.value", contains(number(1e8), nullValue()));
    }

    @Test
    void refusesTransformsOfARateAndUnknownUnits() {
        given().queryParam("indicator", RATE).queryParam("region", "360121").queryParam("units", "pch")
                .when().get("/api/series")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Parameter 'units'"))
                .body("detail", containsString("rate"));
        given().queryParam("indicator", RATE).queryParam("region", "360121").queryParam("units", "lin")
                .when().get("/api/series")
                .then().statusCode(200).body("series[0].points.value", contains(number(6.5)));
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("units", "log")
                .when().get("/api/series")
                .then().statusCode(400)
                .body("detail", equalTo("Parameter 'units' must be one of [lin, chg, ch1, pch, pc1], not 'log'"));
    }
}
