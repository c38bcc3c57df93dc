package io.zhibiao.charts;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves a pre-rendered chart that is fresh in memory straight from the Vert.x event loop (304 or the
 * bytes), the way a static file server would; anything else (first request, expired, unknown key, render)
 * goes on to {@link ChartResource}, which reads PostgreSQL and fills the memory.
 */
@ApplicationScoped
class ChartFileRoute {

    private final ServedCharts served;
    private final String cacheControl;

    ChartFileRoute(ServedCharts served, ChartsConfig config) {
        this.served = served;
        this.cacheControl = "public, max-age=" + config.maxAgeSeconds();
    }

    void install(@Observes Router router) {
        router.getWithRegex("/api/charts/[^/]+\\.(png|svg|csv)").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::handle);
    }

    void handle(RoutingContext context) {
        String path = context.request().path();
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String key = file.substring(0, dot);
        String format = file.substring(dot + 1);
        var ready = key.equals("render") ? null : served.fresh(key, format).orElse(null);
        if (ready == null) {
            context.next();
            return;
        }
        String etag = ready.stored().etag();
        HttpServerResponse response = context.response()
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (ChartResponses.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, ChartResponses.mediaType(format))
                .putHeader("Content-Disposition",
                        context.request().getParam("download") != null ? ready.download() : ready.disposition())
                .end(ready.buffer());
    }
}
