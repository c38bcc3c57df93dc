package io.zhibiao.feed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the change log behind /api/changes and /api/stream is kept. */
@ConfigMapping(prefix = "zhibiao.changes")
interface ChangeLogConfig {

    /** Changes older than this are deleted; a cursor from before them answers 410. */
    @WithDefault("90d")
    Duration keep();

    /** How often the old changes are deleted (the first time a minute after start); 0 never. */
    @WithDefault("1h")
    Duration pruneEvery();
}
