package io.zhibiao.system.http;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.zhibiao.system.DataVersion;
import io.zhibiao.system.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * ETags for the whole read API: every 200 to a GET under /api gets a strong ETag made of the data
 * version and the representation (JSON or CSV, gzip or not), Cache-Control and Vary, and its bytes
 * are kept for the next poll; answers that set their own ETag keep it and are not kept, and paths
 * listed in {@code zhibiao.http.unversioned-paths} (charts) are left alone.
 * Also turns {@code ?format=csv|json} into the Accept header, so every list speaks CSV the same way.
 */
public class EtagFilter {

    private static final String TOKEN = EtagFilter.class.getName() + ".token";
    private static final String CACHE_KEY = EtagFilter.class.getName() + ".cacheKey";
    private static final String VARY = "Accept, Accept-Encoding";

    private final DataVersion version;
    private final ResponseCache cache;
    private final AnswerBytes bytes;

    // Filters are built at static init, before config mappings exist: config comes through the cache bean.
    EtagFilter(DataVersion version, ResponseCache cache, AnswerBytes bytes) {
        this.version = version;
        this.cache = cache;
        this.bytes = bytes;
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

    /**
     * Tags a 200 with the version noted before the resource ran; a JSON or CSV answer is serialized
     * here, once, so the bytes sent are the bytes kept for the next poll.
     */
    @ServerResponseFilter
    public void afterResource(ContainerRequestContext request, ContainerResponseContext response) {
        String token = (String) request.getProperty(TOKEN);
        if (token == null || response.getStatus() != 200 || response.getHeaders().containsKey(HttpHeaders.ETAG)
                || !cache.mayTag(token)) {
            return;
        }
        String etag = etag(token, request);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        String key = (String) request.getProperty(CACHE_KEY);
        MediaType type = response.getMediaType();
        Object entity = response.getEntity();
        if (key == null || type == null || entity == null || entity instanceof byte[]) {
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
        response.setEntity(body, new java.lang.annotation.Annotation[0], sent);
        cache.put(token, key, new ResponseCache.Entry(body, sent.toString(), etag));
    }

    private boolean isApiGet(ContainerRequestContext request) {
        return "GET".equals(request.getMethod()) && cache.versioned(request.getUriInfo().getRequestUri().getRawPath());
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
