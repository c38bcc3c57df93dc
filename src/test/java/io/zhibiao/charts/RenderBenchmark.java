package io.zhibiao.charts;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Median time to render one chart after warm-up; run by bench/charts/render-bench.sh, skipped otherwise. */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RenderBenchmark {

    static final int WARM_UP = 100;
    static final int RUNS = 300;

    @Test
    void medianRenderTimeOfOneChart() {
        ChartRenderer renderer = new ChartRenderer(new ChartFonts());
        for (ChartData data : new ChartData[] { SampleCharts.loansLine(), SampleCharts.enrolmentTargets(),
                SampleCharts.gdpWithGrowth(), SampleCharts.countiesRanked(30), SampleCharts.gdpStructure(),
                SampleCharts.retailCumulative() }) {
            for (int i = 0; i < WARM_UP; i++) {
                renderer.render(data, 1200, 675, 1);
            }
            long[] nanos = new long[RUNS];
            int bytes = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                bytes = renderer.render(data, 1200, 675, 1).length;
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("RENDER %s (%s, 1200x675, %d bytes): median %.1f ms, p90 %.1f ms over %d runs after %d warm-up%n",
                    data.fileName(), data.type(), bytes, nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6, RUNS, WARM_UP);
        }
    }
}
