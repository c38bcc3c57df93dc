package io.zhibiao.series;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.Qualifier;

/** Another report of the same fact (indicator, region, period, kind). */
@Schema(description = "Another stored report of the same indicator, region, period and kind")
public record OtherReport(
        @Schema(description = "Its observation id", example = "201") long observationId,
        @Schema(description = "The document it comes from") SourceDocument document,
        @Schema(description = "Its value in base units", example = "1300000000") BigDecimal value,
        @Schema(description = "Its upper bound for a range, else null") BigDecimal valueMax,
        @Schema(description = "Its qualifier", example = "approx") Qualifier qualifier,
        @Schema(description = "Its quote") String quote,
        @Schema(description = "True for the report the API uses (the newest publication)") boolean chosen) {
}
