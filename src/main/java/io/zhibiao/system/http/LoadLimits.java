package io.zhibiao.system.http;

import java.util.concurrent.Semaphore;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The per-client rate limit (429) and the bound on calls running at once (503) of the expensive
 * endpoints: extraction and charts rendered on demand. Both answer problem+json with Retry-After.
 */
public class LoadLimits {

    /** One limited kind of work: its buckets and its slots. */
    private record Gate(String name, ClientBuckets buckets, Semaphore slots, int concurrent) {
        static Gate of(String name, LoadConfig.Limit limit) {
            return new Gate(name, new ClientBuckets(limit.perClientPerMinute(), limit.burst(), System::nanoTime),
                    new Semaphore(Math.max(1, limit.concurrent())), Math.max(1, limit.concurrent()));
        }
    }

    // Filters are built before run-time config exists: the gates are made on first use.
    private final Instance<LoadConfig> config;
    private volatile Gate extract;
    private volatile Gate render;
    private volatile boolean enabled;

    LoadLimits(Instance<LoadConfig> config) {
        this.config = config;
    }

    @ServerRequestFilter(priority = 2000)
    public void limit(ContainerRequestContext request, RoutingContext routing) {
        Gate gate = gate(request.getMethod(), request.getUriInfo().getPath());
        if (gate == null) {
            return;
        }
        String client = routing.request().remoteAddress() == null ? "?" : routing.request().remoteAddress().host();
        long wait = gate.buckets().take(client);
        if (wait > 0) {
            throw new ProblemException(429, "Too Many Requests", "This client has used its " + gate.name()
                    + " allowance (zhibiao.limits." + gate.name() + ".per-client-per-minute); retry in " + wait + " s")
                    .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        }
        if (!gate.slots().tryAcquire()) {
            throw new ProblemException(503, "Service Unavailable", gate.concurrent() + " " + gate.name()
                    + " calls are running, the most at once (zhibiao.limits." + gate.name() + ".concurrent); retry in 1 s")
                    .withHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        routing.addEndHandler(done -> gate.slots().release());
    }

    private Gate gate(String method, String path) {
        if (extract == null) {
            synchronized (this) {
                if (extract == null) {
                    LoadConfig c = config.get();
                    enabled = c.enabled();
                    render = Gate.of("render", c.render());
                    extract = Gate.of("extract", c.extract());
                }
            }
        }
        if (!enabled) {
            return null;
        }
        if ("POST".equals(method) && path.equals("/api/extract")) {
            return extract;
        }
        if ("GET".equals(method) && path.startsWith("/api/charts/render.")) {
            return render;
        }
        return null;
    }
}
