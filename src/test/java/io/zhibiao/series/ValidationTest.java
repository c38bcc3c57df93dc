package io.zhibiao.series;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** Every parameter of the read API answers 400 problem+json naming itself when its value is wrong. */
@QuarkusTest
class ValidationTest {

    @BeforeEach
    void storeIndicator() {
        Fixtures.here().indicator("t5val.any", "count", true);
    }

    @ParameterizedTest(name = "{0}?{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/series    | region=360111                                                    | Parameter 'indicator' is required
            /api/series    | indicator=no.such&region=360111                                  | Parameter 'indicator': no indicator has the code 'no.such'
            /api/series    | indicator=t5val.any                                                  | Parameter 'region' is required
            /api/series    | indicator=t5val.any&region=36011X                                    | Parameter 'region' must be a 6-digit region code
            /api/series    | indicator=t5val.any&region=999999                                    | Parameter 'region': no region has the code 999999
            /api/series    | indicator=t5val.any&region=360111&from=20x5                          | Parameter 'from' must be YYYY or YYYY-MM-DD
            /api/series    | indicator=t5val.any&region=360111&from=2025&to=2024                  | Parameter 'to' (2024) is before 'from' (2025)
            /api/series    | indicator=t5val.any&region=360111&kind=plan                          | Parameter 'kind' must be one of
            /api/series    | indicator=t5val.any&region=360111&format=xml                         | Parameter 'format' must be csv or json
            /api/aggregate | indicator=t5val.any&parent=360100&level=county                       | Parameter 'period' is required
            /api/aggregate | indicator=t5val.any&parent=360100&level=county&period=last-year      | Parameter 'period' must be YYYY, YYYY/YYYY
            /api/aggregate | indicator=t5val.any&parent=360100&level=village&period=2025          | Parameter 'level' must be one of
            /api/aggregate | indicator=t5val.any&parent=360100&level=prefecture&period=2025       | Parameter 'level': prefecture is not below 360100, a prefecture
            /api/aggregate | indicator=t5val.any&level=county&period=2025                          | Parameter 'parent' is required
            /api/aggregate | indicator=t5val.any&parent=360100&level=county&period=2025&fn=median  | Parameter 'fn' must be one of
            /api/aggregate | indicator=t5val.any&parent=360100&level=county&period=2025/2021      | Parameter 'period' ends before it starts
            /api/latest    | indicator=t5val.any                                                  | Parameter 'level' is required
            /api/latest    | indicator=t5val.any&level=county&parent=abc                          | Parameter 'parent' must be a 6-digit region code
            /api/rankings  | indicator=t5val.any&level=county&period=2025&order=up                | Parameter 'order' must be one of
            /api/rankings  | indicator=t5val.any&level=county&period=2025&limit=1001              | Parameter 'limit' must be a whole number from 1 to 1000
            /api/rankings  | indicator=t5val.any&level=county&period=2025&limit=ten               | Parameter 'limit' must be a whole number from 1 to 1000
            """)
    void namesTheParameterThatIsWrong(String path, String query, String detail) {
        var params = new java.util.LinkedHashMap<String, String>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv[1]);
        }
        given().queryParams(Map.copyOf(params))
                .when().get(path)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("detail", startsWith(detail));
    }
}
