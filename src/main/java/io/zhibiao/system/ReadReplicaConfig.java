package io.zhibiao.system;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the read replica (ZHIBIAO_READ_JDBC_URL, a hot standby) is watched. */
@ConfigMapping(prefix = "zhibiao.read-replica")
interface ReadReplicaConfig {

    /** How often the standby's replay position is compared with the primary's (and its health checked). */
    @WithDefault("200ms")
    Duration checkInterval();

    /** How long a check may take before the standby counts as down and reads go to the primary. */
    @WithDefault("2s")
    Duration timeout();
}
