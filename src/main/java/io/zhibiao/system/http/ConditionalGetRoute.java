package io.zhibiao.system.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.zhibiao.system.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

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

    private static final CharSequence VARY = KeptAnswer.header(Representations.vary(null));

    @Inject
    DataVersion version;
    @Inject
    ResponseCache cache;
    @Inject
    MemoryAnswerMetrics metrics;
    private CharSequence cacheControl;

    /** After CORS and compression (which run first), before the REST routes. */
    void install(@Observes Router router) {
        cacheControl = KeptAnswer.header(cache.cacheControl());
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        if (!(method == HttpMethod.GET || method == HttpMethod.HEAD) || !cache.enabled() || !cache.versioned(request.path())) {
            context.next();
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String format = format(request);
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
        String earlierVary = context.response().headers().get(HttpHeaders.VARY);
        CharSequence vary = earlierVary == null ? VARY : Representations.vary(earlierVary);
        int status = metrics.send(request, hit.route(), () -> hit.answer().send(request, cacheControl, vary, null));
        cache.served(status, status == 200 && method == HttpMethod.GET ? hit.answer().length() : 0);
    }

    /**
     * The ?format= value, without decoding the query into a map when it cannot hold one (most polls): a
     * parameter name can only spell "format" with those letters or with percent escapes.
     */
    private static String format(HttpServerRequest request) {
        String query = request.query();
        if (query == null || query.indexOf("format") < 0 && query.indexOf('%') < 0) {
            return null;
        }
        return request.getParam("format");
    }
}
