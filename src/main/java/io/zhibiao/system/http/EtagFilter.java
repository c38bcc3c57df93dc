package io.zhibiao.system.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.zhibiao.system.DataVersion;
import io.zhibiao.system.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

/**
 * ETags for the whole read API: every 200 to a GET under /api gets a strong ETag made of the data
 * version and the representation (JSON or CSV, gzip or not), Cache-Control and Vary, and its bytes
 * are kept for the next poll; answers that set their own ETag (charts) keep it and are not kept.
 * Also turns {@code ?format=csv|json} into the Accept header, so every list speaks CSV the same way.
 */
@Provider
public class EtagFilter implements WriterInterceptor {

    private static final String TOKEN = EtagFilter.class.getName() + ".token";
    private static final String CACHE_KEY = EtagFilter.class.getName() + ".cacheKey";
    private static final String VARY = "Accept, Accept-Encoding";

    private final DataVersion version;
    private final ResponseCache cache;

    // Filters are built at static init, before config mappings exist: config comes through the cache bean.
    EtagFilter(DataVersion version, ResponseCache cache) {
        this.version = version;
        this.cache = cache;
    }

    /**
     * Notes the data version before the resource queries (the answer then holds at least this
     * version's data) and where to keep the answer. The 304 and kept answers are given earlier, by
     * {@link ConditionalGetRoute}.
     */
    @ServerRequestFilter(preMatching = true)
    public void beforeMatching(ContainerRequestContext request) {
        if (!isApiGet(request)) {
            return;
        }
        applyFormat(request);
        request.setProperty(TOKEN, version.token());
        if (cache.enabled()) {
            request.setProperty(CACHE_KEY, Representations.cacheKey(variant(request),
                    request.getUriInfo().getRequestUri().getRawPath(), request.getUriInfo().getRequestUri().getRawQuery()));
        }
    }

    @ServerResponseFilter
    public void afterResource(ContainerRequestContext request, ContainerResponseContext response) {
        String token = (String) request.getProperty(TOKEN);
        if (token == null || response.getStatus() != 200 || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            request.removeProperty(CACHE_KEY);
            return;
        }
        String etag = etag(token, request);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
    }

    /** Keeps the bytes of an answer this filter tagged, for the next poll of the same URL. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        String key = (String) context.getProperty(CACHE_KEY);
        Object etag = context.getHeaders().getFirst(HttpHeaders.ETAG);
        if (key == null || etag == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(copy);
        context.proceed();
        byte[] body = copy.toByteArray();
        original.write(body);
        Object type = context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        String contentType = type != null ? type.toString() : String.valueOf(context.getMediaType());
        cache.put((String) context.getProperty(TOKEN), key, new ResponseCache.Entry(body, contentType, etag.toString()));
    }

    private static boolean isApiGet(ContainerRequestContext request) {
        return "GET".equals(request.getMethod()) && request.getUriInfo().getRequestUri().getRawPath().startsWith("/api/");
    }

    private static void applyFormat(ContainerRequestContext request) {
        List<String> format = request.getUriInfo().getQueryParameters().get("format");
        if (format == null || format.isEmpty()) {
            return;
        }
        String accept = Representations.acceptFor(format.get(0));
        if (accept == null) {
            throw ProblemException.badRequest("Parameter 'format' must be csv or json, not '" + format.get(0) + "'");
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }

    private String cacheControl() {
        return cache.cacheControl();
    }

    static String etag(String token, ContainerRequestContext request) {
        return Representations.etag(token, variant(request));
    }

    private static String variant(ContainerRequestContext request) {
        return Representations.variant(request.getHeaderString(HttpHeaders.ACCEPT),
                request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    }
}
