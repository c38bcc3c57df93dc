package io.zhibiao.charts;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the pre-rendered charts, by key. */
@Schema(description = "A page of pre-rendered charts, ordered by key")
public record ChartPage(
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Page size") int size,
        @Schema(description = "Charts matching the filters in all") long total,
        List<ChartSummary> items) {
}
