package io.zhibiao.checks;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the findings of the series a write touched are recomputed. */
@ConfigMapping(prefix = "zhibiao.checks")
interface ChecksConfig {

    /** Where a write's findings are recomputed. */
    enum Refresh {
        /** A background pass every {@link #refreshEvery()} recomputes the series every write since the last touched. */
        DEFERRED,
        /** Inside the writing transaction: findings commit with their figures, and writers take turns. */
        IN_TRANSACTION
    }

    /** {@code deferred} (default) or {@code in-transaction}. */
    @WithDefault("deferred")
    Refresh refresh();

    /** How often the deferred pass runs (each instance; one at a time across instances). */
    @WithDefault("2s")
    Duration refreshEvery();
}
