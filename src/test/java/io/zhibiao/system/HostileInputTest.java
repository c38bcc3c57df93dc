package io.zhibiao.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/** The hostile inputs of issue 13, each answered 400 (or 405, 415) problem+json naming what was wrong. */
@QuarkusTest
class HostileInputTest {

    private static final String ARTICLE = "本文没有任何统计数字，仅用于检验输入。";

    /** Sends the query exactly as written (already percent-encoded). */
    private static RequestSpecification raw() {
        return given().urlEncodingEnabled(false);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/series?indicator=a%00b&region=360111                                   | Parameter 'indicator' holds a NUL character
            /api/indicators/%00                                                          | The path holds a NUL character
            /api/charts/x%00.png                                                         | The path holds a NUL character
            /api/regions?parent=36%0A0000                                                | Parameter 'parent' holds a control character (U+000A)
            /api/series?indicator=loans.issued&region=360111&from=-999999999-01-01       | Parameter 'from' must be YYYY or YYYY-MM-DD, between 1900-01-01 and 2100-12-31
            /api/series?indicator=loans.issued&region=360111&to=%2B999999999-12-31       | Parameter 'to' must be YYYY or YYYY-MM-DD, between 1900-01-01 and 2100-12-31
            /api/series?indicator=loans.issued&region=360111&from=1066                   | Parameter 'from' must be YYYY or YYYY-MM-DD, between 1900-01-01 and 2100-12-31
            /api/aggregate?indicator=loans.issued&parent=360100&level=county&period=%2B999999999-01-01 | Parameter 'period' must be YYYY, YYYY/YYYY
            /api/rankings?indicator=loans.issued&level=county&period=-999999999-01-01/2025 | Parameter 'period' must be YYYY, YYYY/YYYY
            /api/latest?indicator=loans.issued&level=county&parent=,,,                   | Parameter 'parent' must be a 6-digit region code
            /api/aggregate?indicator=loans.issued&level=county&parent=,,,&period=2025    | Parameter 'parent' must be a 6-digit region code
            /api/rankings?indicator=loans.issued&level=county&parent=,,,&period=2025     | Parameter 'parent' must be a 6-digit region code
            /api/series?indicator=loans.issued&region=,,,                                | Parameter 'region' must be a 6-digit region code
            /api/documents?page=2147483647                                               | Parameter 'page' must be a whole number from 0 to 1000000
            /api/documents?page=abc                                                      | Parameter 'page' must be a whole number from 0 to 1000000
            /api/documents?size=-1                                                       | Parameter 'size' must be a whole number from 1 to 100
            /api/documents?page=%EF%BC%93                                                | Parameter 'page' must be a whole number
            /api/documents/%EF%BC%91                                                     | Parameter 'id' must be a positive whole number
            /api/observations/%D9%A3                                                     | Parameter 'id' must be a positive whole number
            /api/regions?parent=%EF%BC%93%EF%BC%96%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%90   | Parameter 'parent' must be a 6-digit region code
            /api/rankings?indicator=loans.issued&level=county&period=2025&limit=%EF%BC%95 | Parameter 'limit' must be a whole number from 1 to 1000
            """)
    void answers400NamingTheValue(String target, String detail) {
        raw().when().get(target)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("detail", startsWith(detail));
    }

    @ParameterizedTest(name = "published={0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0000-01-01         | Field 'published' must be from 1949-10-01 to
            1949-09-30         | Field 'published' must be from 1949-10-01 to
            +99999-01-01       | Field 'published' must be a real date YYYY-MM-DD
            -999999999-01-01   | Field 'published' must be a real date YYYY-MM-DD
            ２０２６-01-08     | Field 'published' must be a real date YYYY-MM-DD
            """)
    void refusesPublicationDatesNoNewspaperCarries(String published, String detail) {
        authorized().contentType("application/json")
                .body(json("t", "s", published, ARTICLE))
                .when().post("/api/documents")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", startsWith(detail));
    }

