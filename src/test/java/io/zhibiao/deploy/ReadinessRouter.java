package io.zhibiao.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a Kubernetes Service does with readiness, in miniature: a prober marks each instance ready or not
 * every period, and requests go round-robin to the ready ones only.
 */
final class ReadinessRouter implements AutoCloseable {

    private final List<ServiceProcess> instances = new CopyOnWriteArrayList<>();
    private volatile List<ServiceProcess> ready = List.of();
    private final AtomicInteger turn = new AtomicInteger();
    private final Thread prober;
    private volatile boolean probing = true;

    ReadinessRouter(Duration period) {
        prober = new Thread(() -> {
            while (probing) {
                ready = instances.stream().filter(i -> i.status("/q/health/ready") == 200).toList();
                try {
                    Thread.sleep(period.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "readiness-prober");
        prober.setDaemon(true);
        prober.start();
    }

    void add(ServiceProcess instance) {
        instances.add(instance);
    }

    /** The next ready instance; waits (like a client retrying a connect) while none is ready. */
    ServiceProcess next() throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(giveUp)) {
            List<ServiceProcess> now = ready;
            if (!now.isEmpty()) {
                return now.get(Math.floorMod(turn.getAndIncrement(), now.size()));
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no ready instance for 10 s");
    }

    void awaitRouted(ServiceProcess instance, Duration within) throws InterruptedException {
        Instant end = Instant.now().plus(within);
        while (!ready.contains(instance)) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException(instance.name + " never became ready behind the router");
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        probing = false;
        prober.interrupt();
        prober.join(2000);
    }
}
