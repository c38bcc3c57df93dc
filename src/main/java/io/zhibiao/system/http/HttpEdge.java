package io.zhibiao.system.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.zhibiao.system.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every request meets first, on the Vert.x event loop: our own limits on the request line and
 * headers (Vert.x's are set far above them, so the answer can be problem+json), the body read in
 * full without a worker thread and within a deadline, so a slow sender only ever holds its own
 * connection, 405 with Allow on the read-only /q endpoints, the CORS refusal of a foreign origin,
 * and problem+json for any failure the HTTP layer answers itself.
 */
@ApplicationScoped
class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);
    /** Endpoints of Quarkus that only read; other methods answer 405 (they used to answer 200). */
    private static final Set<String> READ_ONLY = Set.of("/q/health", "/q/openapi", "/q/metrics");
    private static final String READ_ONLY_ALLOW = "GET, HEAD";
    /** Characters besides letters and digits that {@link #plainTarget} lets through. */
    private static final String PLAIN = "-._~!$&'()*+,;=:@/?";

    private final HttpConfig.Edge config;
    private final Vertx vertx;
    private final long maxBodyBytes;
    /** The origins Quarkus's CORS filter lets through, or null when CORS is off. */
    private final List<String> corsOrigins;
    /** The methods it lets a browser use from another origin (reads only). */
    private final List<String> corsMethods;

    HttpEdge(HttpConfig config, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.config = config.edge();
        this.vertx = vertx;
        this.maxBodyBytes = maxBodySize.asLongValue();
        var settings = ConfigProvider.getConfig();
        this.corsMethods = settings.getOptionalValues("quarkus.http.cors.methods", String.class).orElse(List.of());
        this.corsOrigins = settings.getOptionalValue("quarkus.http.cors.enabled", Boolean.class).orElse(false)
                ? settings.getOptionalValues("quarkus.http.cors.origins", String.class).orElse(List.of())
                : null;
    }

    /** Just before Quarkus's CORS filter (priority 300), which refuses a foreign origin with an empty 403. */
    void filters(@Observes Filters filters) {
        filters.register(this::refuseForeignOrigin, 310);
    }

    /**
     * The same refusal as Quarkus's CORS filter for a simple request from an origin not listed in
     * quarkus.http.cors.origins (and not this server's own), given with problem+json; preflights and
     * listed origins go on to the CORS filter.
     */
    void refuseForeignOrigin(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !isPreflight(request) && sameOrigin(origin, request)) {
            // The service's own pages (the review page's POSTs): not a cross-origin request, so no CORS rule applies;
            // Quarkus's CORS filter would refuse a same-origin POST as a method browsers may not use.
            request.headers().remove(HttpHeaders.ORIGIN);
            context.next();
            return;
        }
        if (origin == null || corsOrigins == null || isPreflight(request)) {
            context.next();
            return;
        }
        boolean listed = allowedOrigin(origin);
        String method = request.method().name();
        if (listed && (corsMethods.isEmpty() || corsMethods.contains(method))) {
            context.next();
            return;
        }
        Problems.send(context.response(), 403, "Forbidden", listed
                ? "Origin '" + origin + "' may not " + method + " from a browser; browsers may only "
                        + String.join(", ", corsMethods) + " (writes need a bearer token from a server, not a page)"
                : "Origin '" + origin + "' may not read this service from a browser; allowed: "
                        + String.join(", ", corsOrigins) + " (ZHIBIAO_CORS_ORIGINS)", safePath(context));
    }

    private boolean allowedOrigin(String origin) {
        for (String allowed : corsOrigins) {
            if (allowed.equals("*") || allowed.equals(origin)
                    || allowed.length() > 2 && allowed.startsWith("/") && allowed.endsWith("/")
                            && origin.matches(allowed.substring(1, allowed.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameOrigin(String origin, HttpServerRequest request) {
        try {
            URI from = new URI(origin);
            String host = request.authority() == null ? null : request.authority().host();
            int port = request.authority() == null ? -1 : request.authority().port();
            int defaultPort = "https".equals(request.scheme()) ? 443 : 80;
            return from.getHost() != null && from.getHost().equalsIgnoreCase(host)
                    && (from.getPort() == -1 ? defaultPort : from.getPort()) == (port == -1 ? defaultPort : port);
        } catch (URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::handle);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::failed);
        // Bodies are read here, on the event loop, before a worker thread takes the request: left to the
        // REST layer, a blocking endpoint reads its body on a worker thread, which a slow sender holds
        // (250 of them held every worker for 60 s). The REST layer then reads the buffered body.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::readBody);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        // Quarkus makes this check itself, with an empty 400, unless started with -Dvertx.disableURIValidation=true
        // (the container image is): then this answer, with problem+json, is given instead.
        try {
            if (!plainTarget(uri)) {
                new URI(uri);
            }
        } catch (URISyntaxException e) {
            close(context, 400, "Bad Request", "The request target is not a valid URI: " + e.getReason() + " at index "
                    + e.getIndex() + " (percent-encode it, RFC 3986)");
            return;
        }
        if (uri.length() > config.maxUriLength()) {
            close(context, 414, "URI Too Long", "The request target has " + uri.length() + " characters; the limit is "
                    + config.maxUriLength());
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > config.maxHeaderBytes()) {
            close(context, 431, "Request Header Fields Too Large", "The request headers have " + headerBytes
                    + " bytes; the limit is " + config.maxHeaderBytes());
            return;
        }
        String path = request.path();
        if (path != null && readOnly(path) && request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD
                && !isPreflight(request)) {
            context.response().putHeader(HttpHeaders.ALLOW, READ_ONLY_ALLOW);
            Problems.send(context.response(), 405, "Method Not Allowed",
                    request.method().name() + " is not allowed on " + path + "; allowed: " + READ_ONLY_ALLOW, path);
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.length() > 0 && (length.length() > 18 || !length.chars().allMatch(Character::isDigit)
                || Long.parseLong(length) > maxBodyBytes)) {
            close(context, 413, "Payload Too Large", "The body announces " + length + " bytes; the limit is " + maxBodyBytes
                    + " bytes (quarkus.http.limits.max-body-size)");
            return;
        }
        context.next();
    }

    /**
     * Whether a request target is an absolute path with an optional query made only of characters
     * {@link URI} takes there (RFC 3986 unreserved and sub-delims, ':', '@', '/', '?', and %XX), so that
     * parsing it would only confirm it: what nearly every request sends, checked without the parser.
     */
    static boolean plainTarget(String uri) {
        int n = uri.length();
        if (n == 0 || uri.charAt(0) != '/' || n > 1 && uri.charAt(1) == '/') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = uri.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || PLAIN.indexOf(c) >= 0) {
                continue;
            }
            if (c == '%' && i + 2 < n && hex(uri.charAt(i + 1)) && hex(uri.charAt(i + 2))) {
                i += 2;
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * Answers 408 and closes the connection when the body has not fully arrived in time: a body
     * trickled in (or announced and never sent) must not keep its request, or anything else, waiting.
     * Returns the timer, to be cancelled once the body is in.
     */
    private long bodyDeadline(RoutingContext context) {
        HttpServerRequest request = context.request();
        long millis = config.bodyTimeout().toMillis();
        long timer = vertx.setTimer(millis, id -> {
            if (!context.response().ended()) {
                LOG.debugf("Body of %s %s not received within %d ms; closing", request.method(), request.path(), millis);
                close(context, 408, "Request Timeout", "The request body did not arrive within " + millis / 1000.0
                        + " s (zhibiao.http.edge.body-timeout)");
            }
        });
        context.addEndHandler(done -> vertx.cancelTimer(timer));
        return timer;
    }

    /**
     * Reads the whole body into the routing context, which the REST layer then reads instead of the
     * connection. An empty body is set as well: without one the REST layer waits for bytes from the
     * connection until its read timeout (as it does after Vert.x's own BodyHandler).
     */
    private void readBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || request.version() == HttpVersion.HTTP_2) {
            // The REST layer pauses every request it takes, which HTTP/2 refuses for one already read, and
            // closing the connection would end its other streams: an HTTP/2 body is bounded by
            // quarkus.http.read-timeout instead.
            context.next();
            return;
        }
        if (request.isEnded()) {
            context.setBody(Buffer.buffer());
            context.next();
            return;
        }
        Buffer body = Buffer.buffer();
        long deadline = bodyDeadline(context);
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + chunk.length() > maxBodyBytes) {
                close(context, 413, "Payload Too Large", "The body is over " + maxBodyBytes
                        + " bytes (quarkus.http.limits.max-body-size)");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(e -> LOG.debugf("Body of %s %s broke off: %s", request.method(), request.path(), e));
        request.endHandler(end -> {
            vertx.cancelTimer(deadline);
            if (context.response().ended()) {
                return;
            }
            context.setBody(body);
            context.next();
        });
        request.resume();
    }

    /** Answers with problem+json and closes an HTTP/1 connection: the rest of the request is not read. */
    private static void close(RoutingContext context, int status, String title, String detail) {
        if (context.request().version() == HttpVersion.HTTP_2) {
            Problems.send(context.response(), status, title, detail, null); // the connection carries other streams
            return;
        }
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        // Closed once the answer is written: closing at once could cut it off.
        Problems.send(context.response(), status, title, detail, null)
                .onComplete(written -> context.request().connection().close());
    }

    /** A failure nothing answered (the body handler's 413, a bad URI): problem+json instead of an empty page. */
    void failed(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        int status = context.statusCode() > 0 ? context.statusCode() : 500;
        if (status >= 500 || context.failure() != null) {
            context.next(); // the REST layer and Quarkus log and answer these
            return;
        }
        String title = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
        Problems.send(context.response(), status, title, title + ": " + safePath(context), safePath(context));
    }

    private static String safePath(RoutingContext context) {
        try {
            return context.request().path();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean readOnly(String path) {
        if (!path.startsWith("/q/")) {
            return false; // nearly every request: no prefix to try
        }
        for (String prefix : READ_ONLY) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ORIGIN) != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }
}
