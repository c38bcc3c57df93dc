package io.zhibiao.regions;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region with its place in the tree. */
@Schema(description = "A region with its parent, its ancestors up to the country, and its children")
public record RegionDetail(
        @Schema(description = "The region itself") Region region,
        @Schema(description = "The parent; null for the country") Region parent,
        @Schema(description = "Ancestors from the parent up to the country") List<Region> ancestors,
        @Schema(description = "Direct children, by code") List<Region> children) {
}
