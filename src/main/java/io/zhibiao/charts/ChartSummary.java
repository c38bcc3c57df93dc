package io.zhibiao.charts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pre-rendered chart as listed. */
@Schema(description = "A pre-rendered chart")
public record ChartSummary(
        @Schema(description = "Chart key; the chart is at /api/charts/{key}.png, .svg and .csv", example = "series_loans.issued_360600") String key,
        @Schema(description = "series (one region over time), compare (the regions under one parent) or target-vs-actual",
                example = "series") String kind,
        @Schema(description = "Chinese title drawn on the chart", example = "鹰潭市贷款发放额") String title,
        @Schema(description = "Indicator code", example = "loans.issued") String indicator,
        @Schema(description = "The region charted (the parent in a comparison)", example = "360600") String region,
        @Schema(description = "Region codes: the charted region first, then the regions a comparison shows") List<String> regions,
        @Schema(description = "Start of the first period charted") LocalDate periodStart,
        @Schema(description = "End of the last period charted") LocalDate periodEnd,
        @Schema(description = "URL of the PNG") String url,
        @Schema(description = "URL of the SVG") String svgUrl,
        @Schema(description = "URL of the CSV of the points drawn") String csvUrl,
        @Schema(description = "Download file name of the PNG (Content-Disposition)", example = "鹰潭市_贷款发放额_2025.png") String fileName,
        @Schema(description = "ETag of the PNG, derived from the data it shows") String etag,
        @Schema(description = "When the chart was last rendered") OffsetDateTime updated) {

    static ChartSummary of(ChartStore.Entry e) {
        String base = "/api/charts/" + e.key();
        return new ChartSummary(e.key(), e.kind(), e.title(), e.indicator(), e.regions()[0], List.of(e.regions()),
                e.periodStart(), e.periodEnd(), base + ".png", base + ".svg", base + ".csv", e.fileName() + ".png",
                e.etag(), e.renderedAt());
    }
}
