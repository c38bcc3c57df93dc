package io.zhibiao.corrections;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of corrections, oldest first. */
@Schema(description = "A page of the current reviews, oldest first")
public record CorrectionPage(
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Page size") int size,
        @Schema(description = "Reviews that match in all") long total,
        List<CorrectionView> items) {
}
