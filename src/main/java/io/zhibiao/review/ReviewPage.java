package io.zhibiao.review;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the review queue, most urgent first. */
@Schema(description = "A page of the review queue, most urgent first")
public record ReviewPage(
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Page size") int size,
        @Schema(description = "Figures in the queue in all") long total,
        List<ReviewItem> items) {
}
