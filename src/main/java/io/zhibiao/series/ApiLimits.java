package io.zhibiao.series;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The limits of one call to the read API; beyond them it answers 400 naming the limit. */
@ConfigMapping(prefix = "zhibiao.api")
interface ApiLimits {

    /** Most regions one /api/series call may ask for. */
    @WithDefault("50")
    int maxRegions();

    /** Most points one /api/series answer may hold. */
    @WithDefault("10000")
    int maxPoints();

    /** Largest 'limit' of /api/rankings. */
    @WithDefault("1000")
    int maxRankingLimit();
}
