package io.zhibiao.system.http;

import io.micrometer.core.instrument.Tags;
import io.quarkus.arc.Unremovable;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import jakarta.inject.Singleton;

/**
 * Sets the {@code uri} label of answers given by the ETag machinery (kept answers, and 304s from either
 * path) to the route they answer, e.g. {@code /api/documents/{id}}: Micrometer alone would file a kept answer
 * under its raw path and a 304 of a route without parameters under "REDIRECTION".
 */
@Singleton
@Unremovable // looked up by the Micrometer extension, never injected
class RouteMetricsTags implements HttpServerMetricsTagsContributor {

    /** Request-context key of the route, set by {@link ConditionalGetRoute} and {@link EtagFilter}. */
    static final String ROUTE = RouteMetricsTags.class.getName() + ".route";

    @Override
    public Tags contribute(Context context) {
        String route = context.requestContextLocalData(ROUTE);
        // Later tags win: this replaces the uri Micrometer derived.
        return route == null ? Tags.empty() : Tags.of("uri", route);
    }
}
