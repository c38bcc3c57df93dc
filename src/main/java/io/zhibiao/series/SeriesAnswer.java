package io.zhibiao.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.indicators.Indicator;
import io.zhibiao.system.http.CsvTable;

/** Several series of one indicator, per requested region (in the order asked) and period type. */
@Schema(description = "One series per requested region and period type, in the order of the 'region' parameter")
public record SeriesAnswer(
        @Schema(description = "The indicator") Indicator indicator,
        @Schema(description = "The unit 'value' is counted in, the same for every series", example = "元") String baseUnit,
        @Schema(description = "How one value is chosen when several documents report the same fact") String rule,
        @Schema(description = "The transformation applied to every value (units=; lin when absent)") Units units,
        @Schema(description = "The asOf the answer was given for (only documents published by then count); absent when not asked",
                example = "2026-01-31") @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
        @Schema(description = "The series") List<Series> series,
        @Schema(description = "The item of a national classification the series hold (breakdown=); absent for the "
                + "indicator's total", example = "{\"product\": \"粗钢\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown) implements CsvTable {

    @Override
    public List<String> csvHeader() {
        DisplayUnit base = new DisplayUnit(baseUnit, baseUnit, 1);
        return BreakdownColumn.header(breakdown, List.of("indicator"), List.of("region_code", "region_name", "period_type",
                "period_start", "period_end", base.column("value"), base.column("value_max"), "qualifier", "kind",
                "unit_as_written", "observation_id", "alternatives", "reviewed"));
    }

    @Override
    public List<List<Object>> csvRows() {
        var rows = new ArrayList<List<Object>>();
        for (Series s : series) {
            for (SeriesPoint p : s.points()) {
                rows.add(BreakdownColumn.row(breakdown, List.of(indicator.code()), Arrays.asList(s.region().code(),
                        s.region().name(), p.periodType(), p.periodStart(), p.periodEnd(), p.value(), p.valueMax(),
                        p.qualifier(), p.kind(), p.unit(), p.observationId(), p.alternatives(), p.reviewed())));
            }
        }
        return rows;
    }
}
