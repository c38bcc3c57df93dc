package io.zhibiao.series;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.indicators.Indicator;
import io.zhibiao.regions.Region;

/** The values of one indicator for one region over time. */
@Schema(description = "The values of one indicator for one region, oldest first")
public record Series(Indicator indicator, Region region, List<SeriesPoint> points) {
}
