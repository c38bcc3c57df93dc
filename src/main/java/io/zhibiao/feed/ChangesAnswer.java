package io.zhibiao.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The series changed after a cursor, and the cursor to ask with next. */
@Schema(description = "The series whose answers changed after 'since', and the cursor to ask with next")
public record ChangesAnswer(
        @Schema(description = "Opaque cursor (epoch.id): ask with since=<this> next; it only grows within an epoch", example = "3f9a2c1e.42") String cursor,
        @Schema(description = "True when more changes wait beyond this page: ask again with the cursor at once") boolean more,
        @Schema(description = "The changed series, oldest change first; empty without 'since'") List<ChangedSeries> changes) {
}
