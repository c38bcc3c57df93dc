package io.zhibiao.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zhibiao.system.DataFolder;

class ChartSpecsTest {

    @Test
    void readsOneSpecPerFamilyFromTheChartsFolder() {
        List<ChartSpec> specs = ChartSpecs.load(Path.of("charts"));
        assertEquals(List.of("compare-bar", "cumulative", "level-growth", "ranking", "series-line", "structure", "target-vs-actual"),
                specs.stream().map(ChartSpec::name).toList());
        assertEquals(List.of(ChartSpec.Family.COMPARE, ChartSpec.Family.CUMULATIVE, ChartSpec.Family.LEVEL_GROWTH,
                ChartSpec.Family.RANKING, ChartSpec.Family.SERIES, ChartSpec.Family.STRUCTURE, ChartSpec.Family.TARGET_VS_ACTUAL),
                specs.stream().map(ChartSpec::family).toList());
        assertTrue(specs.stream().allMatch(s -> s.excludeIndicators().contains("other")), "'other' mixes units");
    }

    @Test
    void readsTheSpecsTheApplicationCarriesWhenNoFolderIsConfigured() throws IOException {
        List<ChartSpec> bundled = DataFolder.read(Optional.empty(), "zhibiao.charts.specs-dir", ChartSpecs.BUNDLED,
                ChartSpecs::load);
        assertEquals(ChartSpecs.load(Path.of("charts")), bundled);
    }

    @Test
    void refusesAFolderWithNoSpecRatherThanServingNoChart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), "not a spec");
        var e = assertThrows(IllegalStateException.class, () -> ChartSpecs.load(dir));
        assertTrue(e.getMessage().contains("No chart spec (*.yaml) in " + dir), e.getMessage());
    }

    @Test
    void refusesAConfiguredFolderThatDoesNotExist(@TempDir Path dir) {
        var e = assertThrows(IllegalStateException.class, () -> DataFolder.read(Optional.of(dir.resolve("charts")),
                "zhibiao.charts.specs-dir", ChartSpecs.BUNDLED, ChartSpecs::load));
        assertTrue(e.getMessage().contains("named by zhibiao.charts.specs-dir does not exist"), e.getMessage());
    }

    @Test
    void fillsTitleAndFileNameTemplates() {
        assertEquals("鹰潭市_贷款发放额_2025", ChartSpec.fill("{regionName}_{indicatorName}_{years}",
                Map.of("regionName", "鹰潭市", "indicatorName", "贷款发放额", "years", "2025")));
    }

    @Test
    void rejectsAMisspeltPlaceholderWhenLoading(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), """
                family: series
                type: line
                key: "s_{indicator}_{region}"
                title: "{regoinName}"
                file-name: "{regionName}"
                """);
        var e = assertThrows(IllegalArgumentException.class, () -> ChartSpecs.load(dir));
        assertTrue(e.getMessage().contains("Unknown placeholder {regoinName}"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownKey(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), """
                family: series
                type: line
                key: "s_{indicator}_{region}"
                title: "{regionName}"
                file-name: "{regionName}"
                colour: red
                """);
        var e = assertThrows(IllegalArgumentException.class, () -> ChartSpecs.load(dir));
        assertTrue(e.getMessage().contains("unknown key 'colour'"), e.getMessage());
    }
}
