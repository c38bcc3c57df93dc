package io.zhibiao.feed;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.zhibiao.system.Inputs;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The change feed: which series changed after a cursor. */
@Tag(name = "feed")
@Path("/api/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    static final int MAX_LIMIT = 10_000;

    @Inject
    ChangeFeed changes;

    @GET
    @Operation(summary = "The series whose answers changed after a cursor",
            description = "Without 'since': the current cursor and no changes, to start from. With it: each series "
                    + "(indicator and breakdown, region, period type) that an ingest, a deletion, a re-extraction or a "
                    + "correction changed after that cursor, with the cursor to ask with next. Cursors are opaque (epoch.id), only grow within an "
                    + "epoch, and are kept in PostgreSQL: they hold across restarts and replicas; a restore of the database "
                    + "to an earlier state begins a new epoch, and cursors of the earlier one answer 410. /api/stream pushes the same changes.")
    @APIResponse(responseCode = "200", description = "The changed series and the next cursor")
    @APIResponse(responseCode = "400", description = "'since' is not a cursor this service handed out, or 'limit' is out of range")
    @APIResponse(responseCode = "410", description = "The changes after 'since' were partly deleted (the log keeps "
            + "zhibiao.changes.keep, 90 days), or 'since' is of an earlier epoch (the database was restored to an earlier "
            + "state since): read again and go on from the current cursor")
    public ChangesAnswer changes(
            @Parameter(description = "A cursor from an earlier answer (or an event id of /api/stream)", example = "3f9a2c1e.42")
            @QueryParam("since") String since,
            @Parameter(description = "Most change rows read per call, 1 to " + MAX_LIMIT + " (default 1000); 'more' says "
                    + "whether others wait", example = "1000")
            @QueryParam("limit") String limit) {
        int rows = (int) Inputs.wholeNumber("limit", limit, 1000, 1, MAX_LIMIT);
        if (since == null) {
            return new ChangesAnswer(changes.current(), false, java.util.List.of());
        }
        ChangeFeed.Position from = changes.parse("Parameter 'since'", since);
        if (from.otherEpoch()) {
            throw changes.otherEpoch("Parameter 'since'", since);
        }
        return changes.since(from.id(), rows);
    }
}
