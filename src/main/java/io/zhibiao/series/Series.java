package io.zhibiao.series;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.PeriodType;

/** The values of one indicator for one region and one period type over time. */
@Schema(description = "The values of one indicator for one region and one period type, oldest first; a region "
        + "reported in several period types answers one series per type")
public record Series(
        @Schema(description = "The region") RegionRef region,
        @Schema(description = "The period type every point has; null only for a region without points",
                example = "year") PeriodType periodType,
        @Schema(description = "How to print its values; all points share it") DisplayUnit display,
        @Schema(description = "Its points, by period end, then period start, then kind") List<SeriesPoint> points) {
}
