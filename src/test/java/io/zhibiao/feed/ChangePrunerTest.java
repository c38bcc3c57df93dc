package io.zhibiao.feed;

import static io.restassured.RestAssured.given;
import static io.zhibiao.feed.FeedFixtures.article;
import static io.zhibiao.feed.FeedFixtures.cursor;
import static io.zhibiao.feed.FeedFixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ChangePrunerTest {

    @Inject
    DSLContext dsl;
    @Inject
    ChangePruner pruner;

    @Test
    void deletesChangesOlderThanTheRetentionAndAnswersGoneForCursorsBeforeThem() {
        String before = cursor();
        post(article());
        long newest = FeedFixtures.id(cursor());
        assertTrue(newest > FeedFixtures.id(before), "the article must change series");
        // Age everything up to now past the 90 days kept, then add one fresh change after it.
        dsl.execute("UPDATE series_change SET changed_at = now() - interval '100 days' WHERE id <= ?", newest);
        post(article());
        long fresh = FeedFixtures.id(cursor());

        assertEquals(newest, pruner.prune());
        assertEquals(0, dsl.fetchCount(dsl.selectFrom("series_change").where("id <= ?", newest)));
        assertEquals(fresh - newest, dsl.fetchCount(dsl.selectFrom("series_change").where("id > ?", newest)));
        assertNull(pruner.prune(), "nothing more is old enough");

        given().queryParam("since", before).when().get("/api/changes")
                .then().statusCode(410)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("were deleted"))
                .body("detail", containsString("." + newest + "'"));
        given().header("Last-Event-ID", before).when().get("/api/stream")
                .then().statusCode(410)
                .contentType(startsWith("application/problem+json"));
        given().queryParam("since", FeedFixtures.epoch(before) + "." + newest).when().get("/api/changes")
                .then().statusCode(200)
                .body("cursor", equalTo(FeedFixtures.epoch(before) + "." + fresh));
    }

    @Test
    void aLogPrunedEmptyKeepsItsCursor() {
        post(article());
        long newest = FeedFixtures.id(cursor());
        dsl.execute("UPDATE series_change SET changed_at = now() - interval '100 days'");
        assertEquals(newest, pruner.prune());
        assertEquals(0, dsl.fetchCount(dsl.selectFrom("series_change")));

        // Nothing changed since: the newest cursor is still the last one handed out, and it is good.
        String at = cursor();
        assertEquals(newest, FeedFixtures.id(at));
        given().queryParam("since", at).when().get("/api/changes")
                .then().statusCode(200)
                .body("cursor", equalTo(at))
                .body("changes.size()", equalTo(0));
        post(article());
        assertTrue(FeedFixtures.id(cursor()) > newest, "changes after the pruning go on from it");
    }
}
