package io.zhibiao.charts;

import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The SVG of a pre-rendered chart, drawn on its first request and stored then, rather than in every pass: it was a
 * quarter of a pass's drawing time, for a format asked for far less often than the PNG. It is drawn from the data the
 * chart shows now: where that is still the data its PNG was drawn from (the usual case), the SVG is stored beside it and
 * has its ETag; where the data changed and the pass that redraws the PNG has not come yet, the SVG shows the new data
 * under the ETag the chart will have once redrawn, and is not stored (the redraw empties the column anyway). Drawn on
 * the {@link RenderGate}'s threads, like every other render on request: a flood of first requests answers 503 with
 * Retry-After rather than taking every core.
 */
@ApplicationScoped
class StoredSvgs {

    private final ChartStore store;
    private final ChartSpecs specs;
    private final ChartQueries queries;
    private final ChartRenderer renderer;
    private final ChartFonts fonts;
    private final RenderGate gate;
    private final Timer renderTime;

    StoredSvgs(ChartStore store, ChartSpecs specs, ChartQueries queries, ChartRenderer renderer, ChartFonts fonts,
            RenderGate gate, MeterRegistry metrics) {
        this.store = store;
        this.specs = specs;
        this.queries = queries;
        this.renderer = renderer;
        this.fonts = fonts;
        this.gate = gate;
        this.renderTime = ChartMetrics.renderTimer(metrics, "svg_on_first_request");
    }

    /** The SVG of a stored chart, drawn now if it was not yet; empty if no chart has the key (or its data is gone). */
    Optional<ChartStore.Stored> svg(String key) {
        Optional<ChartStore.SvgRow> found = store.svgRow(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ChartStore.SvgRow row = found.get();
        if (row.drawn()) {
            return Optional.of(stored(row, row.etag(), row.svg()));
        }
        Optional<ChartDef> def = def(row);
        Optional<ChartData> data = def.flatMap(queries::data);
        if (data.isEmpty()) {
            return Optional.empty(); // the data no longer supports the chart: the pass under way removes it
        }
        fonts.require();
        ChartSpec spec = def.get().spec();
        byte[] svg = gate.run(() -> renderTime.record(() -> renderer.svg(data.get(), spec.width(), spec.height())));
        String hash = data.get().hash();
        if (hash.equals(row.dataHash())) {
            store.saveSvg(key, hash, svg);
            return Optional.of(stored(row, row.etag(), svg));
        }
        return Optional.of(stored(row, Prerenderer.etag(hash), svg));
    }

    /** The chart a stored row is, from its spec, indicator and region (the region charted is the first stored). */
    private Optional<ChartDef> def(ChartStore.SvgRow row) {
        return specs.all().stream().filter(s -> s.name().equals(row.spec()))
                .map(s -> ChartDef.of(s, row.indicator(), row.region())).filter(d -> d.key().equals(row.key())).findFirst();
    }

    private static ChartStore.Stored stored(ChartStore.SvgRow row, String etag, byte[] svg) {
        return new ChartStore.Stored(row.key(), row.fileName(), ChartResponses.etag(etag, "svg"), svg);
    }
}
