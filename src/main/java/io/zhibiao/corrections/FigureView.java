package io.zhibiao.corrections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.zhibiao.extract.Breakdowns;

/** A figure's reviewable attributes as the API names them (the names a review's changes use). */
@Schema(description = "A figure's attributes, under the names a review's 'changes' use")
record FigureView(
        @Schema(description = "Indicator code", example = "loans.issued") String indicator,
        @Schema(description = "Classification item; absent for the indicator's total", example = "{\"product\": \"粗钢\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown,
        @Schema(description = "6-digit region code", example = "360700") String region,
        @Schema(description = "First day of the period", example = "2025-01-01") LocalDate periodStart,
        @Schema(description = "Last day of the period", example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "Period type", example = "year") String periodType,
        @Schema(description = "actual or target", example = "actual") String kind,
        @Schema(description = "Value in base units", example = "1250000000") BigDecimal value,
        @Schema(description = "Upper bound of a range, else null") BigDecimal valueMax,
        @Schema(description = "Unit as written", example = "亿元") String unit,
        @Schema(description = "Unit class", example = "money_cny") String unitClass,
        @Schema(description = "Qualifier", example = "exact") String qualifier) {

    static FigureView of(Figure f) {
        return f == null ? null : new FigureView(f.indicator(), Breakdowns.of(f.breakdown()), f.region(),
                f.periodStart(), f.periodEnd(), f.periodType(), f.kind(), f.value(), f.valueMax(), f.unit(),
                f.unitClass(), f.qualifier());
    }
}
