package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static io.zhibiao.series.NumberMatcher.number;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class RollupTest {

    static final String LOANS = "t5roll.loans";
    static final String RATE = "t5roll.rate";
    static final String MIXED = "t5roll.mixed";
    static final String QINGSHANHU = "360111";
    static final String NANCHANG_COUNTY = "360121";
    static final String NANCHANG_CITY = "360100";

    @Inject
    DSLContext dsl;

    @BeforeEach
    void storeReports() {
        Fixtures.writeOnce(LOANS, "money_cny", true, data -> {
            data.indicator(RATE, "percent", false);
            long newer = data.document("青山湖区新闻 2026", LocalDate.of(2026, 1, 8));
            long older = data.document("青山湖区新闻 2025", LocalDate.of(2025, 12, 1));
            data.observation(newer, LOANS, QINGSHANHU, 2025, 12.5e8);
            data.observation(older, LOANS, QINGSHANHU, 2025, 11e8);
            data.observation(older, LOANS, QINGSHANHU, 2024, 10e8);
            data.observation(newer, LOANS, NANCHANG_COUNTY, 2025, 8e8);
            for (String county : new String[] {"360602", "360603", "360681"}) { // every county of 鹰潭市
                data.observation(newer, LOANS, county, 2025, 1e8);
            }
            data.indicator(MIXED, "money_cny", true); // 鹰潭市's counties: two Jan–Sep totals, one September, years
            data.observation(newer, MIXED, "360602", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30), "actual", 6e8);
            data.observation(newer, MIXED, "360603", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30), "actual", 4e8);
            data.observation(newer, MIXED, "360681", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), "actual", 3e8);
            data.observation(newer, MIXED, "360602", 2024, 7e8);
            data.observation(newer, RATE, QINGSHANHU, 2025, 5.5);
            data.observation(newer, RATE, NANCHANG_COUNTY, 2025, 4.5);
        });
    }

    @Test
    void rollsDistrictsUpToTheirCityWithPartialCoverage() {
        given().queryParam("indicator", LOANS).queryParam("parent", NANCHANG_CITY).queryParam("level", "county")
                .queryParam("period", "2025")
                .when().get("/api/aggregate")
                .then().statusCode(200)
                .body("parent.name", equalTo("南昌市"))
                .body("periodStart", equalTo("2025-01-01")).body("periodEnd", equalTo("2025-12-31"))
                .body("children", hasSize(9))
                .body("coverage.reporting", equalTo(2)).body("coverage.expected", equalTo(9))
                .body("rollup.fn", equalTo("sum"))
                .body("rollup.value", number(2.05e9))
                .body("rollup.complete", equalTo(false))
                .body("rollup.note", startsWith("sum of the 2 of 9 county-level units of 南昌市"))
                .body("children.find { it.region.code == '360111' }.value", number(1.25e9))
                .body("children.find { it.region.code == '360111' }.alternatives", equalTo(1))
                .body("children.find { it.region.code == '360102' }.value", nullValue());
    }

    @Test
    void callsARollupCompleteWhenEveryChildReported() {
        given().queryParam("indicator", LOANS).queryParam("parent", "360600").queryParam("level", "county")
                .queryParam("period", "2025")
                .when().get("/api/aggregate")
                .then().statusCode(200)
                .body("coverage.reporting", equalTo(3)).body("coverage.expected", equalTo(3))
                .body("rollup.value", number(3.0e8))
                .body("rollup.complete", equalTo(true));
    }

    @Test
    void reachesCountiesOfAProvinceThroughItsPrefectures() {
        int jiangxiCounties = dsl.fetchCount(dsl.selectFrom("region").where("level = 'county' AND code LIKE '36%'"));
        given().queryParam("indicator", LOANS).queryParam("parent", "360000").queryParam("level", "county")
                .queryParam("period", "2025").queryParam("fn", "max")
                .when().get("/api/aggregate")
                .then().statusCode(200)
                .body("coverage.reporting", equalTo(5)).body("coverage.expected", equalTo(jiangxiCounties))
                .body("rollup.value", number(1.25e9));
    }

    @Test
    void refusesToSumARate() {
        given().queryParam("indicator", RATE).queryParam("parent", NANCHANG_CITY).queryParam("level", "county")
                .queryParam("period", "2025")
                .when().get("/api/aggregate")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("Parameter 'fn': the indicator 't5roll.rate'"));
    }

    @Test
    void averagesARate() {
        given().queryParam("indicator", RATE).queryParam("parent", NANCHANG_CITY).queryParam("level", "county")
                .queryParam("period", "2025").queryParam("fn", "avg")
                .when().get("/api/aggregate")
                .then().statusCode(200)
                .body("rollup.value", number(5.0));
    }

    @Test
    void latestGivesTheNewestPeriodOfEachRegion() {
        given().queryParam("indicator", LOANS).queryParam("parent", NANCHANG_CITY).queryParam("level", "county")
                .when().get("/api/latest")
                .then().statusCode(200)
                .body("regions", hasSize(9))
                .body("coverage.reporting", equalTo(2))
                .body("regions.find { it.region.code == '360111' }.periodEnd", equalTo("2025-12-31"))
                .body("regions.find { it.region.code == '360111' }.value", number(1.25e9));
    }

    @Test
    void answersInThePeriodTypeMostChildrenReportUnlessOneIsAsked() {
        given().queryParam("indicator", MIXED).queryParam("parent", "360600").queryParam("level", "county")
                .queryParam("period", "2025-09-30")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("periodType", equalTo("ytd"))
                .body("ranking.value.region.code", contains("360602", "360603"))
                .body("coverage.reporting", equalTo(2)).body("coverage.expected", equalTo(3));
        given().queryParam("indicator", MIXED).queryParam("parent", "360600").queryParam("level", "county")
                .queryParam("period", "2025-09-30").queryParam("periodType", "month")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("periodType", equalTo("month"))
                .body("ranking.value.region.code", contains("360681"))
                .body("ranking[0].value.value", number(3e8));
        given().queryParam("indicator", MIXED).queryParam("parent", "360600").queryParam("level", "county")
                .when().get("/api/latest")
                .then().statusCode(200)
                .body("periodType", equalTo("ytd"))
                .body("regions.find { it.region.code == '360602' }.periodEnd", equalTo("2025-09-30"))
                .body("regions.find { it.region.code == '360681' }.value", nullValue());
        given().queryParam("indicator", MIXED).queryParam("parent", "360600").queryParam("level", "county")
                .queryParam("periodType", "year")
                .when().get("/api/latest")
                .then().statusCode(200)
                .body("periodType", equalTo("year"))
                .body("coverage.reporting", equalTo(1))
                .body("regions.find { it.region.code == '360602' }.value", number(7e8));
        given().queryParam("indicator", MIXED).queryParam("parent", "360600").queryParam("level", "county")
                .queryParam("period", "2023").queryParam("periodType", "year")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("periodType", equalTo("year"))
                .body("ranking", hasSize(0))
                .body("coverage.expected", equalTo(3));
    }

    @Test
    void ranksEveryCountyOfChinaWithoutAParent() {
        int counties = dsl.fetchCount(dsl.selectFrom("region").where("level = 'county'"));
        given().queryParam("indicator", LOANS).queryParam("level", "county").queryParam("period", "2025")
                .queryParam("limit", "3")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("parent.code", equalTo("000000"))
                .body("ranking.value.region.code", contains(QINGSHANHU, NANCHANG_COUNTY, "360602"))
                .body("coverage.reporting", equalTo(5)).body("coverage.expected", equalTo(counties));
        given().queryParam("indicator", LOANS).queryParam("level", "county").queryParam("period", "2025")
                .queryParam("asOf", "2025-12-31")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("ranking.value.region.code", contains(QINGSHANHU))
                .body("ranking[0].value.value", number(1.1e9));
    }

    @Test
    void ranksReportingCountiesLargestFirst() {
        given().queryParam("indicator", LOANS).queryParam("parent", "360000").queryParam("level", "county")
                .queryParam("period", "2025").queryParam("limit", "2")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("ranking", hasSize(2))
                .body("ranking.value.region.code", contains(QINGSHANHU, NANCHANG_COUNTY))
                .body("ranking.rank", contains(1, 2))
                .body("coverage.reporting", equalTo(5));
        given().queryParam("indicator", LOANS).queryParam("parent", "360000").queryParam("level", "county")
                .queryParam("period", "2025").queryParam("order", "asc")
                .when().get("/api/rankings")
                .then().statusCode(200)
                .body("ranking.rank", contains(1, 1, 1, 4, 5));
    }

    @Test
    void takesAnAsOfDateAsThePeriodEnd() {
        given().queryParam("indicator", LOANS).queryParam("parent", NANCHANG_CITY).queryParam("level", "county")
                .queryParam("period", "2024-12-31")
                .when().get("/api/aggregate")
                .then().statusCode(200)
                .body("periodStart", nullValue())
                .body("coverage.reporting", equalTo(1))
                .body("rollup.value", number(1.0e9));
    }
}
