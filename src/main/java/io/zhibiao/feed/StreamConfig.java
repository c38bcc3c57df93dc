package io.zhibiao.feed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Server-Sent Events stream of changes. */
@ConfigMapping(prefix = "zhibiao.stream")
interface StreamConfig {

    /** How often a comment line is sent to every open stream, so proxies and clients know it is alive. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Most open streams per instance; beyond it 503 with Retry-After. */
    @WithDefault("10000")
    int maxClients();
}
