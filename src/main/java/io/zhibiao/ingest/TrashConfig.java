package io.zhibiao.ingest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long deleted documents wait in the trash before they are purged for good. */
@ConfigMapping(prefix = "zhibiao.trash")
public interface TrashConfig {

    /** How long a deleted document can be restored; then the purge removes it with its observations. */
    @WithDefault("30d")
    Duration retention();

    /** How often each instance purges what outlived the retention ({@code 0s}: never, the tests purge themselves). */
    @WithDefault("1h")
    Duration purgeEvery();
}
