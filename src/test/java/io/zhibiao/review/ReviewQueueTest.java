package io.zhibiao.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.checks.Checks;
import io.zhibiao.series.Fixtures;
import io.zhibiao.system.DataVersion;
import jakarta.inject.Inject;

/**
 * The queue over figures in 银川 (no other test writes there): two reports of one count that cannot both be true, a
 * figure the extractor doubts, one it is sure of.
 */
@QuarkusTest
class ReviewQueueTest {

    static final String YINCHUAN = "640100";
    static final String TEXT = "银川市统计局发布数据。2025年全市新增企业3000家。其中科技型企业500家。";
    // ids as JSON answers carry them (ints, at these sizes)
    static int bulletinFigure;
    static int newsFigure;
    static int doubted;
    static int trusted;

    @Inject
    DSLContext dsl;
    @Inject
    DataVersion version;
    @Inject
    Checks checks;

    @BeforeEach
    void storeFigures() {
        if (bulletinFigure != 0) {
            return;
        }
        var data = new Fixtures(dsl, version);
        // A rerun on the same database starts over (the refresh below clears findings of the deleted figures).
        dsl.execute("DELETE FROM document WHERE title IN ('银川统计公报 2025', '银川日报')");
        long bulletin = data.document("银川统计公报 2025", LocalDate.of(2026, 3, 1));
        long news = data.document("银川日报", LocalDate.of(2026, 1, 5));
        dsl.execute("UPDATE document SET text = ?, url = 'https://example.org/yinchuan' WHERE id = ?", TEXT, bulletin);
        QuarkusTransaction.requiringNew().run(() -> {
            bulletinFigure = year(data, bulletin, "enterprises.count", 3000);
            int at = TEXT.indexOf("3000家");
            dsl.execute("UPDATE observation SET quote = '2025年全市新增企业3000家。', start_offset = ?, end_offset = ? WHERE id = ?",
                    at, at + 5, bulletinFigure);
            newsFigure = year(data, news, "enterprises.count", 5000);
            doubted = year(data, bulletin, "patents.granted", 20);
            trusted = year(data, bulletin, "projects.started", 12);
            dsl.execute("UPDATE observation SET confidence = 0.2, reasons = ARRAY['region_from_dateline'] WHERE id = ?", doubted);
            dsl.execute("UPDATE observation SET confidence = 0.95 WHERE id = ?", trusted);
            checks.refresh(List.of(new Checks.Touched("enterprises.count", YINCHUAN)));
        });
        data.announce();
    }

    private static int year(Fixtures data, long doc, String indicator, double value) {
        return (int) data.observation(doc, indicator, YINCHUAN, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "actual",
                value, "家", "exact");
    }

    @Test
    void putsFindingsOnWhatSeriesShowFirstThenDoubtThenTheRest() {
        given().queryParam("region", "640000").when().get("/api/review").then().statusCode(200)
                .body("items.observationId", contains(bulletinFigure, doubted, newsFigure))
                .body("total", equalTo(3))
                .body("items[0].visibility", contains("chosen", "latest"))
                .body("items[0].findings.check", contains("conflicting_reports"))
                .body("items[1].confidence", equalTo(0.2f))
                .body("items[1].reasons", contains("region_from_dateline"))
                .body("items.observationId", not(hasItem(trusted)));
    }

    @Test
    void showsTheSentenceWithItsNeighboursAndTheDocument() {
        given().queryParam("region", YINCHUAN).queryParam("size", "1").when().get("/api/review").then().statusCode(200)
                .body("items[0].evidence.before", equalTo("银川市统计局发布数据。"))
                .body("items[0].evidence.sentence", equalTo("2025年全市新增企业3000家。"))
                .body("items[0].evidence.after", equalTo("其中科技型企业500家。"))
                .body("items[0].document.url", equalTo("https://example.org/yinchuan"))
                .body("items[0].document.title", equalTo("银川统计公报 2025"));
    }

    @Test
    void filtersByRegionSubtreeAndIndicator() {
        given().queryParam("region", "630000").when().get("/api/review").then().statusCode(200)
                .body("items.observationId", not(hasItem(bulletinFigure)));
        given().queryParam("region", "640000").queryParam("indicator", "patents.granted").when().get("/api/review")
                .then().statusCode(200).body("items.observationId", contains(doubted));
        given().queryParam("region", "640000").queryParam("page", "5").when().get("/api/review").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(3));
    }

    @Test
    void refusesMalformedParameters() {
        given().queryParam("region", "64").when().get("/api/review").then().statusCode(400)
                .contentType(containsString("problem+json"));
        given().queryParam("size", "1000").when().get("/api/review").then().statusCode(400);
        given().queryParam("indicator", "x\u0001").when().get("/api/review").then().statusCode(400);
        given().queryParam("region", "999999").when().get("/api/review").then().statusCode(404);
    }
}
