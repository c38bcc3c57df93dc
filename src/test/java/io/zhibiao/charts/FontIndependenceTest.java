package io.zhibiao.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Charts come out the same on a machine without a single font as on one full of them: the same sample
 * charts are rendered here and in a child JVM whose fontconfig sees no font at all, byte for byte.
 */
class FontIndependenceTest {

    static final Path WORK = Path.of("target", "font-independence");

    static List<ChartData> samples() {
        return List.of(SampleCharts.loansLine(), SampleCharts.annualWithGapAndYearToDate(), SampleCharts.enrolmentTargets(), SampleCharts.districtsCompared());
    }

    @Test
    void aMachineWithoutFontsRendersTheSameBytes() throws Exception {
        Path withoutFonts = WORK.resolve("without-fonts");
        String log = renderInChild(withoutFonts, noFontsEnvironment());

        ChartRenderer here = new ChartRenderer(new ChartFonts());
        List<ChartData> samples = samples();
        for (int i = 0; i < samples.size(); i++) {
            byte[] expected = here.render(samples.get(i), 900, 500, 1);
            byte[] child = Files.readAllBytes(withoutFonts.resolve("sample-" + i + ".png"));
            assertArrayEquals(expected, child, "sample " + i + " differs without system fonts; child said:\n" + log);
        }
    }

    @Test
    void theEmptyFontconfigReallyHidesEveryFont() throws Exception {
        var pb = new ProcessBuilder("fc-list").redirectErrorStream(true);
        pb.environment().putAll(noFontsEnvironment());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            Assumptions.abort("fc-list is not installed: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals("", out.strip(), "fc-list with the empty configuration should list no font");
    }

    /** A fontconfig configuration that names no font directory: a process using it sees no system font at all. */
    static Map<String, String> noFontsEnvironment() throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("no-fonts").toAbsolutePath());
        Path config = dir.resolve("fonts.conf");
        Files.writeString(config, "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>" + dir.resolve("cache")
                + "</cachedir></fontconfig>\n");
        return Map.of("FONTCONFIG_FILE", config.toString(), "FONTCONFIG_PATH", dir.toString());
    }

    private static String renderInChild(Path out, Map<String, String> env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var pb = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                RenderSample.class.getName(), out.toAbsolutePath().toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process child = pb.start();
        String log = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM should finish");
        assertEquals(0, child.exitValue(), "the child JVM failed:\n" + log);
        assertTrue(new File(out.toFile(), "sample-0.png").isFile(), log);
        return log;
    }
}
