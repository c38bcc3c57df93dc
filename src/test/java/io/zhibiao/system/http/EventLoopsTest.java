package io.zhibiao.system.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;

/** The service runs one event loop per core (EventLoopsConfigSourceFactory), not Vert.x's two. */
@QuarkusTest
class EventLoopsTest {

    @Inject
    Vertx vertx;

    @Test
    void oneEventLoopPerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(cores, ConfigProvider.getConfig().getValue(EventLoopsConfigSourceFactory.EVENT_LOOPS, Integer.class));
        long loops = StreamSupport.stream(((VertxInternal) vertx).getEventLoopGroup().spliterator(), false).count();
        assertEquals(cores, loops, "event loops of the running Vert.x");
    }
}
