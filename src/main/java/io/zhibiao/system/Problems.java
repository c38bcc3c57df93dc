package io.zhibiao.system;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** Problem details written below the REST layer (Vert.x routes), shaped like {@link Problem}. */
public final class Problems {

    public static final String PROBLEM_JSON = ProblemMappers.PROBLEM_JSON;

    private Problems() {
    }

    static String type(int status) {
        return "https://zhibiao.io/problems/" + status;
    }

    /** Ends {@code response} with a problem+json body, unless it has already been sent; completes once written. */
    public static Future<Void> send(HttpServerResponse response, int status, String title, String detail, String instance) {
        if (response.ended() || response.headWritten()) {
            return Future.succeededFuture();
        }
        String body = new JsonObject().put("type", type(status)).put("title", title).put("status", status)
                .put("detail", detail).put("instance", instance).encode();
        return response.setStatusCode(status).putHeader("Content-Type", PROBLEM_JSON).end(body);
    }
}
