package io.zhibiao.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.zhibiao.extract.PeriodType;
import io.zhibiao.series.DisplayUnit;
import io.zhibiao.series.PeriodLabels;

class ChartRendererTest {

    static final ChartFonts FONTS = new ChartFonts();
    static final ChartRenderer RENDERER = new ChartRenderer(FONTS);
    static final Path PREVIEW = Path.of("target", "chart-previews");

    static Stream<ChartData> samples() {
        return Stream.of(SampleCharts.loansLine(), SampleCharts.annualWithGapAndYearToDate(), SampleCharts.enrolmentTargets(),
                SampleCharts.districtsCompared(), SampleCharts.monthly());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void drawsAPngOfTheAskedSizeThatIsNotBlank(ChartData data) throws IOException {
        byte[] png = RENDERER.render(data, 1200, 675, 1);
        preview(data, "1200x675", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(675, image.getHeight());
        assertTrue(Pixels.colouredShare(image, 0.05, 0.15, 0.95, 0.85) > 0.002, "the plot area should hold coloured data marks");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSmallestDocumentedSizeStillShowsThePlot(ChartData data) throws IOException {
        byte[] png = RENDERER.render(data, ChartRenderer.MIN_WIDTH, ChartRenderer.MIN_HEIGHT, 1);
        preview(data, "320x200", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(320, image.getWidth());
        assertTrue(Pixels.colouredShare(image, 0.05, 0.25, 0.95, 0.8) > 0.004, "the data marks should take a visible share");
    }

    @ParameterizedTest
    @CsvSource({ "320, 200", "640, 360", "1200, 675", "3000, 2000" })
    void valueAxesKeepAtMostEightTicksAtAnySize(int width, int height) {
        samples().forEach(data -> {
            JFreeChart chart = RENDERER.chart(data, RENDERER.layout(width, height));
            NumberAxis axis = (NumberAxis) (chart.getPlot() instanceof XYPlot xy ? xy.getRangeAxis()
                    : ((CategoryPlot) chart.getPlot()).getRangeAxis());
            double ticks = axis.getRange().getLength() / axis.getTickUnit().getSize();
            assertTrue(ticks <= 8.01, data.title() + " at " + width + "x" + height + ": " + ticks + " value ticks");
            if (chart.getPlot() instanceof XYPlot xy) {
                DateAxis time = (DateAxis) xy.getDomainAxis();
                double years = time.getRange().getLength() / (365.25 * 86_400_000.0);
                double unitYears = time.getTickUnit().getUnitType() == org.jfree.chart.axis.DateTickUnitType.YEAR
                        ? time.getTickUnit().getMultiple() : time.getTickUnit().getMultiple() / 12.0;
                assertTrue(years / unitYears <= 8.5, data.title() + ": " + years / unitYears + " time ticks");
            }
        });
    }

    @Test
    void theLargestSizeIsDrawnInProportion() throws IOException {
        ChartData data = SampleCharts.annualWithGapAndYearToDate();
        byte[] png = RENDERER.render(data, 3000, 2000, 1);
        preview(data, "3000x2000", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(3000, image.getWidth());
        assertTrue(Pixels.colouredShare(image, 0.05, 0.15, 0.95, 0.85) > 0.002, "lines and markers scale with the chart");
    }

    @Test
    void fontsGrowWithTheChart() {
        assertTrue(RENDERER.layout(3000, 2000).title() > 2 * RENDERER.layout(1200, 675).title());
        assertTrue(RENDERER.layout(320, 200).tick() >= 9, "ticks stay legible on the smallest chart");
    }

    @Test
    void aYearToDateTotalIsItsOwnLineAndAMissingYearAGap() {
        ChartData data = SampleCharts.annualWithGapAndYearToDate();
        XYPlot plot = (XYPlot) RENDERER.chart(data, RENDERER.layout(1200, 675)).getPlot();
        XYDataset lines = plot.getDataset();
        assertEquals(2, lines.getSeriesCount(), "annual values and 1-9月 totals are two lines");
        // 2019, 2020, gap, 2022, 2023
        assertEquals(5, lines.getItemCount(0));
        assertTrue(Double.isNaN(lines.getYValue(0, 2)), "2021 is missing: the line breaks there");
        assertEquals(2, lines.getItemCount(1));
        ValueAxis time = plot.getDomainAxis();
        assertTrue(time instanceof DateAxis, "points sit on a time axis");
    }

    @Test
    void scaleMultipliesThePixelsNotTheLayout() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(RENDERER.render(SampleCharts.loansLine(), 600, 400, 2)));
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
    }

    @Test
    void drawsAnSvgWithTextAsOutlinesTheSameEveryTime() throws IOException {
        byte[] svg = RENDERER.svg(SampleCharts.enrolmentTargets(), 1200, 675);
        preview(SampleCharts.enrolmentTargets(), "svg", svg);
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg"), text.substring(0, 80));
        assertTrue(!text.contains("<text"), "text is drawn as outlines, needing no font where it is opened");
        assertArrayEquals(svg, RENDERER.svg(SampleCharts.enrolmentTargets(), 1200, 675));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theFontShowsEveryCharacterOfTitleAndLabels(ChartData data) {
        for (String text : RENDERER.texts(data)) {
            assertEquals(-1, FONTS.require().regular().canDisplayUpTo(text), () -> "font cannot show '" + text + "'");
        }
    }

    @Test
    void sameDataGivesTheSameBytes() {
        assertArrayEquals(RENDERER.render(SampleCharts.enrolmentTargets(), 900, 500, 1),
                RENDERER.render(SampleCharts.enrolmentTargets(), 900, 500, 1));
    }

    @Test
    void labelsCarryTheirQualifierAndTheScale() {
        DisplayUnit yi = unit("money_cny", "亿元", "22473000000");
        assertEquals("亿元", yi.unit());
        assertEquals("224.73", ChartTexts.valueLabel(SampleCharts.actual(2025, "22473000000"), yi));
        assertEquals("约210", ChartTexts.valueLabel(SampleCharts.year(2024, "actual", "21000000000", null, "approx"), yi));
        DisplayUnit persons = unit("person", "名", "2000");
        assertEquals("人", persons.unit());
        assertEquals("≥1,500", ChartTexts.valueLabel(SampleCharts.year(2027, "target", "1500", null, "at_least"), persons));
        assertEquals("300–500", ChartTexts.valueLabel(SampleCharts.year(2026, "target", "300", "500", "range"), persons));
        assertEquals("万人次", unit("person_time", "万人次", "160000").unit());
        assertEquals("万元", unit("money_cny", "万元", "50000000").unit());
        assertEquals("万个", unit("count", "万个", "-52000").unit()); // a count keeps its measure word, without 万
        assertEquals("%", unit("percent", "%", "12000").unit());
    }

    /** The unit a chart of one point of {@code value} in {@code written} shows, as the renderer picks it. */
    private static DisplayUnit unit(String unitClass, String written, String value) {
        return ChartTexts.scale(SampleCharts.series("样例", "line", unitClass, written,
                List.of(SampleCharts.actual(2025, value)), List.of()));
    }

    @ParameterizedTest
    @CsvSource({
            "year, 2025-01-01, 2025-12-31, 2025年",
            "ytd, 2025-01-01, 2025-09-30, 2025年1-9月累计",
            "span, 2021-01-01, 2025-12-31, 2021-2025年",
            "month, 2026-01-01, 2026-01-31, 2026年1月",
            "quarter, 2025-07-01, 2025-09-30, 2025年第3季度",
            "asof, 2025-01-01, 2025-12-31, 2025年末",
            "asof, 2025-01-01, 2025-11-30, 2025年11月末" })
    void namesPeriodsTheChineseWayByTheirType(String type, LocalDate start, LocalDate end, String label) {
        assertEquals(label, PeriodLabels.of(PeriodType.fromCode(type), start, end));
    }

    @Test
    void niceStepsAreOneTwoTwoAndAHalfOrFive() {
        assertEquals(50, ChartAxes.niceStep(41));
        assertEquals(2.5, ChartAxes.niceStep(2.1));
        assertEquals(1000, ChartAxes.niceStep(1000));
    }

    @Test
    void theYearToDateLabelAndTheLastPeriodEndAreDrawn() {
        var texts = RENDERER.texts(SampleCharts.annualWithGapAndYearToDate());
        assertTrue(texts.contains("2025年1-9月累计"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("数据截至2025年9月30日")), texts.toString());
    }

    static void preview(ChartData data, String size, byte[] bytes) throws IOException {
        Files.createDirectories(PREVIEW);
        // ASCII names: a machine in the POSIX locale cannot name files in Chinese.
        Files.write(PREVIEW.resolve(data.kind() + "-" + Math.abs(data.title().hashCode()) + "-" + size
                + (size.equals("svg") ? ".svg" : ".png")), bytes);
    }
}
