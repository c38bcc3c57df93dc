package io.zhibiao.charts;

import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the sample charts into a folder; run in a child JVM by {@link FontIndependenceTest}. */
final class RenderSample {

    private RenderSample() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        ChartRenderer renderer = new ChartRenderer(new ChartFonts());
        int i = 0;
        for (ChartData data : FontIndependenceTest.samples()) {
            Files.write(out.resolve("sample-" + i + ".png"), renderer.render(data, 900, 500, 1));
            i++;
        }
        System.out.println("rendered " + i);
    }
}
