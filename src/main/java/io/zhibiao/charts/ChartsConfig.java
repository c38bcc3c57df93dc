package io.zhibiao.charts;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of chart specs, fonts, pre-rendering and serving. */
@ConfigMapping(prefix = "zhibiao.charts")
interface ChartsConfig {

    /** Folder of the chart specs, one YAML file per chart family. */
    @WithDefault("charts")
    Path specsDir();

    /** Whether every chart is checked (and rendered if its data changed) in the background at start-up. */
    @WithDefault("true")
    boolean prerenderAtStart();

    /** Seconds a client may reuse a chart PNG before revalidating it with its ETag. */
    @WithDefault("300")
    int maxAgeSeconds();

    /** Milliseconds a served PNG is kept in memory before PostgreSQL is asked again (0: ask every time). */
    @WithDefault("1000")
    long serveCacheMillis();

    /** How many on-demand renderings are kept in memory (keyed by parameters and data version). */
    @WithDefault("256")
    int onDemandCacheSize();

    /** How often a chart whose advisory lock another replica holds is retried before giving up. */
    @WithDefault("20")
    int lockRetries();
}
