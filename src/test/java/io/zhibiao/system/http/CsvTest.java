package io.zhibiao.system.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.zhibiao.series.Fixtures;

@QuarkusTest
class CsvTest {

    static final String LOANS = "t5csv.loans";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @BeforeEach
    void storeReports() {
        Fixtures.writeOnce(LOANS, "money_cny", true, data -> {
            long doc = data.document("鹰潭 csv", LocalDate.of(2026, 1, 8));
            data.observation(doc, LOANS, "360602", 2025, 1.5e8);
            data.observation(doc, LOANS, "360603", 2025, 2.5e8);
        });
    }

    private static String[] linesAfterBom(byte[] body) {
        assertArrayEquals(BOM, Arrays.copyOf(body, 3), "CSV starts with a UTF-8 byte-order mark");
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
    }

    @Test
    void writesTheChildrenOfARollupAsCsvWithABom() {
        byte[] body = given().queryParam("indicator", LOANS).queryParam("parent", "360600").queryParam("level", "county")
                .queryParam("period", "2025").queryParam("format", "csv")
                .when().get("/api/aggregate")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asByteArray();
        String[] lines = linesAfterBom(body);
        assertEquals("region_code,region_name,value (元),value_max (元),qualifier,unit_as_written,period_type,period_start,"
                + "period_end,observation_id,alternatives", lines[0], "the value columns name their base unit");
        assertEquals(4, lines.length, "a header and the three counties of 鹰潭市");
        assertTrue(lines[1].startsWith("360602,月湖区,150000000,,exact,亿元,year,2025-01-01,2025-12-31,"), lines[1]);
        assertTrue(lines[3].startsWith("360681,贵溪市,,,"), "a county that reported nothing has empty cells: " + lines[3]);
    }

    @Test
    void answersTheAcceptHeaderWithCsvToo() {
        byte[] body = given().accept("text/csv").queryParam("indicator", LOANS).queryParam("region", "360602,360603")
                .when().get("/api/series")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asByteArray();
        String[] lines = linesAfterBom(body);
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("indicator,region_code,region_name,period_type,period_start,period_end,value (元),"),
                lines[0]);
        assertTrue(lines[2].startsWith(LOANS + ",360603,余江区,year,2025-01-01,2025-12-31,250000000,"), lines[2]);
    }

    @Test
    void ranksAsCsv() {
        byte[] body = given().queryParam("indicator", LOANS).queryParam("parent", "360600").queryParam("level", "county")
                .queryParam("period", "2025").queryParam("format", "csv")
                .when().get("/api/rankings")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        String[] lines = linesAfterBom(body);
        assertTrue(lines[0].startsWith("rank,region_code"));
        assertTrue(lines[1].startsWith("1,360603,余江区,250000000"), lines[1]);
    }

    @Test
    void quotesCellsThatHoldCommasOrQuotes() {
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
        assertEquals("", CsvWriter.cell(null));
        assertEquals("1200000000", CsvWriter.cell(new java.math.BigDecimal("1.2E+9")));
    }

    record Place(String code, String name) {
    }

    @Test
    void writesAListOfRecordsOneColumnPerComponent() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        new CsvWriter().writeTo(java.util.List.of(new Place("360111", "青山湖区"), new Place("360121", "南昌,县")), java.util.List.class,
                null, null, null, new jakarta.ws.rs.core.MultivaluedHashMap<>(), out);
        String[] lines = linesAfterBom(out.toByteArray());
        assertEquals("code,name", lines[0]);
        assertEquals("360121,\"南昌,县\"", lines[2]);
    }
}
