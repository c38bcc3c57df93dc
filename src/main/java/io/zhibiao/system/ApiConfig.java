package io.zhibiao.system;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of the write API. */
@ConfigMapping(prefix = "zhibiao.api")
public interface ApiConfig {

    /** Bearer tokens allowed to write (env ZHIBIAO_API_TOKENS, comma-separated); none means no writes. */
    Optional<List<String>> tokens();
}
