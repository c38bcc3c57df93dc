package io.zhibiao.changes;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this instance hears of committed changes (its own and other replicas'). */
@ConfigMapping(prefix = "zhibiao.change-listener")
interface ListenerConfig {

    /** How often the data version and the change log are read when no NOTIFY arrives (the fallback if one is lost). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a committing thread waits for its own change to be heard before it moves on. */
    @WithDefault("2s")
    Duration ownCommitWait();
}
