package io.zhibiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog file is whole: every cue reachable through its own example, every link pointing at a code that exists. */
class IndicatorCatalogTest {

    private static final Extractor EXTRACTOR = new RuleExtractor();
    private static final ExtractionContext CTX = new ExtractionContext(LocalDate.of(2026, 1, 8), "360000");

    static Stream<IndicatorCatalog.Entry> rowsWithExamples() {
        return IndicatorCatalog.entries().stream().filter(e -> e.example() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rowsWithExamples")
    void everyRowIsReachedByItsExample(IndicatorCatalog.Entry row) {
        List<Observation> obs = EXTRACTOR.extract(row.example(), CTX);
        assertFalse(obs.isEmpty(), () -> "no figure in the example of " + row.def().code());
        assertEquals(row.def().code(), obs.get(0).indicator(), row.example());
        assertEquals(row.def().unitClass(), obs.get(0).unitClass(), row.example());
    }

    @Test
    void everyRowWithACueHasAnExample() {
        for (IndicatorCatalog.Entry e : IndicatorCatalog.entries()) {
            if (e.cues() != null) {
                assertNotNull(e.example(), e.def().code() + " has cues but no example to prove they are reachable");
            }
        }
    }

    @Test
    void derivedCodesPointAtTheirLevel() {
        for (IndicatorDef d : IndicatorCatalog.all()) {
            if (d.level() != null) {
                assertTrue(IndicatorCatalog.contains(d.level()), d.code());
                assertTrue(d.code().startsWith(d.level() + "."), d.code());
            }
            if (d.partOf() != null) {
                assertTrue(IndicatorCatalog.contains(d.partOf()), d.code());
            }
        }
    }

    @Test
    void growthCodesFollowTheirLevel() {
        assertEquals("gdp.yoy", IndicatorCatalog.familyCode("gdp", "yoy"));
        assertEquals("retail_sales.rural.yoy", IndicatorCatalog.familyCode("retail_sales.rural", "yoy"));
        assertEquals("urbanization.rate.change", IndicatorCatalog.familyCode("urbanization.rate", "change"));
        assertEquals(null, IndicatorCatalog.familyCode("plot.ratio", "yoy"));
    }

    @Test
    void theServiceAndTheExtractorShareOneList() {
        assertTrue(IndicatorCatalog.all().stream().anyMatch(d -> d.code().equals("loans.issued")));
        assertTrue(IndicatorCatalog.all().stream().noneMatch(d -> d.name().isBlank()));
    }
}
