package io.zhibiao.regions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit of the gazetteer. */
@Schema(description = "A region: country, province, prefecture or county-level unit")
public record Region(
        @Schema(description = "6-digit GB/T 2260 code; 000000 is the whole country", example = "360600") String code,
        @Schema(description = "Full name", example = "鹰潭市") String name,
        @Schema(description = "Name without its type suffix, as news text often writes it", example = "鹰潭") String shortName,
        @Schema(description = "country, province, prefecture or county", example = "prefecture") Level level,
        @Schema(description = "Code of the parent; null for the country", example = "360000") String parentCode) {
}
