package io.zhibiao.system.http;

import java.nio.ByteBuffer;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * An answer held in memory and sent from the Vert.x event loop the way a static file server sends a file:
 * ETag and Cache-Control always, 304 when If-None-Match holds the ETag, else the bytes with their type
 * (HEAD: the same headers and Content-Length, no body). One shape for the kept API answers
 * ({@link ConditionalGetRoute}) and the pre-rendered charts ({@code charts.ChartFileRoute}).
 * <p>
 * Made once per answer, sent many times, so the work per request is only what must differ: the bytes
 * sit in direct memory (Netty copies a heap buffer into a direct one on every write; the measurements
 * are in bench/api/RESULTS.md), and the header values are pre-encoded ASCII, which Vert.x writes as
 * they are.
 *
 * @param body            the bytes as sent (gzipped when {@code contentEncoding} says so)
 * @param etag            the strong ETag, quoted
 * @param contentEncoding gzip, or null for the bytes as they are
 */
public record KeptAnswer(Buffer body, CharSequence etag, CharSequence contentType, CharSequence contentEncoding,
        CharSequence contentLength) {

    private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");

    public static KeptAnswer of(byte[] bytes, String etag, String contentType, boolean gzip) {
        return new KeptAnswer(direct(bytes), HttpHeaders.createOptimized(etag), HttpHeaders.createOptimized(contentType),
                gzip ? GZIP : null, HttpHeaders.createOptimized(Integer.toString(bytes.length)));
    }

    /** A header value that is the same on many answers (Cache-Control, Vary, Content-Disposition), encoded once. */
    public static CharSequence header(String value) {
        return HttpHeaders.createOptimized(value);
    }

    /**
     * The bytes in memory the GC frees (a JDK direct buffer has a cleaner), marked unreleasable: every
     * write sends a view of them, and Netty releasing a view must not free what later answers send.
     */
    static Buffer direct(byte[] bytes) {
        ByteBuffer memory = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        return Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(memory)));
    }

    public String etagText() {
        return etag.toString();
    }

    public int length() {
        return body.length();
    }

    /**
     * Sends this answer. {@code vary} and {@code disposition} are left out when null; a 304 carries ETag,
     * Cache-Control and Vary, as the 200 it stands for would.
     */
    public int send(HttpServerRequest request, CharSequence cacheControl, CharSequence vary, CharSequence disposition) {
        HttpServerResponse response = request.response()
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (vary != null) {
            response.putHeader(HttpHeaders.VARY, vary);
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etagText())) {
            response.setStatusCode(304).end();
            return 304;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        if (contentEncoding != null) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, contentEncoding);
        }
        if (disposition != null) {
            response.putHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        if (request.method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, contentLength).end();
        } else {
            response.end(body);
        }
        return 200;
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x"; * matches any. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.equals(etag)) {
            return true; // what a poller sends: the one ETag it was given
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.startsWith("W/") && c.regionMatches(2, etag, 0, etag.length())
                    && c.length() == etag.length() + 2) {
                return true;
            }
        }
        return false;
    }
}
