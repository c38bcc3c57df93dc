package io.zhibiao.series;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many of the regions asked about reported a value. */
@Schema(description = "How many of the regions that exist at the level under the parent reported a value")
public record Coverage(
        @Schema(description = "Regions with a value", example = "2") int reporting,
        @Schema(description = "Regions that exist at that level under the parent", example = "9") int expected,
        @Schema(description = "reporting / expected, 0 when none exist", example = "0.2222") double ratio) {

    static Coverage of(int reporting, int expected) {
        return new Coverage(reporting, expected,
                expected == 0 ? 0 : Math.round(10000.0 * reporting / expected) / 10000.0);
    }

    boolean full() {
        return expected > 0 && reporting == expected;
    }
}
