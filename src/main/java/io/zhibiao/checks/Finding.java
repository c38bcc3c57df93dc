package io.zhibiao.checks;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;

/** One finding of a check: the observations it involves and the evidence in words. */
@Schema(description = "A finding of a check: what the stored figures say against each other")
public record Finding(
        @Schema(description = "Finding id (changes when the findings of its series are recomputed)") long id,
        @Schema(description = "The check that found it", example = "growth_mismatch") Check check,
        @Schema(description = "Ids of the observations involved, the one the finding is about first") List<Long> observations,
        @Schema(description = "6-digit region code the finding belongs to (the parent for children that exceed it)",
                example = "360100") String region,
        @Schema(description = "Indicator code the finding belongs to", example = "gdp.yoy") String indicator,
        @Schema(description = "First day of the period", example = "2025-01-01") LocalDate periodStart,
        @Schema(description = "Last day of the period", example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "Period type", example = "year") PeriodType periodType,
        @Schema(description = "actual or target", example = "actual") Kind kind,
        @Schema(description = "The evidence, in words, with the values involved") String detail) {
}
