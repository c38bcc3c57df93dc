package io.zhibiao.system.http;

import io.micrometer.core.instrument.Tags;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.quarkus.arc.Unremovable;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import jakarta.inject.Singleton;

/**
 * Sets the {@code uri} label of the REST layer's 304s (and of answers from memory whenever
 * {@link MemoryAnswerMetrics} cannot time them itself) to the route they answer, e.g. {@code /api/documents/{id}}:
 * Micrometer alone would file an answer given before the REST layer under its raw path (one time series
 * per id or chart) and a 304 of a route without parameters under "REDIRECTION".
 */
@Singleton
@Unremovable // looked up by the Micrometer extension, never injected
public class RouteMetricsTags implements HttpServerMetricsTagsContributor {

    /** Request-context key of the route, set by {@link #file}. */
    static final String ROUTE = RouteMetricsTags.class.getName() + ".route";
    /** The request-context key under which Quarkus REST gives Micrometer the template of a route with parameters. */
    static final String ROUTE_TEMPLATE = "UrlPathTemplate";

    /**
     * Files this request's metrics under {@code route}, a REST route template, instead of its raw path; a
     * label set here, not a Micrometer match pattern, since a pattern is one more regex on every request.
     */
    public static void file(HttpServerRequest request, String route) {
        if (route != null && request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(ROUTE, route);
        }
    }

    @Override
    public Tags contribute(Context context) {
        String route = context.requestContextLocalData(ROUTE);
        // Later tags win: this replaces the uri Micrometer derived.
        return route == null ? Tags.empty() : Tags.of("uri", route);
    }
}
