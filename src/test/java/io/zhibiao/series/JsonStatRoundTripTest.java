package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** format=jsonstat read back by the JSON-stat Toolkit (Node), an independent reader, and compared with the JSON answer. */
@QuarkusTest
class JsonStatRoundTripTest {

    static final String LOANS = "t14js.loans";
    static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);

    @Inject
    DSLContext dsl;

    @BeforeEach
    void storeReports() {
        Fixtures.writeOnce(LOANS, "money_cny", true, data -> {
            long doc = data.document("南昌县金融 2026", LocalDate.of(2026, 1, 8));
            data.observation(doc, LOANS, "360121", 2024, 7e8);
            long approx = data.observation(doc, LOANS, "360121", 2025, 8e8);
            long atLeast = data.observation(doc, LOANS, "360121", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30), "actual", 6.5e8);
            data.observation(doc, LOANS, "360121", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "target", 9e8);
            data.observation(doc, LOANS, "360111", 2025, 12.5e8);
            dsl.execute("UPDATE observation SET qualifier = 'approx' WHERE id = ?", approx);
            dsl.execute("UPDATE observation SET qualifier = 'at_least' WHERE id = ?", atLeast);
        });
    }

    @Test
    void theToolkitReadsTheSeriesValuesLabelsAndUnitsBack() throws Exception {
        JsonStatToolkit.assumeNode();
        String body = given().queryParam("indicator", LOANS).queryParam("region", "360121,360111,360102")
                .queryParam("format", "jsonstat")
                .when().get("/api/series")
                .then().statusCode(200).contentType(containsString("application/json"))
                .extract().asString();
        assertEquals("2.0", JsonPath.from(body).getString("version"));
        assertEquals("dataset", JsonPath.from(body).getString("class"));

        JsonNode read = JsonStatToolkit.read(body);
        assertEquals("dataset", read.get("class").asText());
        assertEquals(List.of("indicator", "region", "time"), texts(read.get("ids")));
        assertEquals(List.of(1, 3, 3), ints(read.get("size")));
        assertEquals("time", read.at("/roles/time/0").asText());
        assertEquals("region", read.at("/roles/geo/0").asText());

        JsonNode indicator = dimension(read, "indicator").at("/categories/0");
        assertEquals(LOANS, indicator.get("id").asText());
        assertEquals("测试 " + LOANS, indicator.get("label").asText());
        assertEquals("亿元", indicator.at("/unit/label").asText());
        assertEquals("元", indicator.at("/unit/base").asText());
        assertEquals(100_000_000L, indicator.at("/unit/scale").asLong());
        assertEquals(1, indicator.at("/unit/decimals").asInt());
        assertEquals(List.of("南昌县", "青山湖区", "东湖区"), texts(dimension(read, "region").get("categories"), "label"));
        assertEquals(List.of("2024年", "2025年1-9月累计", "2025年"), texts(dimension(read, "time").get("categories"), "label"));

        // Every point of the JSON answer (kind actual) is the cell the toolkit finds at its region and period, in 亿元.
        JsonPath json = given().queryParam("indicator", LOANS).queryParam("region", "360121,360111,360102")
                .queryParam("kind", "actual").when().get("/api/series").then().statusCode(200).extract().jsonPath();
        Map<String, JsonNode> cells = cellsByRegionAndLabel(read);
        int points = 0;
        for (Map<String, Object> series : json.<Map<String, Object>>getList("series")) {
            String region = ((Map<?, ?>) series.get("region")).get("code").toString();
            for (Object o : (List<?>) series.get("points")) {
                Map<?, ?> p = (Map<?, ?>) o;
                String label = PeriodLabels.of(io.zhibiao.extract.PeriodType.fromCode(p.get("periodType").toString()),
                        LocalDate.parse(p.get("periodStart").toString()), LocalDate.parse(p.get("periodEnd").toString()));
                JsonNode cell = cells.get(region + " " + label);
                assertNotNull(cell, "the toolkit has no cell for " + region + " " + label);
                assertEquals(0, new BigDecimal(p.get("value").toString()).compareTo(cell.get("value").decimalValue().multiply(YI)),
                        region + " " + label);
                points++;
            }
        }
        assertEquals(4, points);
        assertEquals(points, read.get("cells").size(), "one cell per point, no more");
        assertEquals("e", cells.get("360121 2025年").get("status").asText());
        assertEquals("g", cells.get("360121 2025年1-9月累计").get("status").asText());
        assertTrue(cells.get("360121 2024年").get("status").isNull());
        assertEquals(12.5, cells.get("360111 2025年").get("value").asDouble());
        assertTrue(read.at("/extension/status/e").asText().contains("约"));
        assertEquals("actual", read.at("/extension/kind").asText());
    }

    @Test
    void theToolkitReadsTheRollupsChildrenBack() throws Exception {
        JsonStatToolkit.assumeNode();
        String body = given().queryParam("indicator", LOANS).queryParam("parent", "360100").queryParam("level", "county")
                .queryParam("period", "2025").queryParam("format", "jsonstat")
                .when().get("/api/aggregate")
                .then().statusCode(200).extract().asString();
        JsonPath json = given().queryParam("indicator", LOANS).queryParam("parent", "360100").queryParam("level", "county")
                .queryParam("period", "2025").when().get("/api/aggregate").then().statusCode(200).extract().jsonPath();

        JsonNode read = JsonStatToolkit.read(body);
        assertEquals(json.getList("children.region.name"), texts(dimension(read, "region").get("categories"), "label"));
        assertEquals(List.of("2025年"), texts(dimension(read, "time").get("categories"), "label"));
        Map<String, JsonNode> cells = cellsByRegionAndLabel(read);
        assertEquals(2, read.get("cells").size());
        assertEquals(8.0, cells.get("360121 2025年").get("value").asDouble());
        assertEquals("e", cells.get("360121 2025年").get("status").asText());
        assertEquals(12.5, cells.get("360111 2025年").get("value").asDouble());
        assertEquals(json.getLong("rollup.value"), read.at("/extension/rollup/value").asLong());
        assertEquals(false, read.at("/extension/rollup/complete").asBoolean());
    }

    @Test
    void jsonStatIsOfferedOnlyOnSeriesAndAggregateAndDeclared() {
        given().queryParam("indicator", LOANS).queryParam("parent", "360100").queryParam("level", "county")
                .queryParam("format", "jsonstat")
                .when().get("/api/latest")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("jsonstat only on /api/series and /api/aggregate"));
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("format", "xml")
                .when().get("/api/series")
                .then().statusCode(400).body("detail", containsString("csv or json or jsonstat"));
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/series'.get.parameters.find { it.name == 'format' }.schema.enum", hasItems("jsonstat"))
                .body("paths.'/api/series'.get.responses.'200'.content.'application/json'.schema.oneOf.'$ref'",
                        hasItems("#/components/schemas/SeriesAnswer", "#/components/schemas/JsonStatDataset"))
                .body("paths.'/api/aggregate'.get.parameters.find { it.name == 'format' }.schema.enum", hasItems("jsonstat"));
    }

    @Test
    void jsonStatHasItsOwnEtagAndAnswers304() {
        String jsonEtag = given().queryParam("indicator", LOANS).queryParam("region", "360121")
                .when().get("/api/series").then().statusCode(200).extract().header("ETag");
        String etag = given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("format", "jsonstat")
                .when().get("/api/series").then().statusCode(200).extract().header("ETag");
        assertNotNull(etag);
        assertTrue(!etag.equals(jsonEtag), "JSON-stat and JSON are different answers: " + etag);
        given().queryParam("indicator", LOANS).queryParam("region", "360121").queryParam("format", "jsonstat")
                .header("If-None-Match", etag)
                .when().get("/api/series").then().statusCode(304);
    }

    private static JsonNode dimension(JsonNode read, String id) {
        for (JsonNode d : read.get("dimensions")) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no dimension " + id);
    }

    /** The toolkit's cells keyed by region code and the Chinese label of their time category. */
    private static Map<String, JsonNode> cellsByRegionAndLabel(JsonNode read) {
        Map<String, String> timeLabels = new HashMap<>();
        for (JsonNode c : dimension(read, "time").get("categories")) {
            timeLabels.put(c.get("id").asText(), c.get("label").asText());
        }
        Map<String, JsonNode> cells = new HashMap<>();
        for (JsonNode cell : read.get("cells")) {
            cells.put(cell.get("region").asText() + " " + timeLabels.get(cell.get("time").asText()), cell);
        }
        return cells;
    }

    private static List<String> texts(JsonNode array) {
        var out = new java.util.ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        var out = new java.util.ArrayList<String>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        var out = new java.util.ArrayList<Integer>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
