package io.zhibiao.series;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The values of one indicator for one region over time. */
@Schema(description = "The values of one indicator for one region, oldest first")
public record Series(
        @Schema(description = "The region") RegionRef region,
        @Schema(description = "Its points, by period end, then period start, then kind") List<SeriesPoint> points) {
}
