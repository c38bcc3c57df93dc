package io.zhibiao.system.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.zhibiao.system.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The cheap answers to a dashboard poll, given on the Vert.x event loop before the REST layer runs:
 * 304 when If-None-Match holds the current ETag, and the kept bytes when this version's answer to the
 * same URL is in memory. Neither touches the database. Everything else goes on to {@link EtagFilter}.
 */
@ApplicationScoped
class ConditionalGetRoute {

    private static final String VARY = "Accept, Accept-Encoding";

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
        if (request.method() != HttpMethod.GET || !cache.versioned(request.path())) {
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
        String token = version.token();
        String etag = Representations.etag(token, variant);
        HttpServerResponse response = context.response();
        if (Representations.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            caching(response, etag).setStatusCode(304).end();
            return;
        }
        ResponseCache.Entry hit = cache.enabled()
                ? cache.get(token, Representations.cacheKey(variant, request.path(), request.query()))
                : null;
        if (hit != null) {
            caching(response, hit.etag()).putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType())
                    .end(Buffer.buffer(hit.body()));
            return;
        }
        context.next();
    }

    private HttpServerResponse caching(HttpServerResponse response, String etag) {
        return response.putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, cache.cacheControl())
                .putHeader(HttpHeaders.VARY, VARY);
    }
}
