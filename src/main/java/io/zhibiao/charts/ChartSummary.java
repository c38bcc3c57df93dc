package io.zhibiao.charts;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pre-rendered chart as listed. */
@Schema(description = "A pre-rendered chart")
public record ChartSummary(
        @Schema(description = "Chart key; the PNG is at /api/charts/{key}.png", example = "series_loans.issued_360600") String key,
        @Schema(description = "Chinese title drawn on the chart", example = "鹰潭市贷款发放额") String title,
        @Schema(description = "Indicator code", example = "loans.issued") String indicator,
        @Schema(description = "Region codes: the charted region first, then the regions a comparison shows") List<String> regions,
        @Schema(description = "URL of the PNG") String url,
        @Schema(description = "Download file name (the PNG's Content-Disposition)", example = "鹰潭市_贷款发放额_2025.png") String fileName,
        @Schema(description = "ETag of the PNG, derived from the data it shows") String etag,
        @Schema(description = "When the PNG was last rendered") OffsetDateTime updated) {
}
