package io.zhibiao.charts;

import static io.zhibiao.charts.ChartRendererTest.RENDERER;
import static io.zhibiao.charts.ChartRendererTest.preview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructureChartTest {

    @ParameterizedTest
    @CsvSource({ "320, 200", "1200, 675", "3000, 2000" })
    void drawsOneFullBarPerPeriodStackedFromThePartsColours(int width, int height) throws IOException {
        ChartData data = SampleCharts.gdpStructure();
        byte[] png = RENDERER.render(data, width, height, 1);
        preview(data, width + "x" + height, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        // Every part's colour is on the picture: the stacked bars (and their legend).
        for (java.awt.Color c : List.of(StructurePlot.PART_COLORS[0], StructurePlot.PART_COLORS[1], StructurePlot.PART_COLORS[2])) {
            assertTrue(Pixels.share(image, 0.0, 0.1, 1.0, 0.95, Pixels.near(c, 40)) > 0.0005, "colour " + c);
        }
        // The secondary and tertiary industries take most of each bar: much of the plot is their colour.
        double secondary = Pixels.share(image, 0.05, 0.2, 0.95, 0.9, Pixels.near(StructurePlot.PART_COLORS[1], 40));
        double tertiary = Pixels.share(image, 0.05, 0.2, 0.95, 0.9, Pixels.near(StructurePlot.PART_COLORS[2], 40));
        assertTrue(secondary > 0.04 && tertiary > 0.04, secondary + " " + tertiary);
        // 2023 lacks its primary industry: a grey rest is drawn.
        assertTrue(Pixels.share(image, 0.05, 0.1, 0.95, 0.9, Pixels.near(StructurePlot.REST, 12)) > 0.0005, "the grey rest");
    }

    @Test
    void everyPeriodStacksToAHundredPercent() {
        CategoryPlot plot = (CategoryPlot) RENDERER.chart(SampleCharts.gdpStructure(), RENDERER.layout(1200, 675)).getPlot();
        CategoryDataset d = plot.getDataset();
        assertEquals(List.of("2021年", "2022年", "2023年", "2024年", "2025年"), d.getColumnKeys());
        for (int c = 0; c < d.getColumnCount(); c++) {
            double sum = 0;
            for (int r = 0; r < d.getRowCount(); r++) {
                Number v = d.getValue(r, c);
                sum += v == null ? 0 : v.doubleValue();
            }
            assertEquals(100, sum, 0.05, "period " + d.getColumnKey(c));
        }
        assertEquals(0, plot.getRangeAxis().getLowerBound());
        assertEquals(100, plot.getRangeAxis().getUpperBound());
    }

    @Test
    void sharesAreOfTheWholeOrOfThePartsSumAndTheRestIsItsOwn() {
        Map<String, BigDecimal> shares = SampleCharts.gdpStructure().points().stream().filter(ChartPoint::share)
                .collect(Collectors.toMap(p -> p.category() + "|" + p.indicator() + "|" + p.role().code, ChartPoint::value));
        // 2021: 67.8 / 939 (parts add up to the whole).
        assertEquals(new BigDecimal("7.22"), shares.get("2021年|value_added.primary|share"));
        // 2023: no primary industry; 48.1 / 103.6, the rest 7.6 / 103.6.
        assertEquals(new BigDecimal("46.43"), shares.get("2023年|value_added.secondary|share"));
        assertEquals(new BigDecimal("7.34"), shares.get("2023年|gdp|rest"));
        // 2024: 108.5 of parts against a whole of 100: shares of their sum, 7.4 / 108.5.
        assertEquals(new BigDecimal("6.82"), shares.get("2024年|value_added.primary|share"));
        // 2025: no whole; 7.6 / 114.7.
        assertEquals(new BigDecimal("6.63"), shares.get("2025年|value_added.primary|share"));
    }

    @Test
    void printsTheSharesAndNotesEveryPeriodWhosePartsDoNotAddUp() {
        ChartData data = SampleCharts.gdpStructure();
        List<String> texts = RENDERER.texts(data);
        assertTrue(texts.containsAll(List.of("7.2%", "48.0%", "46.4%", "第一产业增加值", "第二产业增加值", "第三产业增加值",
                StructurePlot.REST_NAME)), texts.toString());
        String notes = ChartTexts.notesLine(data);
        assertTrue(notes.contains("2023年各部分之和小于地区生产总值，差额以灰色表示"), notes);
        assertTrue(notes.contains("2024年各部分之和大于地区生产总值，占比按各部分之和计算"), notes);
        assertTrue(notes.contains("2025年地区生产总值未见报道，占比按各部分之和计算"), notes);
        assertTrue(ChartTexts.subtitle(data, ChartTexts.scale(data)).startsWith("单位：%"));
        for (String text : texts) {
            assertEquals(-1, ChartRendererTest.FONTS.require().regular().canDisplayUpTo(text), text);
        }
    }

    @Test
    void aShareTooThinForItsTextIsNotPrintedOnASmallChart() {
        ChartData data = SampleCharts.gdpStructure();
        CategoryPlot small = (CategoryPlot) RENDERER.chart(data, RENDERER.layout(320, 200)).getPlot();
        CategoryPlot large = (CategoryPlot) RENDERER.chart(data, RENDERER.layout(1200, 675)).getPlot();
        var d = small.getDataset();
        int primary = d.getRowIndex("第一产业增加值");
        assertEquals(null, small.getRenderer().getItemLabelGenerator(primary, 0).generateLabel(d, primary, 0),
                "7 % of a 110-pixel bar is too thin for its text");
        assertEquals("7.2%", large.getRenderer().getItemLabelGenerator(primary, 0).generateLabel(large.getDataset(), primary, 0));
    }

    @Test
    void theSvgCarriesTheTitleAndTheNotes() {
        String svg = new String(RENDERER.svg(SampleCharts.gdpStructure(), 1200, 675), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<title>2021—2025年鹰潭市地区生产总值构成</title>"), svg.substring(0, 400));
        assertTrue(svg.contains("2023年各部分之和小于地区生产总值"), svg.substring(0, 600));
        assertFalse(svg.contains("<text"), "drawn text stays outlines");
    }

    @Test
    void theCsvListsEveryLevelAndShare() {
        ChartData data = SampleCharts.gdpStructure();
        List<List<Object>> rows = new ChartCsv(data).csvRows();
        assertEquals(data.points().size(), rows.size());
        assertTrue(rows.contains(List.of("value_added.primary", "第一产业增加值", "360600", "2021年",
                io.zhibiao.extract.PeriodType.YEAR, java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 12, 31),
                io.zhibiao.extract.Kind.ACTUAL, io.zhibiao.extract.Qualifier.EXACT, "67.8", "", "亿元", "6780000000", "", "元")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("value_added.primary") && r.get(1).equals("第一产业增加值占比（由总量计算）")
                && r.get(9).equals("7.22") && r.get(11).equals("%")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("gdp") && r.get(1).equals("地区生产总值未列明部分占比（由总量计算）")
                && r.get(3).equals("2023年")), rows.toString());
    }
}
