package io.zhibiao.series;

/**
 * The strong ETag of one stored figure's state: a hash of its row and of the latest review of it, so every
 * correction (even an accept, which changes no value) moves it, and a change anywhere else does not. GET
 * /api/observations/{id} sends it; POST /api/observations/{id}/review takes it as If-Match.
 */
public final class ObservationTags {

    /** One parameter: the observation id. No row when there is no such observation. */
    public static final String STATE_HASH = """
            SELECT md5(to_jsonb(o)::text || '/' || coalesce((SELECT max(c.id) FROM correction c
                                                              WHERE c.observation_id = o.id), 0))
            FROM observation o WHERE o.id = ?""";

    private ObservationTags() {
    }

    /** The ETag header value (quoted, strong) of a figure's state hash. */
    public static String etag(long id, String hash) {
        return "\"o" + id + "-" + hash + "\"";
    }
}
