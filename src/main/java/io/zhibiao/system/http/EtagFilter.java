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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

/**
 * Conditional GETs for the whole read API: every GET under /api gets a strong ETag made of the data
 * version and the representation (JSON or CSV, gzip or not), and a matching If-None-Match is answered
 * 304 before any resource runs, so without a database query. Answers that set their own ETag (charts)
 * keep it. Also turns {@code ?format=csv|json} into the Accept header, so every list speaks CSV the same way.
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

    /** Answers 304 or a kept answer without running the resource; null lets the request through. */
    @ServerRequestFilter(preMatching = true)
    public Response beforeMatching(ContainerRequestContext request) {
        if (!isApiGet(request)) {
            return null;
        }
        applyFormat(request);
        // Taken before the resource queries: the answer then holds at least this version's data.
        String token = version.token();
        request.setProperty(TOKEN, token);
        String etag = etag(token, request);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return withCaching(Response.notModified(), etag).build();
        }
        if (cache.enabled()) {
            String key = cacheKey(request);
            ResponseCache.Entry hit = cache.get(token, key);
            if (hit != null) {
                return withCaching(Response.ok(hit.body(), hit.contentType()), hit.etag()).build();
            }
            request.setProperty(CACHE_KEY, key);
        }
        return null;
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
        String accept = switch (format.get(0)) {
            case "csv" -> CsvWriter.TEXT_CSV;
            case "json" -> MediaType.APPLICATION_JSON;
            default -> throw ProblemException.badRequest("Parameter 'format' must be csv or json, not '" + format.get(0) + "'");
        };
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }

    private Response.ResponseBuilder withCaching(Response.ResponseBuilder builder, String etag) {
        return builder.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl())
                .header(HttpHeaders.VARY, VARY);
    }

    private String cacheControl() {
        return cache.cacheControl();
    }

    /** Strong, and distinct per representation as RFC 9110 asks of strong validators. */
    static String etag(String token, ContainerRequestContext request) {
        return '"' + token + '-' + variant(request) + '"';
    }

    private static String variant(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        String encoding = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        String type = accept != null && accept.contains(CsvWriter.TEXT_CSV) ? "csv" : "json";
        return encoding != null && encoding.contains("gzip") ? type + "-gz" : type;
    }

    private static String cacheKey(ContainerRequestContext request) {
        return variant(request) + ' ' + request.getUriInfo().getRequestUri().getRawPath() + '?'
                + request.getUriInfo().getRequestUri().getRawQuery();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
