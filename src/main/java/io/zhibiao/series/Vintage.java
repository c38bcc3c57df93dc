package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.Qualifier;

/** One value a fact has had, from the publication that brought it until the next vintage. */
@Schema(description = "A value the fact has had and the publication date from which it held")
public record Vintage(
        @Schema(description = "Publication date from which this value held (asOf on or after it gives it)", example = "2026-01-08") LocalDate from,
        @Schema(description = "Publication date of the next vintage, when this one stopped holding; null for the current value") LocalDate until,
        @Schema(description = "The value in base units", example = "320000000") BigDecimal value,
        @Schema(description = "Upper bound for a range, else null") BigDecimal valueMax,
        @Schema(description = "Qualifier", example = "approx") Qualifier qualifier,
        @Schema(description = "Unit as written", example = "亿元") String unit,
        @Schema(description = "The observation that carried it", example = "151") long observationId,
        @Schema(description = "The document that carried it") SourceDocument document) {
}
