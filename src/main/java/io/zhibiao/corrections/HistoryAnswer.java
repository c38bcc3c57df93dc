package io.zhibiao.corrections;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every review of one figure, oldest first. */
@Schema(description = "Every review of one figure, oldest first: who changed what, when, from what to what and why")
public record HistoryAnswer(
        @Schema(description = "The observation asked about", example = "151") long observationId,
        @Schema(description = "The reviews, oldest first; the last is current") List<CorrectionView> reviews) {
}
