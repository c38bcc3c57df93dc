package io.zhibiao.series;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;

/** Every value one fact has had, oldest first. */
@Schema(description = "The vintages of one fact (indicator, region, period, kind): each value it has had, oldest first")
public record VintagesAnswer(
        @Schema(description = "The observation asked about", example = "151") long observationId,
        @Schema(description = "Indicator code", example = "loans.issued") String indicator,
        @Schema(description = "The region") RegionRef region,
        @Schema(description = "First day of the period", example = "2025-01-01") LocalDate periodStart,
        @Schema(description = "Last day of the period", example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "Period type", example = "year") PeriodType periodType,
        @Schema(description = "actual or target", example = "actual") Kind kind,
        @Schema(description = "How a vintage is chosen") String rule,
        @Schema(description = "The vintages, oldest first; the last is the value the API answers today") List<Vintage> vintages) {
}
