package io.zhibiao.charts;

import static io.zhibiao.charts.ChartRendererTest.RENDERER;
import static io.zhibiao.charts.ChartRendererTest.preview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingChartTest {

    @ParameterizedTest
    @CsvSource({ "3, 320, 200", "3, 1200, 675", "30, 1200, 675", "30, 1200, 900", "30, 3000, 2000" })
    void drawsEveryRegionAsAHorizontalBarWithTheHighlightAndTheReference(int regions, int width, int height) throws IOException {
        ChartData data = SampleCharts.countiesRanked(regions);
        byte[] png = RENDERER.render(data, width, height, 1);
        preview(data, regions + "-" + width + "x" + height, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertTrue(near(image, RankingPlot.BAR) > 0.01, "the regions' bars");
        assertTrue(near(image, RankingPlot.HIGHLIGHT) > 0.0005, "the highlighted region");
        assertTrue(reddish(image) > 0.0002, "the reference line");
    }

    @Test
    void thirtyRegionsStayLegibleAtTheDefaultSize() {
        ChartRenderer.Layout layout = RENDERER.layout(1200, 675);
        assertTrue(RankingPlot.textSize(30, layout) >= 9, "region names at 9 px or more: " + RankingPlot.textSize(30, layout));
        assertEquals(layout.label(), RankingPlot.textSize(3, layout), "three regions keep the full size");
        CategoryPlot plot = (CategoryPlot) RENDERER.chart(SampleCharts.countiesRanked(30), layout).getPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        assertEquals(30, plot.getDataset().getColumnCount(), "every region, none dropped");
        assertEquals("章贡", plot.getDataset().getColumnKey(0), "the largest first (on top)");
    }

    @Test
    void theParentsValueIsTheReferenceLineAndIsNamed() {
        ChartData data = SampleCharts.countiesRanked(3);
        CategoryPlot plot = (CategoryPlot) RENDERER.chart(data, RENDERER.layout(1200, 675)).getPlot();
        ValueMarker marker = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(6.0, marker.getValue(), 1e-9);
        assertEquals("赣州 6", marker.getLabel());
        assertTrue(ChartTexts.notesLine(data).contains("虚线为赣州市水平"), ChartTexts.notesLine(data));
        assertTrue(ChartTexts.notesLine(data).contains("橙色为赣县"), ChartTexts.notesLine(data));
    }

    @Test
    void withoutTheParentsValueTheReferenceIsTheChildrensAverage() {
        List<ChartPoint> children = SampleCharts.countiesRanked(3).points().subList(0, 3);
        ChartPoint average = RankingPlot.average(children, "360700");
        assertEquals(0, average.value().compareTo(new java.math.BigDecimal("9.25")), average.value().toPlainString());
        assertEquals(ChartPoint.Role.AVERAGE, average.role());
    }

    @Test
    void theCsvListsTheBarsAndTheReference() {
        ChartData data = SampleCharts.countiesRanked(3);
        List<List<Object>> rows = new ChartCsv(data).csvRows();
        assertEquals(4, rows.size());
        assertEquals("赣州", rows.get(3).get(3));
        String svg = new String(RENDERER.svg(data, 1200, 675), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<title>赣州市各地社会消费品零售总额增速排序（2025年）</title>"), svg.substring(0, 300));
    }

    private static double reddish(BufferedImage image) {
        return Pixels.share(image, 0, 0, 1, 1, Pixels::reddish);
    }

    private static double near(BufferedImage image, Color colour) {
        return Pixels.share(image, 0, 0, 1, 1, Pixels.near(colour, 60));
    }
}
