package io.zhibiao.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class OpenApiShapeTest {

    @Test
    void everyOperationHasAnIdATagAndTheProblemSchemaOnItsErrors() {
        JsonPath api = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        var ids = new HashSet<String>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (!path.startsWith("/api/") || !List.of("get", "post", "delete", "put", "head").contains(method)) {
                return;
            }
            String id = (String) op.get("operationId");
            assertNotNull(id, method + " " + path);
            assertTrue(ids.add(id), "operationId " + id + " is unique");
            assertTrue(!((List<?>) op.get("tags")).isEmpty(), method + " " + path + " has a tag");
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    assertNotNull(content, method + " " + path + " " + code);
                    assertEquals("#/components/schemas/Problem",
                            ((Map<?, ?>) ((Map<?, ?>) content.get("application/problem+json")).get("schema")).get("$ref"),
                            method + " " + path + " " + code);
                }
            });
        }));
        assertTrue(ids.containsAll(List.of("getSeries", "getAggregate", "getLatest", "getRankings", "getRegions",
                "getIndicators", "getDocumentsByIdText", "getChanges", "getStream")), ids.toString());
    }

    @Test
    void declaresEnumsAndCsv() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/series'.get.parameters.find { it.name == 'kind' }.schema.enum", contains("actual", "target"))
                .body("paths.'/api/series'.get.parameters.find { it.name == 'periodType' }.schema.enum",
                        hasItems("year", "ytd", "asof"))
                .body("paths.'/api/series'.get.tags", contains("series"))
                .body("paths.'/api/series'.get.responses.'200'.content.'text/csv'.schema.type", equalTo("string"))
                .body("components.schemas.Problem.properties.detail", notNullValue())
                // Enums of the answers are schemas with the codes the JSON carries, from the row's type.
                .body("components.schemas.PeriodType.enum", contains("year", "quarter", "month", "ytd", "span", "asof"))
                .body("components.schemas.Qualifier.enum", hasItems("exact", "at_least"))
                .body("components.schemas.Level.enum", contains("country", "province", "prefecture", "county"))
                .body("components.schemas.RollupFn.enum", contains("sum", "avg", "min", "max", "count"))
                .body("paths.'/api/aggregate'.get.parameters.find { it.name == 'fn' }.schema.enum", hasItems("sum", "count"))
                .body("paths.'/api/stream'.get.tags", contains("feed"))
                .body("paths.'/api/stream'.get.responses.'200'.content", hasKey("text/event-stream"))
                .body("paths.'/api/stream'.get.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
