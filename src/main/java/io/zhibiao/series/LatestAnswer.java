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

/** The newest value of every region of a level under a parent, for maps. */
@Schema(description = "The newest value of every region at the level under the parent (null where none reported)")
public record LatestAnswer(
        @Schema(description = "The indicator") Indicator indicator,
        @Schema(description = "The parent region") RegionRef parent,
        @Schema(description = "Level of the regions", example = "prefecture") Level level,
        @Schema(description = "actual or target", example = "actual") Kind kind,
        @Schema(description = "The one period type of every value; null when no region reported", example = "year") PeriodType periodType,
        @Schema(description = "How to print the values; all share it") DisplayUnit display,
        @Schema(description = "Regions with a value against regions that exist") Coverage coverage,
        @Schema(description = "How one value is chosen: the latest period end, then the shortest period, then the newest publication") String rule,
        @Schema(description = "The asOf the answer was given for (only documents published by then count); absent when not asked",
                example = "2026-01-31") @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
        @Schema(description = "Every region at the level, by code") List<ChildValue> regions,
        @Schema(description = "The item of a national classification the values are of (breakdown=); absent for the "
                + "indicator's total", example = "{\"product\": \"粗钢\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return ChildValue.csvHeader(display, breakdown);
    }

    @Override
    public List<List<Object>> csvRows() {
        return regions.stream().map(c -> c.csvCells(breakdown)).toList();
    }
}
