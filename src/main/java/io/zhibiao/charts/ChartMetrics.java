package io.zhibiao.charts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The one timer of chart drawing, by who asked for it (pre-rendering or a request on demand). */
final class ChartMetrics {

    private ChartMetrics() {
    }

    static Timer renderTimer(MeterRegistry metrics, String kind) {
        return Timer.builder("zhibiao.charts.render").tag("kind", kind)
                .description("Time to draw one chart (pre-rendering: PNG, SVG and CSV; on demand: one image)")
                .register(metrics);
    }
}
