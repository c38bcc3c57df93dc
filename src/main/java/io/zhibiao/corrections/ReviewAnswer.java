package io.zhibiao.corrections;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a review did: the review as recorded and the figure's new ETag. */
@Schema(description = "The review as recorded, and the figure's new state")
public record ReviewAnswer(
        @Schema(description = "The review") CorrectionView correction,
        @Schema(description = "The figure's ETag after the review (for the next If-Match); null after a rejection")
        String etag) {
}
