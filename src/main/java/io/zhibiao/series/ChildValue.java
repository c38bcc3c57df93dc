package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;

/** The value one region reported, or nulls when it reported none. */
@Schema(description = "The value one region reported for the period; value and the rest are null when it reported none")
public record ChildValue(
        @Schema(description = "The region") RegionRef region,
        @Schema(description = "Value in base units, null when this region reported none", example = "1250000000") BigDecimal value,
        @Schema(description = "Upper bound for a range, else null") BigDecimal valueMax,
        @Schema(description = "exact, approx, at_least, at_most or range", example = "exact") Qualifier qualifier,
        @Schema(description = "Unit as written in the source", example = "亿元") String unit,
        @Schema(description = "First day the value covers", example = "2025-01-01") LocalDate periodStart,
        @Schema(description = "Last day the value covers", example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "Period type of the value (the answer's one type)", example = "year") PeriodType periodType,
        @Schema(description = "Observation the value comes from (see /api/observations/{id})", example = "151") Long observationId,
        @Schema(description = "How many other reports of the same fact exist", example = "0") Integer alternatives) {

    /**
     * The CSV columns after {@code leading} ones (a ranking's rank), the value columns naming the base unit
     * ({@code value (元)}), with the breakdown's column when the answer is about one item of a classification.
     */
    static List<String> csvHeader(DisplayUnit display, Map<String, String> breakdown, String... leading) {
        return BreakdownColumn.header(breakdown, List.of(leading), List.of("region_code", "region_name",
                display.column("value"), display.column("value_max"), "qualifier", "unit_as_written", "period_type",
                "period_start", "period_end", "observation_id", "alternatives"));
    }

    /** The cells under {@link #csvHeader}. */
    List<Object> csvCells(Map<String, String> breakdown, Object... leading) {
        return BreakdownColumn.row(breakdown, Arrays.asList(leading), Arrays.asList(region.code(), region.name(), value,
                valueMax, qualifier, unit, periodType, periodStart, periodEnd, observationId, alternatives));
    }
}
