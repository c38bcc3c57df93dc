package io.zhibiao.system.http;

import java.lang.annotation.Annotation;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.zhibiao.system.DataVersion;
import io.zhibiao.system.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * ETags for the read API: every JSON or CSV 200 to a GET or HEAD under /api is serialized here, once,
 * and tagged with a hash of its bytes and representation (JSON or CSV, gzip or not), so a URL's ETag
 * changes exactly when its answer does; an ingest elsewhere leaves it alone. A request whose
 * If-None-Match holds that ETag gets a 304. The bytes (gzipped here when the client takes gzip, so
 * GET, HEAD and later repeats send the same Content-Length) are kept for the next poll of this data
 * version. Answers that set their own ETag, errors, and paths in {@code zhibiao.http.unversioned-paths}
 * (charts) are left alone. Also turns {@code ?format=csv|json|jsonstat} into the Accept header.
 */
public class EtagFilter {

    private static final String TOKEN = EtagFilter.class.getName() + ".token";
    private static final String CACHE_KEY = EtagFilter.class.getName() + ".cacheKey";

    // Filters are built at static init, before config mappings exist: config comes through the cache bean.
    @Inject
    DataVersion version;
    @Inject
    ResponseCache cache;
    @Inject
    AnswerBytes bytes;

    /**
     * Notes the data version before the resource queries (the answer then holds at least this
     * version's data) and where to keep the answer. Polls with a kept answer never get here: {@link
     * ConditionalGetRoute} answers them.
     */
    @ServerRequestFilter(preMatching = true)
    public void beforeMatching(ContainerRequestContext request) {
        if (!isApiRead(request)) {
            return;
        }
        applyFormat(request);
        request.setProperty(TOKEN, version.token());
        request.setProperty(CACHE_KEY, Representations.cacheKey(variant(request),
                request.getUriInfo().getRequestUri().getRawPath(), request.getUriInfo().getRequestUri().getRawQuery()));
    }

    /** Serializes and tags a 200; 304 when the client holds this ETag; keeps the bytes for the next poll. */
    @ServerResponseFilter
    public void afterResource(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest vertxRequest) {
        String token = (String) request.getProperty(TOKEN);
        if (token == null || response.getStatus() != 200 || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        MediaType type = response.getMediaType();
        Object entity = response.getEntity();
        if (type == null || entity == null || entity instanceof byte[]) {
            return;
        }
        byte[] body;
        MediaType sent;
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            body = bytes.json(entity);
            sent = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
        } else if (type.isCompatible(CsvWriter.CSV_UTF8)) {
            body = bytes.csv(entity);
            sent = CsvWriter.CSV_UTF8;
        } else {
            return;
        }
        String variant = variant(request);
        boolean gzip = Representations.gzipped(variant);
        String etag = Representations.etag(body, variant);
        byte[] wire = gzip ? Representations.gzip(body) : body;
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cache.cacheControl());
        headers.putSingle(HttpHeaders.VARY, Representations.vary(response.getHeaderString(HttpHeaders.VARY)));
        if (gzip) {
            headers.putSingle("Content-Encoding", "gzip");
        }
        if (Representations.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            RouteMetricsTags.file(vertxRequest, route(vertxRequest));
            headers.remove("Content-Encoding");
        } else {
            response.setEntity(wire, new Annotation[0], sent);
        }
        String key = (String) request.getProperty(CACHE_KEY);
        if (cache.enabled() && cache.mayTag(token)) {
            cache.put(token, key, new ResponseCache.Entry(wire, sent.toString(), etag, gzip, route(vertxRequest)));
        }
    }

    /**
     * The route template Quarkus REST matched (e.g. /api/documents/{id}), kept with the answer for its metrics;
     * a route without parameters has none set, and its path is its template.
     */
    private static String route(HttpServerRequest request) {
        String template = request instanceof HttpServerRequestInternal internal
                ? internal.context().getLocal(RouteMetricsTags.ROUTE_TEMPLATE)
                : null;
        return template != null ? template : request.path();
    }

    private boolean isApiRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && cache.versioned(request.getUriInfo().getRequestUri().getRawPath());
    }

    private void applyFormat(ContainerRequestContext request) {
        List<String> format = request.getUriInfo().getQueryParameters().get("format");
        if (format == null || format.isEmpty()) {
            return;
        }
        String accept = Representations.acceptFor(format.get(0));
        List<String> jsonStatPaths = cache.jsonStatPaths();
        boolean jsonStatHere = jsonStatPaths.contains(request.getUriInfo().getPath());
        if (accept == null || ("jsonstat".equals(format.get(0)) && !jsonStatHere)) {
            throw ProblemException.badRequest("Parameter 'format' must be csv or json"
                    + (jsonStatHere ? " or jsonstat" : " (jsonstat only on " + String.join(" and ", jsonStatPaths) + ")")
                    + ", not '" + format.get(0) + "'");
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }

    private static String variant(ContainerRequestContext request) {
        return Representations.variant(request.getHeaderString(HttpHeaders.ACCEPT),
                request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    }
}
