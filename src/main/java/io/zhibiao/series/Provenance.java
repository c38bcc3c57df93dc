package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.Reason;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.checks.Finding;

/** Where one stored figure came from, and who else reported the same fact. */
@Schema(description = "Where one stored figure came from: document, quote, offsets, extractor; and the other reports of the same fact")
public record Provenance(
        @Schema(description = "Observation id", example = "151") long observationId,
        @Schema(description = "Indicator code", example = "loans.issued") String indicator,
        @Schema(description = "The region the figure is about") RegionRef region,
        @Schema(description = "First day the figure covers", example = "2025-01-01") LocalDate periodStart,
        @Schema(description = "Last day the figure covers", example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "Period type", example = "year") PeriodType periodType,
        @Schema(description = "Value in base units", example = "1250000000") BigDecimal value,
        @Schema(description = "Upper bound for a range, else null") BigDecimal valueMax,
        @Schema(description = "Unit class", example = "money_cny") UnitClass unitClass,
        @Schema(description = "Unit as written", example = "亿元") String unit,
        @Schema(description = "exact, approx, at_least, at_most or range", example = "exact") Qualifier qualifier,
        @Schema(description = "actual or target", example = "actual") Kind kind,
        @Schema(description = "Topic the extractor gave the figure", example = "普惠金融") String topic,
        @Schema(description = "The document it was read from") SourceDocument document,
        @Schema(description = "The sentence the figure stands in", example = "全年发放贷款12.5亿元。") String quote,
        @Schema(description = "Offset of the figure's first character in the document text", example = "1024") int startOffset,
        @Schema(description = "Offset just after the figure's last character", example = "1031") int endOffset,
        @Schema(description = "Version of the extractor that read it", example = "naive-1") String extractorVersion,
        @Schema(description = "How likely every attribute (value, unit, region, period, kind, indicator) is right, 0–1 with "
                + "three decimals; null for figures stored before the extractor said", example = "0.97") Double confidence,
        @Schema(description = "What lowered the confidence (region_from_dateline, region_carried, period_from_publication, "
                + "plan_cue_distant, list_spread, generic_indicator, yardstick_nearby …); empty when nothing did",
                example = "[\"region_carried\"]") List<Reason> reasons,
        @Schema(description = "True when this is the report series and roll-ups use (the newest publication wins)") boolean chosen,
        @Schema(description = "The other reports of the same indicator, region, period and kind, newest publication first") List<OtherReport> otherReports,
        @Schema(description = "Findings of the checks this figure is in, as they stand now (whatever asOf)") List<Finding> checks,
        @Schema(description = "The item of a national classification the figure is about; absent for the indicator's total",
                example = "{\"product\": \"粗钢\"}")
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown) {
}
