package io.zhibiao.system;

import java.util.List;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Reads ZHIBIAO_API_TOKENS once at start, so a misspelt role stops the service instead of failing requests. */
@ApplicationScoped
class TokensAtStart {

    void check(@Observes StartupEvent start, ApiConfig config) {
        ApiTokens.parse(config.tokens().orElse(List.of()));
    }
}
