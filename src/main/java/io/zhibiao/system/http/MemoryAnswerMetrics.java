package io.zhibiao.system.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.zhibiao.system.MetricsShape;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The request metric ({@code http_server_requests_seconds}) of an answer given from memory: a kept answer or a
 * pre-rendered chart, as 200 or 304. The same series, labels and histogram that Micrometer's HTTP binder
 * would record, timed by the binder's own sample from the request's first byte, but onto a timer looked up
 * once per route and status. The binder resolves its timer anew on every request: tags built and sorted,
 * the route contributor merged, the meter looked up. On a 304, the cheapest answer there is, that was
 * about a tenth of the service's CPU, and the margin to nginx (bench/api/RESULTS.md). The binder is then
 * told to skip the request: its template becomes {@link #RECORDED}, which
 * {@code quarkus.micrometer.binder.http-server.ignore-patterns} names.
 */
@Singleton
public class MemoryAnswerMetrics {

    /** The template that makes Micrometer's binder skip a request recorded here; never a real path. */
    static final String RECORDED = "/recorded-from-memory";

    @Inject
    MeterRegistry registry;
    /** Per route: GET 200, GET 304, HEAD 200, HEAD 304. */
    private final ConcurrentHashMap<String, Timer[]> timers = new ConcurrentHashMap<>();

    /**
     * Sends a GET or HEAD answer from memory with {@code send} (which returns its status, 200 or 304) and records
     * it under {@code route}, a REST route template. The binder is told to skip the request before the answer
     * is sent, since it records as the last byte is written, within {@code send}. Without the binder's
     * sample (metrics off) the binder records it as usual, under the route.
     */
    public int send(HttpServerRequest request, String route, IntSupplier send) {
        HttpRequestMetric metric = request instanceof HttpServerRequestInternal internal
                && internal.metric() instanceof HttpRequestMetric m && m.getSample() != null && route != null ? m : null;
        if (metric == null) {
            RouteMetricsTags.file(request, route);
            return send.getAsInt();
        }
        metric.setTemplatePath(RECORDED);
        int status = send.getAsInt();
        metric.getSample().stop(timer(route, request.method() == HttpMethod.HEAD, status == 304));
        return status;
    }

    private Timer timer(String route, boolean head, boolean notModified) {
        Timer[] forRoute = timers.computeIfAbsent(route, r -> new Timer[4]);
        int slot = (head ? 2 : 0) + (notModified ? 1 : 0);
        Timer timer = forRoute[slot];
        if (timer == null) {
            // Registering an existing name and tags returns the binder's own meter: one series either way, and two
            // threads racing here both get that same meter.
            timer = Timer.builder(MetricsShape.HTTP_SERVER)
                    .tags("method", head ? "HEAD" : "GET", "uri", route, "status", notModified ? "304" : "200",
                            "outcome", "SUCCESS")
                    .register(registry);
            forRoute[slot] = timer;
        }
        return timer;
    }
}
