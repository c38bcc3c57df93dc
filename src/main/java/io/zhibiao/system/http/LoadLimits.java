package io.zhibiao.system.http;

import java.util.concurrent.Semaphore;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.vertx.ext.web.RoutingContext;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The per-client rate limit (429) and the bound on calls running at once (503) of the expensive
 * endpoints, the resource methods marked {@link Limited}: extraction and charts rendered on demand. Both answer
 * problem+json with Retry-After.
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
    public void limit(ContainerRequestContext request, RoutingContext routing, SimpleResourceInfo resource) {
        Limited limited = resource == null || resource.getMethodName() == null ? null : limitedOf(resource);
        Gate gate = limited == null ? null : gate(limited.value());
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

    private static Limited limitedOf(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes())
                    .getAnnotation(Limited.class);
        } catch (NoSuchMethodException e) {
            return null; // not a public resource method: nothing to limit
        }
    }

    private Gate gate(String name) {
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
        return switch (name) {
            case "extract" -> extract;
            case "render" -> render;
            default -> throw new IllegalStateException("@Limited(\"" + name + "\") names no group of zhibiao.limits");
        };
    }
}
