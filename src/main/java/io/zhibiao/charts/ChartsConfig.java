package io.zhibiao.charts;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of chart specs, fonts, pre-rendering and serving. */
@ConfigMapping(prefix = "zhibiao.charts")
interface ChartsConfig {

    /** Folder of the chart specs, one YAML file per chart family; unset, the specs the application carries. */
    Optional<Path> specsDir();

    /**
     * Whether this replica draws the charts a data change touches, in the background (off: charts already stored are
     * served and on-demand rendering works, but none is redrawn; for bulk loads and benchmarks that measure the
     * write path alone, where drawing every touched chart per document would dominate).
     */
    @WithDefault("true")
    boolean prerender();

    /** Whether every chart is checked (and rendered if its data changed) in the background at start-up. */
    @WithDefault("true")
    boolean prerenderAtStart();

    /** Seconds a client may reuse a chart PNG before revalidating it with its ETag. */
    @WithDefault("300")
    int maxAgeSeconds();

    /** Milliseconds a served PNG is kept in memory before PostgreSQL is asked again (0: ask every time). */
    @WithDefault("1000")
    long serveCacheMillis();

    /**
     * Bytes of served charts kept in memory (direct memory, outside the heap); beyond it, those past
     * serve-cache-millis are dropped first, then all but the newest.
     */
    @WithDefault("33554432")
    long serveCacheBytes();

    /** Bytes of on-demand renderings kept in memory (keyed by parameters and data version), all formats together. */
    @WithDefault("33554432")
    long onDemandCacheBytes();

    /** Threads that render on-demand charts; each holds at most one image of max-pixels. */
    @WithDefault("2")
    int renderThreads();

    /** On-demand renders that may wait for a thread; one more answers 503 with Retry-After. */
    @WithDefault("8")
    int renderQueue();

    /** How long a request waits for its render before it answers 503 with Retry-After. */
    @WithDefault("20s")
    java.time.Duration renderTimeout();

    /** Largest PNG an on-demand render may produce, in pixels (width×scale × height×scale); 400 above. */
    @WithDefault("12000000")
    long maxPixels();

    /** Threads that draw the pre-rendered charts of a pass (0: one per core), at the lowest thread priority. */
    @WithDefault("0")
    int prerenderThreads();

    /** How often a chart whose advisory lock another replica holds is retried before giving up. */
    @WithDefault("20")
    int lockRetries();
}
