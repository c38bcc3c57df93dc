package io.zhibiao.charts;

import static io.zhibiao.charts.ChartRendererTest.RENDERER;
import static io.zhibiao.charts.ChartRendererTest.preview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelGrowthChartTest {

    @ParameterizedTest
    @CsvSource({ "320, 200", "1200, 675", "3000, 2000" })
    void drawsBarsForTheLevelAndALineForItsGrowthOnASecondAxis(int width, int height) throws IOException {
        ChartData data = SampleCharts.gdpWithGrowth();
        byte[] png = RENDERER.render(data, width, height, 1);
        preview(data, width + "x" + height, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertTrue(share(image, LevelGrowthPlot.BAR, 0.05, 0.2, 0.9, 0.9) > 0.03, "bars for the level");
        assertTrue(reddish(image, 0.05, 0.15, 0.9, 0.9) > 0.002, "a line for the growth");
        // The second axis: its tick labels (and unit) are drawn in the growth colour at the right edge.
        assertTrue(reddish(image, 0.9, 0.15, 1.0, 0.85) > 0.002, "a growth axis on the right");
        assertEquals(0, reddish(image, 0.0, 0.15, 0.05, 0.85), "the left axis is the level's");
    }

    @Test
    void theGrowthAxisIsInPercentAndTheLevelAxisInItsUnit() {
        XYPlot plot = (XYPlot) RENDERER.chart(SampleCharts.gdpWithGrowth(), RENDERER.layout(1200, 675)).getPlot();
        assertEquals("亿元", plot.getRangeAxis(0).getLabel());
        assertEquals("%", plot.getRangeAxis(1).getLabel());
        assertEquals(1, plot.getRangeAxisIndex(plot.getRangeAxis(1)));
        assertTrue(plot.getRangeAxis(1).getRange().contains(8.1) && plot.getRangeAxis(1).getRange().contains(3.6));
    }

    @Test
    void aPeriodWithoutAStatedRealGrowthIsAGapNeverComputed() {
        ChartData data = SampleCharts.gdpWithGrowth();
        assertTrue(data.growthRates().stream().noneMatch(p -> p.role() == ChartPoint.Role.COMPUTED_GROWTH),
                "GDP growth is at comparable prices: never computed from current-price levels");
        XYPlot plot = (XYPlot) RENDERER.chart(data, RENDERER.layout(1200, 675)).getPlot();
        XYDataset growth = plot.getDataset(1);
        // 2019, 2020, gap, 2022, 2023
        assertEquals(5, growth.getItemCount(0));
        assertTrue(Double.isNaN(growth.getYValue(0, 2)), "2021 has no stated rate: the line breaks there");
    }

    @Test
    void labelsTheGrowthInPercentAndNotesComparablePrices() {
        List<String> texts = RENDERER.texts(SampleCharts.gdpWithGrowth());
        assertTrue(texts.containsAll(List.of("8.1%", "3.6%", "4.4%", "5.3%")), texts.toString());
        assertTrue(texts.contains("2019—2023年鹰潭市地区生产总值及其增长速度"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("增长速度按可比价格计算")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("单位：亿元（柱）、%（线）")), texts.toString());
        for (String text : texts) {
            assertEquals(-1, ChartRendererTest.FONTS.require().regular().canDisplayUpTo(text), text);
        }
    }

    @Test
    void aNominalGrowthNotStatedIsComputedAndMarked() {
        ChartData data = SampleCharts.retailWithComputedGrowth();
        List<ChartPoint> rates = data.growthRates();
        assertEquals(List.of(ChartPoint.Role.COMPUTED_GROWTH, ChartPoint.Role.COMPUTED_GROWTH, ChartPoint.Role.GROWTH),
                rates.stream().map(ChartPoint::role).toList(), "2021 has no year before; 2024's rate is stated");
        assertEquals("4.2%*", LevelGrowthPlot.growthLabel(rates.get(0)), "32.5 over 31.2 is 4.2 %, starred");
        assertEquals("5.6%", LevelGrowthPlot.growthLabel(rates.get(2)));
        String notes = ChartTexts.notesLine(data);
        assertTrue(notes.contains("由上年同期总量推算"), notes);
        assertFalse(notes.contains("按可比价格计算"), "retail sales grow at current prices: " + notes);
    }

    @Test
    void theSvgCarriesTheChineseTitleAndTheComparablePricesNote() {
        byte[] svg = RENDERER.svg(SampleCharts.gdpWithGrowth(), 1200, 675);
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<title>2019—2023年鹰潭市地区生产总值及其增长速度</title>"), text.substring(0, 400));
        assertTrue(text.contains("按可比价格计算"), text.substring(0, 400));
        assertFalse(text.contains("<text"), "drawn text stays outlines");
    }

    @Test
    void theCsvListsEveryLevelAndRateDrawn() {
        ChartData data = SampleCharts.retailWithComputedGrowth();
        ChartCsv csv = new ChartCsv(data);
        List<List<Object>> rows = csv.csvRows();
        assertEquals(data.points().size(), rows.size());
        assertEquals(List.of("retail_sales", "社会消费品零售总额", "360600", "2021年"), rows.get(0).subList(0, 4));
        assertEquals("312", rows.get(0).get(9), "the level in 亿元 as drawn");
        List<Object> computed = rows.get(4);
        assertEquals("retail_sales.yoy", computed.get(0));
        assertEquals("社会消费品零售总额增速（由总量推算）", computed.get(1));
        assertEquals("2022年", computed.get(3));
        assertEquals(List.of("4.2", "", "%"), computed.subList(9, 12));
        assertEquals("社会消费品零售总额增速", rows.get(6).get(1));
    }

    private static double share(BufferedImage image, Color colour, double x0, double y0, double x1, double y1) {
        return Pixels.share(image, x0, y0, x1, y1, Pixels.near(colour, 40));
    }

    private static double reddish(BufferedImage image, double x0, double y0, double x1, double y1) {
        return Pixels.share(image, x0, y0, x1, y1, Pixels::reddish);
    }
}
