package io.zhibiao.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.zhibiao.extract.UnitClass;

/** An entry of the indicator catalog. */
@Schema(description = "An indicator of the catalog")
public record Indicator(
        @Schema(description = "Catalog code", example = "loans.issued") String code,
        @Schema(description = "Chinese name", example = "贷款发放额") String name,
        @Schema(description = "Unit class of its values", example = "money_cny") UnitClass unitClass,
        @Schema(description = "Whether values of several regions may be added up (false for rates, shares, averages)") boolean summable) {
}
