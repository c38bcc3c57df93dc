package io.zhibiao.series;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parent's value computed from its children. */
@Schema(description = "The parent's value computed from its children's values")
public record Rollup(
        @Schema(description = "sum, avg, min, max or count", example = "sum") RollupFn fn,
        @Schema(description = "The function over the children that reported; null when none did", example = "2050000000") BigDecimal value,
        @Schema(description = "True only when every child reported; a sum that is not complete is not the parent's total") boolean complete,
        @Schema(description = "What the value is, in words", example = "sum of 2 of 9 county-level units that reported; not a total") String note) {
}
