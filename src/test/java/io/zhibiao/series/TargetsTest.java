package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static io.zhibiao.series.NumberMatcher.number;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** /api/targets pairs each target with its actual (or the year-to-date actual so far) and the completion ratio. */
@QuarkusTest
class TargetsTest {

    static final String LOANS = "t14tgt.loans";
    static final String REGION = "360121";

    @BeforeEach
    void storeReports() {
        Fixtures.writeOnce(LOANS, "money_cny", true, data -> {
            long doc = data.document("南昌县工作报告 2026", LocalDate.of(2026, 1, 8));
            long later = data.document("南昌县半年报 2026", LocalDate.of(2026, 7, 20));
            target(data, doc, 2025, 150e8);
            data.observation(doc, LOANS, REGION, 2025, 135e8);
            target(data, doc, 2026, 200e8);
            data.observation(later, LOANS, REGION, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "actual", 40e8);
            data.observation(later, LOANS, REGION, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "actual", 90e8);
            target(data, doc, 2027, 100e8);
        });
    }

    private static void target(Fixtures data, long doc, int year, double value) {
        data.observation(doc, LOANS, REGION, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "target", value);
    }

    @Test
    void pairsTargetsWithActualsAndCompletion() {
        given().queryParam("indicator", LOANS).queryParam("region", REGION)
                .when().get("/api/targets")
                .then().statusCode(200)
                .body("region.name", equalTo("南昌县"))
                .body("display.unit", equalTo("亿元"))
                .body("pairs.target.periodStart", contains("2025-01-01", "2026-01-01", "2027-01-01"))
                .body("pairs.target.value", contains(number(150e8), number(200e8), number(100e8)))
                .body("pairs[0].actual.value", number(135e8))
                .body("pairs[0].basis", equalTo("same_period"))
                .body("pairs[0].completion", hasToString("0.9")) // RestAssured reads small decimals as floats
                .body("pairs[1].actual.periodEnd", equalTo("2026-06-30"))
                .body("pairs[1].actual.periodType", equalTo("ytd"))
                .body("pairs[1].basis", equalTo("year_to_date"))
                .body("pairs[1].completion", hasToString("0.45"))
                .body("pairs[2].actual", nullValue())
                .body("pairs[2].basis", nullValue())
                .body("pairs[2].completion", nullValue());
    }

    @Test
    void answersCsvToo() {
        String csv = given().queryParam("indicator", LOANS).queryParam("region", REGION).queryParam("format", "csv")
                .when().get("/api/targets")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(",year_to_date,0.45"), csv);
    }

    @Test
    void namesAMissingOrUnknownParameter() {
        given().queryParam("indicator", LOANS)
                .when().get("/api/targets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'region'"));
        given().queryParam("indicator", LOANS).queryParam("region", REGION).queryParam("kind", "target")
                .when().get("/api/targets")
                .then().statusCode(400).body("detail", containsString("'kind'"));
    }
}
