package io.zhibiao.series;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as answers name it. */
@Schema(description = "A region by code and name")
public record RegionRef(
        @Schema(description = "6-digit GB/T 2260 code", example = "360111") String code,
        @Schema(description = "Full name", example = "青山湖区") String name) {
}
