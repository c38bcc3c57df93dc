package io.zhibiao.charts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A chart whose values include one an editor corrected says so in its source line; others read as before. */
class CorrectedSourceLineTest {

    @Test
    void theSourceLineSaysWhenAValueWasCorrected() {
        ChartData plain = SampleCharts.loansLine();
        ChartSource first = plain.sources().get(0);
        ChartData corrected = plain.with(plain.points(), ChartSource.merged(java.util.stream.Stream.concat(
                plain.sources().stream(), java.util.stream.Stream.of(
                        new ChartSource(first.title(), first.source(), first.published(), true)))));
        assertTrue(corrected.sources().size() == plain.sources().size(), "one entry per article: " + corrected.sources());
        String line = ChartTexts.sourcesLine(corrected, Integer.MAX_VALUE, null);
        assertTrue(line.startsWith("来源：") && line.endsWith("部分数据经人工核校）"), line);
        assertFalse(ChartTexts.sourcesLine(plain, Integer.MAX_VALUE, null).contains("核校"));
        assertNotEquals(plain.hash(), corrected.hash(), "a correction renders the chart again");
        // Narrow charts still end the line with it.
        String narrow = ChartTexts.sourcesLine(corrected, 200, s -> s.length() * 12.0);
        assertTrue(narrow.endsWith(ChartTexts.CORRECTED), narrow);
        // The line is drawn (as glyph outlines): the two charts differ only there.
        String svg = new String(ChartRendererTest.RENDERER.svg(corrected, 800, 500), StandardCharsets.UTF_8);
        String plainSvg = new String(ChartRendererTest.RENDERER.svg(plain, 800, 500), StandardCharsets.UTF_8);
        assertNotEquals(plainSvg, svg, "the drawn chart carries the note");
        List.of(plain, corrected).forEach(d -> assertTrue(d.sources().size() > 0));
    }
}
