package io.zhibiao.charts;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.zhibiao.system.http.KeptAnswer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pre-rendered charts as served: read from PostgreSQL and kept in memory for a short time, so a chart
 * polled by many clients costs one query per interval while a re-render on any replica shows within it.
 */
@ApplicationScoped
class ServedCharts {

    private record Cached(Optional<ChartStore.Stored> stored, long loadedAt, Ready ready) {
    }

    /** A chart held in memory, ready to send: its bytes and headers, and its Content-Disposition inline and as a download. */
    record Ready(KeptAnswer answer, CharSequence disposition, CharSequence download) {

        static Ready of(ChartStore.Stored p, String format) {
            return new Ready(KeptAnswer.of(p.bytes(), p.etag(), ChartResponses.mediaType(format), false),
                    KeptAnswer.header(ChartResponses.contentDisposition("inline", p.fileName(), p.key(), format)),
                    KeptAnswer.header(ChartResponses.contentDisposition("attachment", p.fileName(), p.key(), format)));
        }
    }

    private final ChartStore store;
    private final StoredSvgs svgs;
    private final long ttlNanos;
    private final long maxBytes;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    ServedCharts(ChartStore store, StoredSvgs svgs, ChartsConfig config) {
        this.store = store;
        this.svgs = svgs;
        this.ttlNanos = config.serveCacheMillis() * 1_000_000L;
        this.maxBytes = config.serveCacheBytes();
    }

    /** Drops every format of a chart this replica holds, so a redraw or removal here shows at once. */
    void forget(String key) {
        for (String format : new String[] { "png", "svg", "csv" }) {
            forget(cache.remove(key + "." + format));
        }
    }

    /** One format (png, svg or csv) of a stored chart. */
    Optional<ChartStore.Stored> bytes(String key, String format) {
        String cacheKey = key + "." + format;
        long now = System.nanoTime();
        Cached cached = cache.get(cacheKey);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return cached.stored();
        }
        Optional<ChartStore.Stored> stored = format.equals("svg") ? svgs.svg(key) : store.bytes(key, format);
        // Only real keys are kept, so random keys cannot fill the memory.
        stored.ifPresentOrElse(p -> keep(cacheKey, new Cached(stored, now, Ready.of(p, format)), now),
                () -> forget(cache.remove(cacheKey)));
        return stored;
    }

    /**
     * Keeps a chart, within the byte budget: entries past their time would be read again anyway, so they
     * go first; a flood of distinct charts empties the memory rather than growing it.
     */
    private void keep(String cacheKey, Cached entry, long now) {
        forget(cache.put(cacheKey, entry));
        if (bytes.addAndGet(entry.ready().answer().length()) > maxBytes) {
            cache.forEach((k, c) -> {
                if (now - c.loadedAt() >= ttlNanos && cache.remove(k, c)) {
                    forget(c);
                }
            });
            if (bytes.get() > maxBytes) {
                cache.forEach((k, c) -> {
                    if (c != entry && cache.remove(k, c)) {
                        forget(c);
                    }
                });
            }
        }
    }

    private void forget(Cached removed) {
        if (removed != null) {
            bytes.addAndGet(-removed.ready().answer().length());
        }
    }

    /** Bytes of the charts kept in memory. */
    long keptBytes() {
        return bytes.get();
    }

    /** The chart if it is in memory and fresh, without asking PostgreSQL; empty sends the request on to the resource. */
    Optional<Ready> fresh(String key, String format) {
        Cached cached = cache.get(key + "." + format);
        if (cached == null || System.nanoTime() - cached.loadedAt() >= ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(cached.ready());
    }
}
