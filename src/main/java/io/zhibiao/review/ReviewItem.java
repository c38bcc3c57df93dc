package io.zhibiao.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.checks.Finding;
import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.Reason;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.series.SourceDocument;

/** One figure to review, with everything a reviewer needs to judge it. */
@Schema(description = "A figure to review: its attributes, how sure the extractor is, the evidence and the findings")
public record ReviewItem(
        @Schema(description = "Observation id", example = "151") long observationId,
        @Schema(description = "Higher is more urgent: findings plus doubt, times visibility", example = "3.0") double priority,
        @Schema(description = "Indicator code", example = "loans.issued") String indicator,
        @Schema(description = "6-digit region code", example = "360111") String region,
        @Schema(description = "Region name", example = "青山湖区") String regionName,
        @Schema(description = "First day of the period", example = "2025-01-01") LocalDate periodStart,
        @Schema(description = "Last day of the period", example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "Period type", example = "year") PeriodType periodType,
        @Schema(description = "actual or target", example = "actual") Kind kind,
        @Schema(description = "Value in base units", example = "1250000000") BigDecimal value,
        @Schema(description = "Upper bound of a range, else null") BigDecimal valueMax,
        @Schema(description = "Unit as written", example = "亿元") String unit,
        @Schema(description = "Unit class", example = "money_cny") UnitClass unitClass,
        @Schema(description = "exact, approx, at_least, at_most or range", example = "exact") Qualifier qualifier,
        @Schema(description = "How likely every attribute is right (0–1); null where the extractor did not say") Double confidence,
        @Schema(description = "What lowered the confidence: region_from_dateline, region_carried, period_from_publication, "
                + "plan_cue_distant, list_spread, generic_indicator, yardstick_nearby …", example = "[\"region_from_dateline\"]")
        List<Reason> reasons,
        @Schema(description = "Why it is visible: chosen (the report series use), latest (the newest period of its "
                + "series), charted (in a pre-rendered chart)", example = "[\"chosen\", \"latest\"]") List<String> visibility,
        Evidence evidence,
        SourceDocument document,
        @Schema(description = "Findings of the checks the figure is in") List<Finding> findings) {

    /** The sentence the figure stands in, the sentences around it, and where the number is in the sentence. */
    @Schema(description = "The sentence with its neighbours")
    public record Evidence(
            @Schema(description = "The text just before the sentence (up to a sentence)") String before,
            @Schema(description = "The sentence the figure stands in") String sentence,
            @Schema(description = "The text just after the sentence (up to a sentence)") String after,
            @Schema(description = "Offset of the figure's first character in the document text") int startOffset,
            @Schema(description = "Offset just after the figure's last character") int endOffset,
            @Schema(description = "Where the figure starts in the sentence (UTF-16 code units), to mark it") int markStart,
            @Schema(description = "Where the figure ends in the sentence") int markEnd) {
    }
}
