package io.zhibiao.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class RenderGateTest {

    @Test
    void refusesWhatFindsTheThreadsBusyAndTheQueueFull() throws Exception {
        RenderGate gate = new RenderGate(1, 1, Duration.ofSeconds(10), new SimpleMeterRegistry());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            running.countDown();
            release.await();
            return "first";
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS));
        var queued = CompletableFuture.supplyAsync(() -> gate.run(() -> "queued"));
        while (gate.waiting() == 0) {
            Thread.sleep(5);
        }
        RenderGate.Busy busy = assertThrows(RenderGate.Busy.class, () -> gate.run(() -> "refused"));
        assertTrue(busy.retryAfterSeconds > 0);
        assertTrue(busy.getMessage().startsWith("Too many charts are being rendered"), busy.getMessage());
        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals("queued", queued.get(10, TimeUnit.SECONDS));
        gate.stop();
    }

    @Test
    void refusesARenderThatWaitsTooLong() throws Exception {
        RenderGate gate = new RenderGate(1, 4, Duration.ofMillis(50), new SimpleMeterRegistry());
        RenderGate.Busy busy = assertThrows(RenderGate.Busy.class, () -> gate.run(() -> {
            Thread.sleep(2000);
            return "late";
        }));
        assertTrue(busy.getMessage().contains("within 50 ms"), busy.getMessage());
        gate.stop();
    }
}
