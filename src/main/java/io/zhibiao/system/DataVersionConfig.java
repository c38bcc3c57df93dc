package io.zhibiao.system;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this replica keeps its in-memory data version fresh. */
@ConfigMapping(prefix = "zhibiao.data-version")
interface DataVersionConfig {

    /** How often the version is re-read when no NOTIFY arrives (the fallback if one is lost). */
    @WithDefault("5s")
    Duration pollInterval();

    /** How long a committing thread waits for its own change to be heard before it moves on. */
    @WithDefault("2s")
    Duration ownCommitWait();
}
