package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static io.zhibiao.series.NumberMatcher.number;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeriesApiTest {

    static final String LOANS = "t5ser.loans";
    static final String MANY = "t5ser.many";
    static final String MIXED = "t11ser.mixed";
    static final String RATE = "t11ser.rate";

    @BeforeEach
    void storeReports() {
        Fixtures.writeOnce(LOANS, "money_cny", true, data -> {
            data.indicator(MANY, "count", true);
            data.indicator(MIXED, "money_cny", true);
            data.indicator(RATE, "percent", false);
            long newer = data.document("南昌县新闻 2026", LocalDate.of(2026, 1, 8));
            long older = data.document("南昌县新闻 2025", LocalDate.of(2025, 6, 1));
            data.observation(older, LOANS, "360121", 2023, 6e8);
            data.observation(older, LOANS, "360121", 2024, 7e8);
            data.observation(older, LOANS, "360121", 2025, 7.5e8);
            data.observation(newer, LOANS, "360121", 2025, 8e8);
            data.observation(newer, LOANS, "360121", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "target", 9e8);
            data.observation(newer, LOANS, "360111", 2025, 12.5e8);
            data.observation(newer, MIXED, "360121", 2024, 3.2e8);
            data.observation(newer, MIXED, "360121", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30), "actual", 2.5e8);
            data.observation(newer, MIXED, "360121", 2025, 4e8);
            data.observation(newer, MIXED, "360121", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), "actual", 16e8);
            data.observation(newer, RATE, "360121", 2025, 33.0);
            data.observation(newer, RATE, "360121", 2024, 9.5);
            // One more point than an answer may hold, one per day.
            data.dailyStocks(newer, MANY, "360111", LocalDate.of(1990, 1, 1), 10000);
        });
    }

    @Test
    void answersSeveralRegionsInTheOrderAsked() {
        given().queryParam("indicator", LOANS).queryParam("region", "360121,360111,360102")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("indicator.code", equalTo(LOANS))
                .body("series.region.code", contains("360121", "360111", "360102"))
                .body("series.region.name", contains("南昌县", "青山湖区", "东湖区"))
                .body("series[0].points.periodEnd", contains("2023-12-31", "2024-12-31", "2025-12-31", "2026-12-31"))
                .body("series[2].points", hasSize(0));
    }

    @Test
    void usesTheNewestPublicationAndCountsTheOthers() {
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("from", "2025").queryParam("to", "2025")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points", hasSize(1))
                .body("series[0].points[0].value", number(8e8))
                .body("series[0].points[0].alternatives", equalTo(1))
                .body("series[0].points[0].kind", equalTo("actual"))
                .body("rule", startsWith("When several documents report the same indicator"));
    }

    @Test
    void filtersByKind() {
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("kind", "target")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points.value", contains(number(9e8)));
    }

    @Test
    void refusesMoreRegionsThanTheLimit() {
        String regions = IntStream.range(0, 51).mapToObj(i -> String.valueOf(360100 + i)).collect(Collectors.joining(","));
        given().queryParam("indicator", LOANS).queryParam("region", regions)
                .when().get("/api/series")
                .then().statusCode(400)
                .body("detail", equalTo("Parameter 'region' names 51 regions; at most 50 per call (zhibiao.api.max-regions)"));
    }

    @Test
    void refusesAnAnswerOverThePointLimit() {
        given().queryParam("indicator", MANY).queryParam("region", "360111")
                .when().get("/api/series")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("The answer would hold more than 10000 points"));
        given().queryParam("indicator", MANY).queryParam("region", "360111").queryParam("to", "1990-01-10")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].points", hasSize(10));
    }

    @Test
    void answersEachPeriodTypeAsItsOwnSeries() {
        given().queryParam("indicator", MIXED).queryParam("region", "360121")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series.periodType", contains("year", "ytd", "span"))
                .body("series[0].points.periodEnd", contains("2024-12-31", "2025-12-31"))
                .body("series[1].points.periodEnd", contains("2025-09-30"))
                .body("series[2].points.periodStart", contains("2021-01-01"));
        given().queryParam("indicator", MIXED).queryParam("region", "360121").queryParam("periodType", "ytd")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series", hasSize(1))
                .body("series[0].points.value", contains(number(2.5e8)));
    }

    @Test
    void saysHowToPrintEachSeries() {
        given().queryParam("indicator", MIXED).queryParam("region", "360121").queryParam("periodType", "year")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("baseUnit", equalTo("元"))
                .body("series[0].display.unit", equalTo("亿元"))
                .body("series[0].display.scale", equalTo(100000000));
        given().queryParam("indicator", RATE).queryParam("region", "360121")
                .when().get("/api/series")
                .then().statusCode(200)
                .body("series[0].display.unit", equalTo("%"))
                .body("series[0].display.scale", equalTo(1));
    }

    @Test
    void writesWholeNumbersAsWholeNumbers() {
        String body = given().queryParam("indicator", MIXED).queryParam("region", "360121").queryParam("periodType", "year")
                .when().get("/api/series").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"value\":320000000,"), body);
        String rates = given().queryParam("indicator", RATE).queryParam("region", "360121")
                .when().get("/api/series").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(rates.contains("\"value\":9.5,") && rates.contains("\"value\":33,"), rates);
    }
}
