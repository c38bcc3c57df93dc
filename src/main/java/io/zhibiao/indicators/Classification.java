package io.zhibiao.indicators;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A national classification the catalog splits indicators by, with its items. */
@Schema(description = "A classification (the breakdown's dimension) and its items (the breakdown's values)")
public record Classification(
        @Schema(description = "The dimension, as breakdown= names it", example = "product") String dimension,
        @Schema(description = "Its items as the classification writes them", example = "[\"粗钢\", \"钢材\"]") List<String> items) {
}
