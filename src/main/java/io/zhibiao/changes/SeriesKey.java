package io.zhibiao.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What identifies one series: the answers of /api/series for an indicator, a region and a period type. */
@Schema(description = "A series: indicator, region and period type")
public record SeriesKey(
        @Schema(description = "Indicator code", example = "loans.issued") String indicator,
        @Schema(description = "6-digit region code", example = "360703") String region,
        @Schema(description = "Period type", example = "year") String periodType) {
}
