package io.zhibiao.charts;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * On-demand renders run here: a fixed pool of threads with a bounded queue, so at most
 * {@code render-threads} images of at most {@code max-pixels} each are in memory at once, whatever the
 * clients send. A render that finds the queue full, or waits too long, is refused with {@link Busy}.
 */
@ApplicationScoped
class RenderGate {

    /** The render was refused; the client may try again after {@code retryAfterSeconds}. */
    static final class Busy extends RuntimeException {
        final int retryAfterSeconds;

        Busy(String message, int retryAfterSeconds) {
            super(message, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    private final ThreadPoolExecutor pool;
    private final long timeoutMillis;
    private final AtomicInteger refused = new AtomicInteger();

    @jakarta.inject.Inject
    RenderGate(ChartsConfig config, MeterRegistry metrics) {
        this(config.renderThreads(), config.renderQueue(), config.renderTimeout(), metrics);
    }

    RenderGate(int threads, int queue, java.time.Duration timeout, MeterRegistry metrics) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "chart-render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.timeoutMillis = timeout.toMillis();
        Gauge.builder("zhibiao.charts.render.queue", pool, p -> p.getQueue().size())
                .description("On-demand renders waiting for a thread").register(metrics);
        Gauge.builder("zhibiao.charts.render.refused", refused, AtomicInteger::get)
                .description("On-demand renders refused with 503 (queue full or too long a wait)").register(metrics);
    }

    <T> T run(Callable<T> render) {
        Future<T> future;
        try {
            future = pool.submit(render);
        } catch (RejectedExecutionException e) {
            refused.incrementAndGet();
            throw new Busy("Too many charts are being rendered (" + pool.getActiveCount() + " running, "
                    + pool.getQueue().size() + " waiting); try again shortly", 2);
        }
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            refused.incrementAndGet();
            throw new Busy("The chart could not be rendered within " + timeoutMillis + " ms; try again shortly", 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new Busy("Interrupted while waiting for the render", 1);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Render failed", e.getCause());
        }
    }

    int waiting() {
        return pool.getQueue().size();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
