package io.zhibiao.system.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.ingest.Ingest;
import io.zhibiao.ingest.NewDocument;
import io.zhibiao.series.Fixtures;
import io.zhibiao.system.DataVersion;
import jakarta.inject.Inject;

@QuarkusTest
class HttpCachingTest {

    static final String LOANS = "t5http.loans";
    static final String SERIES = "/api/series?indicator=" + LOANS + "&region=360111";

    @Inject
    DSLContext dsl;
    @Inject
    io.zhibiao.charts.Prerenderer prerenderer;
    @Inject
    DataVersion version;
    @Inject
    Ingest ingest;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void storeReports() {
        var data = new Fixtures(dsl, version);
        if (data.indicator(LOANS, "money_cny", true)) {
            data.observation(data.document("青山湖区 http", LocalDate.of(2026, 1, 8)), LOANS, "360111", 2025, 12.5e8);
            data.announce();
        }
    }

    @Test
    void answersARepeatedPollWithNotModified() {
        String etag = given().when().get(SERIES)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=5"))
                .header("Vary", equalTo("Accept, Accept-Encoding, Origin"))
                .extract().header("ETag");
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag is quoted and not W/: " + etag);

        given().header("If-None-Match", etag).when().get(SERIES)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=5"))
                .body(emptyString());
        given().header("If-None-Match", "\"something-else\"").when().get(SERIES)
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void answersRepeatedPollsWithoutTouchingTheDatabase() throws InterruptedException {
        String etag = given().when().get(SERIES).then().statusCode(200).extract().header("ETag");
        // Background work (the data-version poll, chart pre-rendering) takes connections now and then; polls never
        // do, so some round of 40 polls sees no acquisition at all. Were polls to reach the database, none would.
        long acquired = 0;
        long extra = -1;
        for (int round = 0; round < 5 && extra != 0; round++) {
            assertTrue(prerenderer.awaitIdle(java.time.Duration.ofSeconds(60)), "chart pre-rendering should settle");
            acquired = dataSource.getMetrics().acquireCount();
            for (int i = 0; i < 20; i++) {
                given().header("If-None-Match", etag).when().get(SERIES).then().statusCode(304);
                given().when().get(SERIES).then().statusCode(200).header("ETag", equalTo(etag));
            }
            extra = dataSource.getMetrics().acquireCount() - acquired;
        }
        assertEquals(0, extra, "304s and kept answers must not take a connection from the pool");
        given().queryParam("to", "2099").when().get(SERIES).then().statusCode(200);
        assertTrue(dataSource.getMetrics().acquireCount() > acquired, "a new question does reach the database");
    }

    @Test
    void tagsTheCatalogAndGazetteerToo() {
        String etag = given().when().get("/api/regions/360100").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/regions/360100").then().statusCode(304);
        given().when().get("/api/indicators").then().statusCode(200).header("ETag", not(emptyString()));
    }

    @Test
    void anIngestChangesTheEtagsOfWhatItTouchesOnly() {
        String before = given().when().get(SERIES).then().statusCode(200).extract().header("ETag");
        String regions = given().when().get("/api/regions?parent=360100").then().statusCode(200).extract().header("ETag");

        ingest.store(new NewDocument("ETag test", "测试日报", LocalDate.of(2026, 2, 1),
                "2025年，南昌县发放贷款3.2亿元。" + UUID.randomUUID(), "360121"));

        given().header("If-None-Match", before).when().get(SERIES).then().statusCode(304).header("ETag", equalTo(before));
        given().header("If-None-Match", regions).when().get("/api/regions?parent=360100").then().statusCode(304);

        var data = new Fixtures(dsl, version);
        data.observation(data.document("青山湖区 http 2", LocalDate.of(2026, 2, 2)), LOANS, "360111", 2024, 9e8);
        data.announce();
        String after = given().header("If-None-Match", before).when().get(SERIES)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(before, after);
        given().header("If-None-Match", after).when().get(SERIES).then().statusCode(304);
    }

    @Test
    void givesNotModifiedOnlyWhereAnOkWouldCarryThatEtag() {
        String etag = given().when().get(SERIES).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/regions/999999").then().statusCode(404);
        given().header("If-None-Match", etag).when().get("/api/series?indicator=" + LOANS + "&region=360121")
                .then().statusCode(200);
        given().header("If-None-Match", "*").when().get("/api/indicators/no.such").then().statusCode(404);
    }

    @Test
    void answersHeadWithTheHeadersOfGet() {
        for (String encoding : new String[] {"identity", "gzip"}) {
            for (int i = 0; i < 2; i++) { // the first from the REST layer, the second from the kept answer
                var get = given().header("Accept-Encoding", encoding).when().get("/api/regions?parent=360000")
                        .then().statusCode(200).extract();
                var head = given().header("Accept-Encoding", encoding).when().head("/api/regions?parent=360000")
                        .then().statusCode(200).extract();
                assertEquals(get.header("ETag"), head.header("ETag"));
                assertEquals(get.header("Cache-Control"), head.header("Cache-Control"));
                assertEquals(get.header("Content-Length"), head.header("Content-Length"), encoding);
                assertEquals(get.header("Content-Encoding"), head.header("Content-Encoding"));
                given().header("Accept-Encoding", encoding).header("If-None-Match", get.header("ETag"))
                        .when().head("/api/regions?parent=360000").then().statusCode(304);
            }
        }
    }

    @Test
    void compressesRepeatsToo() {
        var config = io.restassured.config.RestAssuredConfig.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        for (int i = 0; i < 3; i++) {
            var answer = given().config(config).header("Accept-Encoding", "gzip").when().get("/api/regions?level=province")
                    .then().statusCode(200).header("Content-Encoding", equalTo("gzip")).extract();
            assertTrue(answer.asByteArray().length < 4000, "poll " + i + " is gzipped: " + answer.asByteArray().length);
        }
    }

    @Test
    void hearsAChangeCommittedByAnotherReplica() throws InterruptedException {
        String before = given().when().get(SERIES).then().statusCode(200).extract().header("ETag");

        // What another replica's ingest leaves behind: a new figure, a committed version and a NOTIFY, not our bump.
        var data = new Fixtures(dsl, version);
        data.observation(data.document("青山湖区 http replica", LocalDate.of(2026, 2, 3)), LOANS, "360111", 2023, 8e8);
        dsl.execute("WITH v AS (INSERT INTO data_version_commit (version) SELECT nextval('data_version_seq') RETURNING version) "
                + "SELECT pg_notify('zhibiao_data_version', version::text) FROM v");

        String after = before;
        for (int i = 0; i < 40 && after.equals(before); i++) {
            Thread.sleep(50);
            after = given().when().get(SERIES).then().statusCode(200).extract().header("ETag");
        }
        assertNotEquals(before, after, "the NOTIFY should reach this replica within 2 s");
    }

    @Test
    void givesCsvItsOwnEtag() {
        String json = given().when().get(SERIES).then().statusCode(200).extract().header("ETag");
        String csv = given().queryParam("format", "csv").when().get(SERIES).then().statusCode(200).extract().header("ETag");
        assertNotEquals(json, csv);
        given().header("If-None-Match", json).queryParam("format", "csv").when().get(SERIES).then().statusCode(200);
    }

    @Test
    void servesTheSameBytesFromMemoryOnARepeat() {
        byte[] first = given().when().get(SERIES).then().statusCode(200).extract().asByteArray();
        byte[] second = given().when().get(SERIES).then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asByteArray();
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8),
                new String(second, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void leavesChartsToTheirOwnEtags() {
        // The chart list changes when charts are re-rendered, after the data version moved: not ours to tag.
        given().when().get("/api/charts").then().statusCode(200).header("ETag", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void compressesWithGzipWhenAsked() {
        given().header("Accept-Encoding", "gzip").when().get("/api/regions?level=province")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void letsAnyDashboardOriginRead() {
        given().header("Origin", "https://dash.example.org").when().get(SERIES)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.anyOf(equalTo("*"), equalTo("https://dash.example.org")))
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not(equalTo("true")));
        String etag = given().when().get(SERIES).then().statusCode(200).extract().header("ETag");
        var notModified = given().header("Origin", "http://localhost:3000").header("If-None-Match", etag).when().get(SERIES)
                .then().statusCode(304)
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"))
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("Content-Disposition"))
                .extract();
        String allowed = notModified.header("Access-Control-Allow-Origin");
        assertTrue("*".equals(allowed) || ("http://localhost:3000".equals(allowed)
                && notModified.header("Vary").contains("Origin")), "any origin, or an echo that varies by Origin: " + allowed);
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .when().options(SERIES)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.notNullValue());
    }
}
