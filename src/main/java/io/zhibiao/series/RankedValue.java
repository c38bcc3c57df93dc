package io.zhibiao.series;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One place of a ranking. */
@Schema(description = "One place of a ranking; equal values share a rank")
public record RankedValue(
        @Schema(description = "1 for the first; equal values share a rank", example = "1") int rank,
        @Schema(description = "The region's value") ChildValue value) {
}
