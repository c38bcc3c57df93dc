package io.zhibiao.system.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.microprofile.config.ConfigProvider;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.zhibiao.system.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Serialized GET answers of the current data version, so a repeated poll after a change costs one
 * query per URL and replica, not one per client. Keyed by version token, so nothing stale is served.
 */
@ApplicationScoped
class ResponseCache {

    /**
     * A stored answer, ready to send: its bytes as sent (gzipped when the client takes gzip), type and ETag, and the
     * route template it answered (for request metrics, e.g. /api/documents/{id}).
     */
    record Entry(KeptAnswer answer, String route) {

        Entry(byte[] body, String contentType, String etag, boolean gzip, String route) {
            this(KeptAnswer.of(body, etag, contentType, gzip), route);
        }

        String etag() {
            return answer.etagText();
        }

        /** Bytes it holds: the body as sent plus its header values. */
        long size() {
            return answer.length() + answer.etag().length() + answer.contentType().length();
        }
    }

    /** The answers of one data version and the bytes they hold. */
    private record Generation(String token, Map<String, Entry> entries, AtomicLong bytes) {
        Generation(String token) {
            this(token, new ConcurrentHashMap<>(), new AtomicLong());
        }
    }

    /** Bytes an entry holds beyond its body: key (UTF-16), ETag, content type, map node and objects. */
    private static final int ENTRY_OVERHEAD = 200;

    private final DataVersion version;
    private final HttpConfig.ResponseCache config;
    private final String cacheControl;
    private final List<String> unversioned;
    private final List<String> jsonStatPaths;
    private final Duration settle;
    private static final Duration REPLICA_SETTLE = Duration.ofSeconds(2);
    private final long maxBytes;
    private volatile Generation current = new Generation("");

    // Plain adders read by Micrometer at each scrape: a kept answer is the hottest path there is, and a
    // registered Counter dispatches through the composite registry on every increment.
    private final LongAdder hits304 = new LongAdder();
    private final LongAdder hits200 = new LongAdder();
    private final LongAdder bytesServed = new LongAdder();

    ResponseCache(DataVersion version, HttpConfig config, MeterRegistry metrics) {
        this.version = version;
        this.config = config.responseCache();
        this.maxBytes = this.config.maxBytes().asLongValue();
        this.cacheControl = "public, max-age=" + config.maxAge();
        this.unversioned = List.copyOf(config.unversionedPaths());
        this.jsonStatPaths = List.copyOf(config.jsonStatPaths());
        boolean replica = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.read.jdbc.url", String.class)
                .filter(url -> !url.isBlank()).isPresent();
        Duration configured = config.settleAfterChange();
        this.settle = replica && configured.compareTo(REPLICA_SETTLE) < 0 ? REPLICA_SETTLE : configured;
        String hits = "Polls answered from a kept answer, without the REST layer or the database";
        FunctionCounter.builder("zhibiao.http.kept.hits", hits304, LongAdder::sum).tag("status", "304").description(hits)
                .register(metrics);
        FunctionCounter.builder("zhibiao.http.kept.hits", hits200, LongAdder::sum).tag("status", "200").description(hits)
                .register(metrics);
        FunctionCounter.builder("zhibiao.http.kept.served", bytesServed, LongAdder::sum).baseUnit("bytes")
                .description("Body bytes sent from kept answers").register(metrics);
        Gauge.builder("zhibiao.http.kept.held", this, ResponseCache::bytes).baseUnit("bytes")
                .description("Bytes held by the kept answers of the current data version").register(metrics);
        Gauge.builder("zhibiao.http.kept.entries", this, c -> c.current.entries().size())
                .description("Kept answers of the current data version").register(metrics);
    }

    /** Counts a poll answered from a kept answer: a 304, or its body of {@code bytes}. */
    void served(int status, long bytes) {
        if (status == 304) {
            hits304.increment();
        } else {
            hits200.increment();
            bytesServed.add(bytes);
        }
    }

    /**
     * Whether an answer computed under {@code token} may carry it and be kept: the token must still be
     * current and, with reads on a replica, older than the settle time.
     */
    boolean mayTag(String token) {
        return settle.isZero() || version.settled(token, settle);
    }

    /** Whether GET answers on this path are a function of the data version (so may be tagged and kept). */
    boolean versioned(String path) {
        if (!path.startsWith("/api/")) {
            return false;
        }
        for (String prefix : unversioned) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /** The paths that answer format=jsonstat (here because the filters may not inject config). */
    List<String> jsonStatPaths() {
        return jsonStatPaths;
    }

    /** The Cache-Control of GET answers under /api (here because the filters may not inject config). */
    String cacheControl() {
        return cacheControl;
    }

    boolean enabled() {
        return config.enabled();
    }

    /** Bytes held by the answers of the current version (for tests and metrics). */
    long bytes() {
        return current.bytes().get();
    }

    Entry get(String token, String key) {
        Generation g = current;
        return g.token().equals(token) ? g.entries().get(key) : null;
    }

    /**
     * Keeps an answer computed under {@code token}; only if that is still the current version, since
     * an answer of an older version must not outlive it.
     */
    void put(String token, String key, Entry entry) {
        if (!token.equals(version.token()) || entry.answer().length() > config.maxEntryBytes()) {
            return;
        }
        Generation g = current;
        if (!g.token().equals(token)) {
            synchronized (this) {
                if (!current.token().equals(token)) {
                    current = new Generation(token);
                }
                g = current;
            }
        }
        // Bounded by bytes as well as entries: junk query parameters make every URL a new entry.
        long size = entry.size() + 2L * key.length() + ENTRY_OVERHEAD;
        if (g.entries().size() >= config.maxEntries() || g.bytes().addAndGet(size) > maxBytes) {
            g.bytes().addAndGet(-size);
            return;
        }
        if (g.entries().put(key, entry) != null) {
            g.bytes().addAndGet(-size); // a repeat replaced an equal answer; count it once
        }
    }
}
