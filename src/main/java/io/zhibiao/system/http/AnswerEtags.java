package io.zhibiao.system.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The ETags a GET of an answer carries (its JSON, plain and gzipped), for code that announces a change without
 * being asked over HTTP: the change stream tells a dashboard the new ETag of each series it changed, so the
 * dashboard knows whether the answer it holds is still current without asking.
 */
@ApplicationScoped
public class AnswerEtags {

    /** The ETags of one answer: as sent plain, and as sent to a client that takes gzip. */
    public record Json(String plain, String gzip) {
    }

    @Inject
    AnswerBytes bytes;

    /** The ETags {@link EtagFilter} gives this answer as JSON. */
    public Json of(Object answer) {
        byte[] body = bytes.json(answer);
        return new Json(Representations.etag(body, Representations.variant("application/json", null)),
                Representations.etag(body, Representations.variant("application/json", "gzip")));
    }
}
