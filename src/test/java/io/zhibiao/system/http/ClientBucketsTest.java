package io.zhibiao.system.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientBucketsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final ClientBuckets buckets = new ClientBuckets(60, 3, nanos::get); // one a second, three at once

    @Test
    void allowsABurstThenSaysHowLongToWait() {
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertEquals(1, buckets.take("a"));
        assertEquals(0, buckets.take("b"), "another client has its own bucket");
    }

    @Test
    void refillsAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        nanos.addAndGet(1_000_000_000L);
        assertEquals(0, buckets.take("a"));
        assertEquals(1, buckets.take("a"));
        nanos.addAndGet(60_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take("a"), "full again after a quiet minute, but no fuller than the burst");
        }
        assertEquals(1, buckets.take("a"));
    }

    @Test
    void forgetsIdleClientsInsteadOfGrowing() {
        for (int i = 0; i < 25_000; i++) {
            buckets.take("client-" + i);
        }
        assertTrue(buckets.clients() <= 10_001, buckets.clients() + " clients remembered");
        nanos.addAndGet(10_000_000_000L);
        assertEquals(0, buckets.take("client-24999"), "a forgotten client starts with a full bucket");
    }
}
