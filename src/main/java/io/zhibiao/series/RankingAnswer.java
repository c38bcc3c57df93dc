package io.zhibiao.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.indicators.Indicator;
import io.zhibiao.regions.Level;
import io.zhibiao.system.Codes;
import io.zhibiao.system.http.CsvTable;

/** Regions of a level ranked by their value for one period. */
@Schema(description = "Regions of a level ranked by their value for one period; only regions that reported are ranked")
public record RankingAnswer(
        @Schema(description = "The indicator") Indicator indicator,
        @Schema(description = "The region whose descendants are ranked", example = "{\"code\":\"360000\",\"name\":\"江西省\"}") RegionRef parent,
        @Schema(description = "Level of the regions ranked", example = "county") Level level,
        @Schema(description = "First day of the period; null for an as-of date", example = "2025-01-01") LocalDate periodStart,
        @Schema(description = "Last day of the period", example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "actual or target", example = "actual") Kind kind,
        @Schema(description = "The one period type of every value; null when no region reported", example = "year") PeriodType periodType,
        @Schema(description = "How to print the values; all share it") DisplayUnit display,
        @Schema(description = "desc (largest first) or asc", example = "desc") Order order,
        @Schema(description = "Regions with a value against regions that exist; unranked ones did not report") Coverage coverage,
        @Schema(description = "How one value is chosen when several documents report the same fact") String rule,
        @Schema(description = "The asOf the answer was given for (only documents published by then count); absent when not asked",
                example = "2026-01-31") @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
        @Schema(description = "The ranking, at most 'limit' places") List<RankedValue> ranking,
        @Schema(description = "The item of a national classification the values are of (breakdown=); absent for the "
                + "indicator's total", example = "{\"product\": \"粗钢\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        return ChildValue.csvHeader(display, breakdown, "rank");
    }

    @Override
    public List<List<Object>> csvRows() {
        return ranking.stream().map(r -> r.value().csvCells(breakdown, r.rank())).toList();
    }

    /** Which end of the ranking comes first. */
    public enum Order {
        /** largest first */
        DESC,
        /** smallest first */
        ASC;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }
    }
}
