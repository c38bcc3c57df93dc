package io.zhibiao.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.indicators.Indicator;
import io.zhibiao.regions.Level;
import io.zhibiao.system.http.CsvTable;

/** A roll-up: one value per child region and the parent's value computed from them. */
@Schema(description = "One value per child region at the level and the parent's roll-up, with coverage")
public record AggregateAnswer(
        @Schema(description = "The indicator") Indicator indicator,
        @Schema(description = "The parent region") RegionRef parent,
        @Schema(description = "Level of the children", example = "county") Level level,
        @Schema(description = "First day of the period; null for an as-of date", example = "2025-01-01") LocalDate periodStart,
        @Schema(description = "Last day of the period", example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "actual or target", example = "actual") Kind kind,
        @Schema(description = "The one period type of every value; null when no region reported", example = "year") PeriodType periodType,
        @Schema(description = "How to print the values; all share it") DisplayUnit display,
        @Schema(description = "The parent's value computed from the children") Rollup rollup,
        @Schema(description = "Children that reported against children that exist") Coverage coverage,
        @Schema(description = "How one value is chosen when several documents report the same fact") String rule,
        @Schema(description = "The asOf the answer was given for (only documents published by then count); absent when not asked",
                example = "2026-01-31") @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
        @Schema(description = "Every child region, with null values where it reported none") List<ChildValue> children,
        @Schema(description = "The item of a national classification the values are of (breakdown=); absent for the "
                + "indicator's total", example = "{\"product\": \"粗钢\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown)
        implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return ChildValue.csvHeader(display, breakdown);
    }

    @Override
    public List<List<Object>> csvRows() {
        return children.stream().map(c -> c.csvCells(breakdown)).toList();
    }
}
