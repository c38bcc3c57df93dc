package io.zhibiao.series;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.indicators.Indicator;
import io.zhibiao.system.http.CsvTable;

/** Every target of one indicator and region, each with its actual and completion. */
@Schema(description = "Every target of one indicator and region, oldest period first, each paired with its actual")
public record TargetAnswer(
        @Schema(description = "The indicator") Indicator indicator,
        @Schema(description = "The region") RegionRef region,
        @Schema(description = "How to print the values; targets and actuals share it") DisplayUnit display,
        @Schema(description = "How pairs are made and one value is chosen among several reports") String rule,
        @Schema(description = "The pairs") List<TargetPair> pairs) implements CsvTable {

    static final String PAIRING = "Each target (kind target) is paired with the actual of the same period (start, end "
            + "and type); until that exists, with the latest year-to-date actual that starts with the period and ends "
            + "before its end. completion = actual / target. ";

    @Override
    public List<String> csvHeader() {
        return List.of("indicator", "region_code", "period_type", "period_start", "period_end", display.column("target"),
                "target_observation_id", "actual_period_type", "actual_period_end", display.column("actual"),
                "actual_observation_id", "basis", "completion");
    }

    @Override
    public List<List<Object>> csvRows() {
        return pairs.stream().map(p -> {
            SeriesPoint t = p.target();
            SeriesPoint a = p.actual();
            return Arrays.<Object>asList(indicator.code(), region.code(), t.periodType(), t.periodStart(), t.periodEnd(),
                    t.value(), t.observationId(), a == null ? null : a.periodType(), a == null ? null : a.periodEnd(),
                    a == null ? null : a.value(), a == null ? null : a.observationId(),
                    p.basis() == null ? null : p.basis().code(), p.completion());
        }).toList();
    }
}
