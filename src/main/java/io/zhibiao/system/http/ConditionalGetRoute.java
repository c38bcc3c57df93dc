package io.zhibiao.system.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.zhibiao.system.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The cheap answers to a dashboard poll, given on the Vert.x event loop before the REST layer runs,
 * from the answer this data version gave to the same URL and representation: 304 when If-None-Match
 * holds its ETag, else its kept bytes (already gzipped when the client takes gzip). HEAD gets the
 * same headers without the body. Neither touches the database; a URL with no kept answer (never
 * asked, changed data, an error) goes on to the REST layer and {@link EtagFilter}, so a 304 is only
 * ever given for the ETag a 200 would carry.
 */
@ApplicationScoped
class ConditionalGetRoute {

    private final DataVersion version;
    private final ResponseCache cache;

    ConditionalGetRoute(DataVersion version, ResponseCache cache) {
        this.version = version;
        this.cache = cache;
    }

    /** After CORS and compression (which run first), before the REST routes. */
    void install(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean head = request.method() == HttpMethod.HEAD;
        if (!(head || request.method() == HttpMethod.GET) || !cache.enabled() || !cache.versioned(request.path())) {
            context.next();
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String format = request.getParam("format");
        if (format != null) {
            accept = Representations.acceptFor(format);
            if (accept == null) {
                context.next(); // the REST filter names the bad parameter
                return;
            }
        }
        String variant = Representations.variant(accept, request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        ResponseCache.Entry hit = cache.get(version.token(), Representations.cacheKey(variant, request.path(), request.query()));
        if (hit == null) {
            context.next();
            return;
        }
        routeForMetrics(request, hit.route());
        HttpServerResponse response = context.response();
        response.putHeader(HttpHeaders.ETAG, hit.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, cache.cacheControl())
                .putHeader(HttpHeaders.VARY, Representations.vary(response.headers().get(HttpHeaders.VARY)));
        if (Representations.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), hit.etag())) {
            response.setStatusCode(304).end();
            cache.served(304, 0);
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType());
        if (hit.gzip()) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (head) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(hit.body().length)).end();
            cache.served(200, 0);
        } else {
            response.end(hit.wire());
            cache.served(200, hit.body().length);
        }
    }

    /**
     * Files this answer's request metrics under the route template the REST layer answered it with, not
     * under the raw path (one time series per route, not one per id), and a 304 under its route, not under
     * "REDIRECTION" (what Micrometer calls a 3xx of a route without parameters); see {@link RouteMetricsTags}.
     */
    static void routeForMetrics(HttpServerRequest request, String route) {
        if (route != null && request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(RouteMetricsTags.ROUTE, route);
        }
    }

    /** The request-context key under which Quarkus REST gives Micrometer the template of a route with parameters. */
    static final String ROUTE_TEMPLATE = "UrlPathTemplate";
}
