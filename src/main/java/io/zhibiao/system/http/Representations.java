package io.zhibiao.system.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * How a GET under /api is told apart for caching: the representation (JSON or CSV, gzip or not),
 * its strong ETag and its cache key. The Vert.x fast path and the REST filters use the same rules.
 */
final class Representations {

    // Origin: the CORS filter echoes the caller's origin into Access-Control-Allow-Origin.
    private static final String VARY = "Accept, Accept-Encoding, Origin";

    private Representations() {
    }

    /** The media type {@code ?format=} asks for, or null for none or an unknown value (the REST filter answers 400). */
    static String acceptFor(String format) {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case "csv" -> CsvWriter.TEXT_CSV;
            case "json", "jsonstat" -> "application/json";
            default -> null;
        };
    }

    static String variant(String accept, String acceptEncoding) {
        String type = accept != null && accept.contains(CsvWriter.TEXT_CSV) ? "csv" : "json";
        return acceptEncoding != null && acceptEncoding.contains("gzip") ? type + "-gz" : type;
    }

    /**
     * Strong, and distinct per representation as RFC 9110 asks of strong validators: a hash of the
     * uncompressed bytes with the variant, so one URL keeps its ETag for as long as its answer is the
     * same, whatever else changed in the data.
     */
    static String etag(byte[] body, String variant) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(digest, 0, 12) + '-' + variant + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** What answers vary by: the representation and the origin, plus whatever an earlier handler said. */
    static String vary(String existing) {
        if (existing == null || existing.isBlank()) {
            return VARY;
        }
        var names = new java.util.LinkedHashSet<String>(java.util.List.of("Accept", "Accept-Encoding", "Origin"));
        for (String name : existing.split(",")) {
            if (!name.isBlank() && names.stream().noneMatch(n -> n.equalsIgnoreCase(name.strip()))) {
                names.add(name.strip());
            }
        }
        return String.join(", ", names);
    }

    static boolean gzipped(String variant) {
        return variant.endsWith("-gz");
    }

    /** gzip with a zero timestamp, so the same answer gives the same bytes on every replica. */
    static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String cacheKey(String variant, String rawPath, String rawQuery) {
        return variant + ' ' + rawPath + '?' + (rawQuery == null ? "" : rawQuery);
    }

    static boolean matches(String ifNoneMatch, String etag) {
        return KeptAnswer.matches(ifNoneMatch, etag);
    }
}
