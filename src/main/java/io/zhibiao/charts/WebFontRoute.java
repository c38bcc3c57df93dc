package io.zhibiao.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the page's web font (tools/fonts/build-web-font.sh) as {@code /fonts/zhibiao-sans-sc-HASH.woff2}: its name
 * carries its content's hash, so the file under a name never changes and browsers keep it a year without asking again
 * (Cache-Control immutable); the page's other files keep their short cache, since they change under the same name.
 */
@ApplicationScoped
class WebFontRoute {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final String FOLDER = "web-fonts/";

    private final Map<String, Buffer> files = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.getWithRegex("/fonts/zhibiao-sans-sc-[0-9a-f]{12}\\.woff2").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(this::handle);
    }

    void handle(RoutingContext context) {
        String name = context.request().path().substring("/fonts/".length());
        Buffer bytes = files.computeIfAbsent(name, WebFontRoute::read);
        if (bytes.length() == 0) {
            context.next(); // an old or unknown version: the static files answer 404
            return;
        }
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "font/woff2")
                .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .putHeader(HttpHeaders.ETAG, "\"" + name.substring("zhibiao-sans-sc-".length(), name.length() - 6) + "\"")
                .end(bytes);
    }

    private static Buffer read(String name) {
        try (InputStream in = WebFontRoute.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return in == null ? Buffer.buffer() : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the web font " + name, e);
        }
    }
}
