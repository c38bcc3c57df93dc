package io.zhibiao.indicators;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.UnitClass;

/** An indicator of the catalog, with what is stored of it for a region when the list was asked for one. */
@Schema(description = "An indicator of the catalog; with ?region= also how much data it has there")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorEntry(
        @Schema(description = "Catalog code", example = "loans.issued") String code,
        @Schema(description = "Chinese name", example = "贷款发放额") String name,
        @Schema(description = "Unit class of its values", example = "money_cny") UnitClass unitClass,
        @Schema(description = "Whether values of several regions may be added up (false for rates, shares, averages)") boolean summable,
        @Schema(description = "Stored observations for the region (and those under it with descendants=true); only with ?region=",
                example = "12") Long observations,
        @Schema(description = "Regions these observations are about; only with ?region=", example = "3") Long regions,
        @Schema(description = "First day of the earliest period; only with ?region=", example = "2021-01-01") LocalDate firstPeriodStart,
        @Schema(description = "Last day of the latest period; only with ?region=", example = "2025-12-31") LocalDate lastPeriodEnd,
        @Schema(description = "Period types present (each is its own series); only with ?region=",
                example = "[\"year\", \"ytd\"]") List<PeriodType> periodTypes) {

    static IndicatorEntry of(Indicator i) {
        return new IndicatorEntry(i.code(), i.name(), i.unitClass(), i.summable(), null, null, null, null, null);
    }
}
