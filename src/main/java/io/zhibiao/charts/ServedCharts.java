package io.zhibiao.charts;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pre-rendered PNGs as served: read from PostgreSQL and kept in memory for a short time, so a chart
 * polled by many clients costs one query per interval while a re-render on any replica shows within it.
 */
@ApplicationScoped
class ServedCharts {

    private record Cached(ChartStore.Png png, long loadedAt) {
    }

    private final ChartStore store;
    private final long ttlNanos;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    ServedCharts(ChartStore store, ChartsConfig config) {
        this.store = store;
        this.ttlNanos = config.serveCacheMillis() * 1_000_000L;
    }

    Optional<ChartStore.Png> png(String key) {
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return Optional.of(cached.png());
        }
        Optional<ChartStore.Png> png = store.png(key);
        png.ifPresentOrElse(p -> cache.put(key, new Cached(p, now)), () -> cache.remove(key));
        return png;
    }
}
