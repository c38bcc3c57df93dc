package io.zhibiao.system;

import java.util.LinkedHashMap;
import java.util.Map;

/** Thrown by any feature to answer with a problem+json of the given status and detail. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    /** Adds a header to the answer, such as Retry-After or Allow. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
