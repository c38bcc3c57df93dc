package io.zhibiao.system.http;

/**
 * How a GET under /api is told apart for caching: the representation (JSON or CSV, gzip or not),
 * its strong ETag and its cache key. The Vert.x fast path and the REST filters use the same rules.
 */
final class Representations {

    private Representations() {
    }

    /** The media type {@code ?format=} asks for, or null for none or an unknown value (the REST filter answers 400). */
    static String acceptFor(String format) {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case "csv" -> CsvWriter.TEXT_CSV;
            case "json" -> "application/json";
            default -> null;
        };
    }

    static String variant(String accept, String acceptEncoding) {
        String type = accept != null && accept.contains(CsvWriter.TEXT_CSV) ? "csv" : "json";
        return acceptEncoding != null && acceptEncoding.contains("gzip") ? type + "-gz" : type;
    }

    /** Strong, and distinct per representation as RFC 9110 asks of strong validators. */
    static String etag(String token, String variant) {
        return '"' + token + '-' + variant + '"';
    }

    static String cacheKey(String variant, String rawPath, String rawQuery) {
        return variant + ' ' + rawPath + '?' + (rawQuery == null ? "" : rawQuery);
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x". */
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
