package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.Qualifier;

/** One value a fact has had, from the publication or the editor's review that brought it until the next vintage. */
@Schema(description = "A value the fact has had and the day from which it held: a publication date, or the day of an "
        + "editor's review of the figure the API picks")
public record Vintage(
        @Schema(description = "Day from which this value held (asOf on or after it gives it)", example = "2026-01-08") LocalDate from,
        @Schema(description = "Publication date of the next vintage, when this one stopped holding; null for the current value") LocalDate until,
        @Schema(description = "The value in base units; null from the day a review left the fact without any report "
                + "(its only figure rejected or moved to another fact)", example = "320000000") BigDecimal value,
        @Schema(description = "Upper bound for a range, else null") BigDecimal valueMax,
        @Schema(description = "Qualifier", example = "approx") Qualifier qualifier,
        @Schema(description = "Unit as written", example = "亿元") String unit,
        @Schema(description = "The observation that carried it (null with a null value)", example = "151") Long observationId,
        @Schema(description = "The document that carried it (null with a null value)") SourceDocument document,
        @Schema(description = "The reviews that began this vintage (the picked figure accepted, corrected or rejected "
                + "that day); empty for a vintage a publication began") List<VintageReview> reviews) {
}
