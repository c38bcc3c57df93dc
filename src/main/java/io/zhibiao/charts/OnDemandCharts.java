package io.zhibiao.charts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zhibiao.system.DataVersion;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Charts rendered on request through the {@link RenderGate}, kept in memory (up to a byte budget) by their
 * parameters and the data version they were drawn from.
 */
@ApplicationScoped
class OnDemandCharts {

    /**
     * Validated parameters of one on-demand chart; format is png, svg or csv; asOf null for today; highlight the child
     * region a ranking marks, or null; year the year of a cumulative chart, or null for the latest.
     */
    record Request(String indicator, String region, String type, int width, int height, int scale, String format,
            LocalDate asOf, String highlight, Integer year) {
    }

    /** Rendered bytes with their ETag and download name. */
    record Rendered(byte[] bytes, String etag, String fileName) {
    }

    private final ChartQueries queries;
    private final ChartRenderer renderer;
    private final ChartFonts fonts;
    private final DataVersion dataVersion;
    private final RenderGate gate;
    private final Timer renderTime;
    private final long cacheBytes;
    private final LinkedHashMap<String, Rendered> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;

    OnDemandCharts(ChartQueries queries, ChartRenderer renderer, ChartFonts fonts, DataVersion dataVersion,
            RenderGate gate, ChartsConfig config, MeterRegistry metrics) {
        this.renderTime = ChartMetrics.renderTimer(metrics, "on_demand");
        this.queries = queries;
        this.renderer = renderer;
        this.fonts = fonts;
        this.dataVersion = dataVersion;
        this.gate = gate;
        this.cacheBytes = config.onDemandCacheBytes();
    }

    Rendered render(Request r) {
        fonts.require();
        // A new data version makes every old entry unreachable; the byte budget drops them in time.
        String cacheKey = String.join("|", r.indicator(), r.region(), r.type(), String.valueOf(r.width()),
                String.valueOf(r.height()), String.valueOf(r.scale()), r.format(), String.valueOf(r.asOf()), String.valueOf(r.highlight()), String.valueOf(r.year()), String.valueOf(dataVersion.current()),
                ChartRenderer.VERSION);
        synchronized (cache) {
            Rendered hit = cache.get(cacheKey);
            if (hit != null) {
                return hit;
            }
        }
        ChartData data = queries.onDemand(r.indicator(), r.region(), r.type(), r.asOf(), r.highlight(), r.year())
                .orElseThrow(() -> ProblemException.notFound(missing(r)));
        byte[] bytes = switch (r.format()) {
            case "csv" -> new ChartCsv(data).bytes();
            case "svg" -> gate.run(() -> renderTime.record(() -> renderer.svg(data, r.width(), r.height())));
            default -> gate.run(() -> renderTime.record(() -> renderer.render(data, r.width(), r.height(), r.scale())));
        };
        Rendered rendered = new Rendered(bytes, "\"" + ChartData.sha256(cacheKey + "|" + data.hash()).substring(0, 32) + "\"",
                data.fileName());
        remember(cacheKey, rendered);
        return rendered;
    }

    /** What a chart without data lacks, in the words of its type. */
    private static String missing(Request r) {
        return switch (r.type()) {
            case StructurePlot.KIND -> "No period of indicator '" + r.indicator() + "' for region " + r.region()
                    + " has its parts (" + String.join(", ", BulletinLinks.partsOf(r.indicator())) + ") reported";
            case CumulativePlot.KIND -> "No 1-N月 (year-to-date) values of indicator '" + r.indicator() + "' for region "
                    + r.region() + (r.year() == null ? "" : " in " + r.year());
            default -> "No observations of indicator '" + r.indicator() + "' for region " + r.region();
        };
    }

    private void remember(String key, Rendered rendered) {
        long size = rendered.bytes().length;
        if (size > cacheBytes / 4) {
            return; // one huge image must not push out everything else
        }
        synchronized (cache) {
            Rendered previous = cache.put(key, rendered);
            cachedBytes += size - (previous == null ? 0 : previous.bytes().length);
            var eldest = cache.entrySet().iterator();
            while (cachedBytes > cacheBytes && eldest.hasNext()) {
                Map.Entry<String, Rendered> e = eldest.next();
                cachedBytes -= e.getValue().bytes().length;
                eldest.remove();
            }
        }
    }
}
