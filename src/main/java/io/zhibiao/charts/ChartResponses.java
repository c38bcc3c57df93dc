package io.zhibiao.charts;

import java.nio.charset.StandardCharsets;

import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.KeptAnswer;
import jakarta.ws.rs.core.Response;

/**
 * HTTP details of serving a chart as PNG, SVG or CSV: media types, conditional requests, and a download
 * name that keeps its Chinese in browsers (RFC 6266 / 8187 {@code filename*}) with an ASCII
 * {@code filename} for everything else ({@code curl -OJ}).
 */
final class ChartResponses {

    static final String IMAGE_PNG = "image/png";
    static final String IMAGE_SVG = "image/svg+xml";
    static final String TEXT_CSV = "text/csv;charset=UTF-8";
    // RFC 8187 attr-char besides letters and digits.
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ChartResponses() {
    }

    /** png, svg or csv from a file name such as {@code series_x_360600.svg}; anything else is not a chart. */
    static String format(String file) {
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!format.equals("png") && !format.equals("svg") && !format.equals("csv")) {
            throw ProblemException.notFound("Charts are served as {key}.png, {key}.svg or {key}.csv; '" + file
                    + "' ends in none of them");
        }
        return format;
    }

    static String mediaType(String format) {
        return switch (format) {
            case "svg" -> IMAGE_SVG;
            case "csv" -> TEXT_CSV;
            default -> IMAGE_PNG;
        };
    }

    /** Each format of a chart has its own ETag, derived from the one of its data. */
    static String etag(String dataEtag, String format) {
        return format.equals("png") ? dataEtag : dataEtag.substring(0, dataEtag.length() - 1) + "-" + format + "\"";
    }

    /**
     * The answer for one format: 304 when If-None-Match holds its ETag; else the bytes, shown inline (an
     * {@code <img>}, a browser tab) or, with {@code download}, as an attachment.
     */
    static Response of(String format, byte[] bytes, String etag, String fileName, String asciiName, int maxAge,
            String ifNoneMatch, boolean download) {
        String cacheControl = "public, max-age=" + maxAge;
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().tag(etag.replace("\"", "")).header("Cache-Control", cacheControl).build();
        }
        return Response.ok(bytes, mediaType(format))
                .header("ETag", etag)
                .header("Cache-Control", cacheControl)
                .header("Content-Disposition", contentDisposition(download ? "attachment" : "inline", fileName, asciiName, format))
                .build();
    }

    /** {@code attachment; filename="ascii.png"; filename*=UTF-8''%E9%B9%B0….png} */
    static String contentDisposition(String type, String fileName, String asciiName, String extension) {
        String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "." + extension;
        String ascii = asciiName.replaceAll("[^A-Za-z0-9._-]+", "_") + "." + extension;
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncode(safe);
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
        return KeptAnswer.matches(ifNoneMatch, etag);
    }
}
