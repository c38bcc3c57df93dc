package io.zhibiao.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChartRendererTest {

    static final ChartFonts FONTS = new ChartFonts();
    static final ChartRenderer RENDERER = new ChartRenderer(FONTS);
    static final Path PREVIEW = Path.of("target", "chart-previews");

    static Stream<ChartData> samples() {
        return Stream.of(SampleCharts.loansLine(), SampleCharts.enrolmentTargets(), SampleCharts.districtsCompared());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void drawsAPngOfTheAskedSizeThatIsNotBlank(ChartData data) throws IOException {
        byte[] png = RENDERER.render(data, 1200, 675, 1);
        Files.createDirectories(PREVIEW);
        // ASCII names: a machine in the POSIX locale cannot name files in Chinese.
        Files.write(PREVIEW.resolve("sample-" + Math.abs(data.fileName().hashCode()) + ".png"), png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(675, image.getHeight());
        assertTrue(Pixels.colouredShare(image, 0.05, 0.15, 0.95, 0.85) > 0.002, "the plot area should hold coloured data marks");
    }

    @Test
    void scaleMultipliesThePixelsNotTheLayout() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(RENDERER.render(SampleCharts.loansLine(), 600, 400, 2)));
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
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
        UnitScale yi = UnitScale.of("money_cny", "亿元", new BigDecimal("22473000000"));
        assertEquals("亿元", yi.label());
        assertEquals("224.73", ChartRenderer.valueLabel(SampleCharts.actual("2025年", "22473000000"), yi));
        assertEquals("约210", ChartRenderer.valueLabel(SampleCharts.point("2024年", "actual", "21000000000", null, "approx"), yi));
        UnitScale persons = UnitScale.of("person", "名", new BigDecimal("2000"));
        assertEquals("人", persons.label());
        assertEquals("≥1,500", ChartRenderer.valueLabel(SampleCharts.point("2027年", "target", "1500", null, "at_least"), persons));
        assertEquals("300–500", ChartRenderer.valueLabel(SampleCharts.point("2026年", "target", "300", "500", "range"), persons));
        assertEquals("万人次", UnitScale.of("person_time", "万人次", new BigDecimal("160000")).label());
        assertEquals("万元", UnitScale.of("money_cny", "万元", new BigDecimal("50000000")).label());
    }

    @Test
    void namesPeriodsTheChineseWay() {
        assertEquals("2025年", PeriodLabels.of(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31)));
        assertEquals("2025年1-11月", PeriodLabels.of(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 11, 30)));
        assertEquals("2021-2025年", PeriodLabels.of(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2025, 12, 31)));
        assertEquals("2026年1月", PeriodLabels.of(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 31)));
    }
}
