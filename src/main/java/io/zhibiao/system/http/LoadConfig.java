package io.zhibiao.system.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much of the expensive work (extraction, charts rendered on demand) one client, and all together, may ask for. */
@ConfigMapping(prefix = "zhibiao.limits")
public interface LoadConfig {

    /** Whether the limits apply at all. */
    @WithDefault("true")
    boolean enabled();

    /** Limits of the calls marked {@code @Limited("extract")} (extraction without storing). */
    Limit extract();

    /** Limits of the calls marked {@code @Limited("render")} (charts rendered on demand). */
    Limit render();

    /** A per-client token bucket and a bound on calls running at once. */
    interface Limit {

        /** Calls one client (by remote address) may make per minute, on average. */
        @WithDefault("120")
        int perClientPerMinute();

        /** Calls one client may make at once after a quiet spell (the bucket's size). */
        @WithDefault("30")
        int burst();

        /** Calls running at once over all clients; beyond it 503 with Retry-After. */
        @WithDefault("4")
        int concurrent();
    }
}
