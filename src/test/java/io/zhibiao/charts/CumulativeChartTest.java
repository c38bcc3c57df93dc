package io.zhibiao.charts;

import static io.zhibiao.charts.ChartRendererTest.RENDERER;
import static io.zhibiao.charts.ChartRendererTest.preview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CumulativeChartTest {

    @ParameterizedTest
    @CsvSource({ "320, 200", "1200, 675", "3000, 2000" })
    void drawsBarsPerMonthAndTheCumulativeGrowthLineOnASecondAxis(int width, int height) throws IOException {
        ChartData data = SampleCharts.retailCumulative();
        byte[] png = RENDERER.render(data, width, height, 1);
        preview(data, width + "x" + height, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        assertTrue(Pixels.share(image, 0.05, 0.2, 0.9, 0.9, Pixels.near(LevelGrowthPlot.BAR, 40)) > 0.03, "bars per month");
        assertTrue(Pixels.share(image, 0.05, 0.15, 0.9, 0.9, Pixels::reddish) > 0.002, "a line for the growth");
        assertTrue(Pixels.share(image, 0.9, 0.15, 1.0, 0.85, Pixels::reddish) > 0.002, "a growth axis on the right");
    }

    @Test
    void aMonthWithoutAFigureIsAnEmptySlotAndTheLineBreaksThere() {
        CategoryPlot plot = (CategoryPlot) RENDERER.chart(SampleCharts.retailCumulative(), RENDERER.layout(1200, 675)).getPlot();
        CategoryDataset bars = plot.getDataset(0);
        CategoryDataset line = plot.getDataset(1);
        assertEquals(List.of("1-2月", "1-3月", "1-4月", "1-5月", "1-6月", "1-7月", "1-8月", "1-9月"), bars.getColumnKeys());
        assertNull(bars.getValue("level", "1-5月"), "1-5月 is not reported: no bar");
        assertNull(line.getValue("growth", "1-5月"));
        assertNull(line.getValue("growth", "1-7月"), "no growth stated for 1-7月: the line breaks");
        assertEquals(276.9, bars.getValue("level", "1-9月").doubleValue(), 1e-9, "in 亿元");
        assertEquals(4.5, line.getValue("growth", "1-9月").doubleValue(), 1e-9);
        assertEquals("%", plot.getRangeAxis(1).getLabel());
        assertEquals("亿元", plot.getRangeAxis(0).getLabel());
    }

    @Test
    void gapsInTheBarsAreVisibleInThePixels() throws IOException {
        ChartData data = SampleCharts.retailCumulative();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(RENDERER.render(data, 1200, 675, 1)));
        CategoryPlot plot = (CategoryPlot) RENDERER.chart(data, RENDERER.layout(1200, 675)).getPlot();
        var info = new org.jfree.chart.ChartRenderingInfo();
        RENDERER.chart(data, RENDERER.layout(1200, 675)).createBufferedImage(1200, 675, info);
        var area = info.getPlotInfo().getDataArea();
        double x4 = plot.getDomainAxis().getCategoryMiddle(3, 8, area, plot.getDomainAxisEdge());
        double x6 = plot.getDomainAxis().getCategoryMiddle(4, 8, area, plot.getDomainAxisEdge());
        // Low in the plot, where every reported month has its bar: 1-6月 is blue, 1-5月 (missing) is not.
        int y = (int) (area.getMaxY() - 10);
        assertTrue(Pixels.near(LevelGrowthPlot.BAR, 40).test(new java.awt.Color(image.getRGB((int) x6, y))), "1-6月 has a bar");
        assertFalse(Pixels.near(LevelGrowthPlot.BAR, 40).test(new java.awt.Color(image.getRGB((int) x4, y))), "1-5月 is a gap");
    }

    @Test
    void labelsTheRatesAndNotesTheMissingMonths() {
        ChartData data = SampleCharts.retailCumulative();
        List<String> texts = RENDERER.texts(data);
        assertTrue(texts.containsAll(List.of("5.8%", "4.5%", "276.9", "2025年鹰潭市社会消费品零售总额逐月累计及增长速度")), texts.toString());
        String notes = ChartTexts.notesLine(data);
        assertTrue(notes.contains("1-5月累计值未见报道，留空"), notes);
        assertTrue(notes.contains("增速为报道的累计同比增速"), notes);
        assertTrue(ChartTexts.subtitle(data, ChartTexts.scale(data)).startsWith("单位：亿元（柱）、%（线）　口径：2025年1-N月累计"));
        for (String text : texts) {
            assertEquals(-1, ChartRendererTest.FONTS.require().regular().canDisplayUpTo(text), text);
        }
    }

    @Test
    void theSvgCarriesTheTitleAndTheGapNote() {
        String svg = new String(RENDERER.svg(SampleCharts.retailCumulative(), 1200, 675), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<title>2025年鹰潭市社会消费品零售总额逐月累计及增长速度</title>"), svg.substring(0, 400));
        assertTrue(svg.contains("1-5月累计值未见报道"), svg.substring(0, 600));
        assertFalse(svg.contains("<text"));
    }

    @Test
    void theCsvListsEveryTotalAndRate() {
        ChartData data = SampleCharts.retailCumulative();
        List<List<Object>> rows = new ChartCsv(data).csvRows();
        assertEquals(data.points().size(), rows.size());
        assertEquals(List.of("retail_sales", "社会消费品零售总额", "360600", "2025年1-2月累计"), rows.get(0).subList(0, 4));
        assertEquals("61.2", rows.get(0).get(9));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("retail_sales.yoy") && r.get(3).equals("2025年1-9月累计")
                && r.get(9).equals("4.5") && r.get(11).equals("%")), rows.toString());
    }
}
