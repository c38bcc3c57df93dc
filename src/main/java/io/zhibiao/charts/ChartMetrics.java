package io.zhibiao.charts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The one timer of chart drawing, by who asked for it (pre-rendering, a request on demand, a stored chart's first SVG). */
final class ChartMetrics {

    private ChartMetrics() {
    }

    static Timer renderTimer(MeterRegistry metrics, String kind) {
        return Timer.builder("zhibiao.charts.render").tag("kind", kind)
                .description("Time to draw one chart (prerender: PNG and CSV; on_demand: one image; svg_on_first_request: a stored chart's SVG)")
                .register(metrics);
    }
}
