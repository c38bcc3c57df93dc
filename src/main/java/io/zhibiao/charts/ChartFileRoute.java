package io.zhibiao.charts;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.zhibiao.system.http.KeptAnswer;
import io.zhibiao.system.http.MemoryAnswerMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Serves a pre-rendered chart that is fresh in memory straight from the Vert.x event loop (304 or the
 * bytes), the way a static file server would; anything else (first request, expired, unknown key, render)
 * goes on to {@link ChartResource}, which reads PostgreSQL and fills the memory.
 */
@ApplicationScoped
class ChartFileRoute {

    /** {@link ChartResource}'s template for the same files, under which their request metrics are filed. */
    private static final String ROUTE = "/api/charts/{file}";

    @Inject
    ServedCharts served;
    @Inject
    ChartsConfig config;
    @Inject
    MemoryAnswerMetrics metrics;
    private CharSequence cacheControl;

    void install(@Observes Router router) {
        cacheControl = KeptAnswer.header("public, max-age=" + config.maxAgeSeconds());
        router.getWithRegex("/api/charts/[^/]+\\.(png|svg|csv)").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::handle);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String key = path.substring(slash + 1, dot);
        var ready = key.equals("render") ? null : served.fresh(key, path.substring(dot + 1)).orElse(null);
        if (ready == null) {
            context.next();
            return;
        }
        boolean download = request.query() != null && request.getParam("download") != null;
        CharSequence disposition = download ? ready.download() : ready.disposition();
        metrics.send(request, ROUTE, () -> ready.answer().send(request, cacheControl, null, disposition));
    }
}
