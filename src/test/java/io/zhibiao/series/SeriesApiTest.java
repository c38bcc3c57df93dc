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

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.system.DataVersion;
import jakarta.inject.Inject;

@QuarkusTest
class SeriesApiTest {

    static final String LOANS = "t5ser.loans";
    static final String MANY = "t5ser.many";

    @Inject
    DSLContext dsl;
    @Inject
    DataVersion version;

    @BeforeEach
    void storeReports() {
        var data = new Fixtures(dsl, version);
        if (!data.indicator(LOANS, "money_cny", true)) {
            return;
        }
        data.indicator(MANY, "count", true);
        long newer = data.document("南昌县新闻 2026", LocalDate.of(2026, 1, 8));
        long older = data.document("南昌县新闻 2025", LocalDate.of(2025, 6, 1));
        data.observation(older, LOANS, "360121", 2023, 6e8);
        data.observation(older, LOANS, "360121", 2024, 7e8);
        data.observation(older, LOANS, "360121", 2025, 7.5e8);
        data.observation(newer, LOANS, "360121", 2025, 8e8);
        data.observation(newer, LOANS, "360121", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "target", 9e8);
        data.observation(newer, LOANS, "360111", 2025, 12.5e8);
        // One more point than an answer may hold, one per day.
        dsl.execute("""
                INSERT INTO observation (document_id, indicator_code, region_code, period_start, period_end, period_type,
                    value, unit_class, unit, qualifier, kind, quote, start_offset, end_offset, extractor_version)
                SELECT ?, ?, '360111', d, d, 'asof', 1, 'count', '个', 'exact', 'actual', 'q', 0, 1, ?
                FROM generate_series(date '1990-01-01', date '1990-01-01' + 10000, interval '1 day') d""", newer, MANY,
                io.zhibiao.extract.RuleExtractor.VERSION);
        data.announce();
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
}
