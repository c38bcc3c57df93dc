package io.zhibiao.charts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zhibiao.system.DataVersion;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Charts rendered on request, kept in memory by their parameters and the data version they were drawn from. */
@ApplicationScoped
class OnDemandCharts {

    /** Validated parameters of one on-demand chart. */
    record Request(String indicator, String region, String type, int width, int height, int scale) {
    }

    /** A rendered PNG and its ETag. */
    record Rendered(byte[] png, String etag, String fileName) {
    }

    private final ChartQueries queries;
    private final ChartRenderer renderer;
    private final ChartFonts fonts;
    private final DataVersion dataVersion;
    private final Map<String, Rendered> cache;

    OnDemandCharts(ChartQueries queries, ChartRenderer renderer, ChartFonts fonts, DataVersion dataVersion,
            ChartsConfig config) {
        this.queries = queries;
        this.renderer = renderer;
        this.fonts = fonts;
        this.dataVersion = dataVersion;
        int size = config.onDemandCacheSize();
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
                return size() > size;
            }
        };
    }

    Rendered render(Request r) {
        fonts.require();
        // A new data version makes every old entry unreachable; the LRU bound drops them in time.
        String cacheKey = String.join("|", r.indicator(), r.region(), r.type(), String.valueOf(r.width()),
                String.valueOf(r.height()), String.valueOf(r.scale()), String.valueOf(dataVersion.current()),
                ChartRenderer.VERSION);
        synchronized (cache) {
            Rendered hit = cache.get(cacheKey);
            if (hit != null) {
                return hit;
            }
        }
        ChartData data = queries.onDemand(r.indicator(), r.region(), r.type())
                .orElseThrow(() -> ProblemException.notFound("No observations of indicator '" + r.indicator()
                        + "' for region " + r.region()));
        Rendered rendered = new Rendered(renderer.render(data, r.width(), r.height(), r.scale()),
                "\"" + sha256(cacheKey + "|" + data.hash()).substring(0, 32) + "\"", data.fileName());
        synchronized (cache) {
            cache.put(cacheKey, rendered);
        }
        return rendered;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
