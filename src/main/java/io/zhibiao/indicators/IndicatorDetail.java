package io.zhibiao.indicators;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.UnitClass;

/** One indicator of the catalog with the classifications that split it into series of their own. */
@Schema(description = "An indicator of the catalog and the classifications that split it")
public record IndicatorDetail(
        @Schema(description = "Catalog code", example = "output.mass.yoy") String code,
        @Schema(description = "Chinese name", example = "产量增长") String name,
        @Schema(description = "Unit class of its values", example = "percent") UnitClass unitClass,
        @Schema(description = "Whether values of several regions may be added up (false for rates, shares, averages)") boolean summable,
        @Schema(description = "The classifications whose items are series of their own on this indicator (breakdown=, "
                + "see /api/classifications); empty when none", example = "[\"product\"]") List<String> classifications) {

    static IndicatorDetail of(Indicator i, List<String> classifications) {
        return new IndicatorDetail(i.code(), i.name(), i.unitClass(), i.summable(), classifications);
    }
}