    @Test
    void refusesADateAYearAheadOnExtractToo() {
        given().contentType("text/plain").body(ARTICLE).queryParam("published", LocalDate.now().plusYears(2).toString())
                .when().post("/api/extract")
                .then().statusCode(400).body("detail", startsWith("Parameter 'published' must be from 1949-10-01 to"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"title":"a\\u0000b","source":"s","published":"2026-01-08","text":"x"}   | Field 'title' holds a NUL character
            {"title":"\\ud800","source":"s","published":"2026-01-08","text":"x"}     | Field 'title' holds a lone surrogate (U+D800)
            {"title":"t","source":"\\udc00x","published":"2026-01-08","text":"x"}    | Field 'source' holds a lone surrogate (U+DC00)
            {"title":"t","source":"s","published":"2026-01-08","text":"a\\ud800b"}   | Field 'text' holds a lone surrogate (U+D800)
            {"title": 1,                                                                | The body is not valid JSON at line 1, column 13
            []                                                                          | The body has the wrong shape at line 1, column 1
            {"title": {}}                                                               | Field 'title' has the wrong type at line 1
            """)
    void refusesBadFieldsAndSaysWhereJsonBreaks(String body, String detail) {
        authorized().contentType("application/json").body(body)
                .when().post("/api/documents")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", startsWith(detail));
    }

    @Test
    void limitsTitleAndSource() {
        authorized().contentType("application/json").body(json("长".repeat(501), "s", "2026-01-08", ARTICLE))
                .when().post("/api/documents")
                .then().statusCode(400).body("detail", equalTo("Field 'title' has 501 characters; the limit is 500"));
        authorized().contentType("application/json").body(json("t", "源".repeat(201), "2026-01-08", ARTICLE))
                .when().post("/api/documents")
                .then().statusCode(400).body("detail", equalTo("Field 'source' has 201 characters; the limit is 200"));
    }

    @Test
    void flagsAreTrueOrFalse() {
        authorized().queryParam("all", "abc").when().post("/api/admin/reextract")
                .then().statusCode(400).body("detail", equalTo("Parameter 'all' must be true or false, not 'abc'"));
    }

    @Test
    void an415ListsTheAcceptedTypes() {
        authorized().contentType("application/xml").body("<a/>").when().post("/api/documents")
                .then().statusCode(415).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("This request's Content-Type is not accepted here; send one of: application/json, text/plain"));
        authorized().header("Content-Type", ";;;/").body("x".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/documents")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("Header 'Content-Type' is not a media type (type/subtype): ;;;/"));
    }

    @Test
    void a405SaysWhichMethodsAreAllowed() {
        given().when().delete("/api/regions")
                .then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS")
                .contentType(startsWith("application/problem+json"));
        given().when().put("/q/health/ready")
                .then().statusCode(405).header("Allow", "GET, HEAD").contentType(startsWith("application/problem+json"));
        given().when().request("FOO", "/q/openapi")
                .then().statusCode(405).header("Allow", "GET, HEAD");
        given().when().post("/q/health")
                .then().statusCode(405);
    }

    @Test
    void overlongTargetsAndHeadersAnswerProblems() {
        raw().when().get("/api/regions?parent=" + "1".repeat(5000))
                .then().statusCode(414).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("The request target has 5020 characters; the limit is 4096"));
        given().header("X-Big", "a".repeat(20_000)).when().get("/api/regions/360000")
                .then().statusCode(431).contentType(startsWith("application/problem+json"));
    }

    private static RequestSpecification authorized() {
        return given().header("Authorization", "Bearer test-token")
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    private static String json(String title, String source, String published, String text) {
        return "{\"title\":\"" + title + "\",\"source\":\"" + source + "\",\"published\":\"" + published
                + "\",\"text\":\"" + text + "\"}";
    }
}
