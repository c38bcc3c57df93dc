package io.zhibiao.system.http;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;

/**
 * One Vert.x event loop per available core, as nginx's {@code worker_processes auto}, instead of Vert.x's
 * two per core. The event loops here only move bytes: they answer polls from memory (304s, kept answers,
 * chart files) and hand every query to a worker thread, so a second loop per core adds context switches
 * and no throughput: on the 304 polling path it cost about 8 % more CPU per request (bench/api/RESULTS.md).
 * A config source of low ordinal, so {@code QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE} or application.properties
 * still decide.
 */
public class EventLoopsConfigSourceFactory implements ConfigSourceFactory {

    static final String EVENT_LOOPS = "quarkus.vertx.event-loops-pool-size";
    private static final int ORDINAL = 100;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // availableProcessors() honours a container's CPU limit, as Vert.x's own default does.
        String perCore = Integer.toString(Runtime.getRuntime().availableProcessors());
        return List.of(new PropertiesConfigSource(Map.of(EVENT_LOOPS, perCore), "zhibiao-event-loops", ORDINAL));
    }
}
