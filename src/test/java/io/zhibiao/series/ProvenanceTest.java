package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static io.zhibiao.series.NumberMatcher.number;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ProvenanceTest {

    static final String LOANS = "t5prov.loans";

    @Inject
    DSLContext dsl;

    @BeforeEach
    void storeReports() {
        Fixtures.writeOnce(LOANS, "money_cny", true, data -> {
            long newer = data.document("分宜县新闻 新", LocalDate.of(2026, 1, 8));
            long older = data.document("分宜县新闻 旧", LocalDate.of(2025, 3, 1));
            data.observation(newer, LOANS, "360521", 2025, 3e8);
            data.observation(older, LOANS, "360521", 2025, 2.9e8);
        });
    }

    private long idOf(String title) {
        return dsl.fetchOne("SELECT o.id FROM observation o JOIN document d ON d.id = o.document_id "
                + "WHERE o.indicator_code = ? AND d.title = ?", LOANS, title).get(0, Long.class);
    }

    @Test
    void tellsWhereAFigureCameFromAndWhoElseReportedIt() {
        long older = idOf("分宜县新闻 旧");
        given().when().get("/api/observations/" + older)
                .then().statusCode(200)
                .body("document.title", equalTo("分宜县新闻 旧"))
                .body("document.source", equalTo("测试日报"))
                .body("document.published", equalTo("2025-03-01"))
                .body("region.name", equalTo("分宜县"))
                .body("value", number(2.9e8))
                .body("quote", startsWith("全年发放"))
                .body("startOffset", equalTo(10)).body("endOffset", equalTo(17))
                .body("extractorVersion", equalTo(io.zhibiao.extract.RuleExtractor.VERSION))
                .body("chosen", equalTo(false))
                .body("otherReports", hasSize(1))
                .body("otherReports[0].document.title", equalTo("分宜县新闻 新"))
                .body("otherReports[0].chosen", equalTo(true));
        given().when().get("/api/observations/" + idOf("分宜县新闻 新"))
                .then().statusCode(200).body("chosen", equalTo(true));
    }

    @Test
    void answersNotFoundForAnUnknownId() {
        given().when().get("/api/observations/999999999")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void answersBadRequestForAMalformedId() {
        given().when().get("/api/observations/abc")
                .then().statusCode(400).body("detail", startsWith("Parameter 'id' must be a positive whole number"));
    }
}
