package io.zhibiao.charts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.ws.rs.core.Response;

/** HTTP details of serving a PNG: conditional requests and a download name that survives every browser. */
final class PngResponses {

    static final String IMAGE_PNG = "image/png";
    // RFC 8187 attr-char besides letters and digits.
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private PngResponses() {
    }

    static Response png(byte[] bytes, String etag, String fileName, String asciiName, int maxAge, String ifNoneMatch) {
        String cacheControl = "public, max-age=" + maxAge;
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().tag(unquoted(etag)).header("Cache-Control", cacheControl).build();
        }
        return Response.ok(bytes, IMAGE_PNG)
                .header("ETag", etag)
                .header("Cache-Control", cacheControl)
                .header("Content-Disposition", contentDisposition(fileName, asciiName))
                .build();
    }

    /** {@code attachment; filename="ascii.png"; filename*=UTF-8''%E9%B9%B0….png} */
    static String contentDisposition(String fileName, String asciiName) {
        String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".png";
        String ascii = asciiName.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png";
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncode(safe);
    }

    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    // Response.tag() quotes the value itself.
    private static String unquoted(String etag) {
        return etag.replace("\"", "");
    }
}
