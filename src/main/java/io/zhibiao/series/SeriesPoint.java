package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored value of a series. */
@Schema(description = "One value of a series, with the observation it came from")
public record SeriesPoint(
        @Schema(description = "First day the value covers") LocalDate periodStart,
        @Schema(description = "Last day the value covers (the as-of date for stocks)") LocalDate periodEnd,
        @Schema(description = "Value in base units (yuan, persons, percent …)") BigDecimal value,
        @Schema(description = "Upper bound for a range, else null") BigDecimal valueMax,
        @Schema(description = "exact, approx, at_least, at_most or range") String qualifier,
        @Schema(description = "actual or target") String kind,
        @Schema(description = "Unit as written in the source") String unit,
        @Schema(description = "Id of the observation; its provenance is under /api/observations/{id}") long observationId) {
}
