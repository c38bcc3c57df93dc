package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;

/** One value of a series, chosen by the newest-publication rule. */
@Schema(description = "One value of a series, with the observation it came from")
public record SeriesPoint(
        @Schema(description = "First day the value covers", example = "2025-01-01") LocalDate periodStart,
        @Schema(description = "Last day the value covers (the as-of date for stocks)", example = "2025-12-31") LocalDate periodEnd,
        @Schema(description = "year, quarter, month, ytd (from January), span (several years) or asof (a stock at periodEnd)",
                example = "year") PeriodType periodType,
        @Schema(description = "Value in base units (yuan, persons, percent …)", example = "1250000000") BigDecimal value,
        @Schema(description = "Upper bound for a range, else null") BigDecimal valueMax,
        @Schema(description = "exact, approx, at_least, at_most or range", example = "exact") Qualifier qualifier,
        @Schema(description = "actual or target", example = "actual") Kind kind,
        @Schema(description = "Unit as written in the source", example = "亿元") String unit,
        @Schema(description = "Id of the observation; its provenance is under /api/observations/{id}", example = "151") long observationId,
        @Schema(description = "How likely every attribute of the figure is right (0–1, three decimals); for a derived value "
                + "the lowest of its inputs'; null for figures stored before the extractor said", example = "0.97")
        Double confidence,
        @Schema(description = "How many other reports of the same fact exist (not used, see the rule)", example = "0") int alternatives,
        @Schema(description = "True when the value is not a report but computed from reported year-to-date totals "
                + "(periodType=month or quarter); 'inputs' then lists them") boolean derived,
        @Schema(description = "Only for a derived value: the observations it is computed from, the later total first "
                + "(value = first − second)") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> inputs,
        @Schema(description = "What an editor said of the figure: accepted (it was right) or corrected (its attributes "
                + "are the editor's); absent when nobody reviewed it (and for derived values)",
                enumeration = { "accepted", "corrected" })
        @JsonInclude(JsonInclude.Include.NON_NULL) Reviewed reviewed) {

    /** A reported value, as stored. */
    SeriesPoint(LocalDate periodStart, LocalDate periodEnd, PeriodType periodType, BigDecimal value, BigDecimal valueMax,
            Qualifier qualifier, Kind kind, String unit, long observationId, Double confidence, int alternatives,
            Reviewed reviewed) {
        this(periodStart, periodEnd, periodType, value, valueMax, qualifier, kind, unit, observationId, confidence,
                alternatives, false, List.of(), reviewed);
    }

    /** The same point with another value (a transform): no upper bound, the rest kept. */
    SeriesPoint withValue(BigDecimal newValue, Qualifier newQualifier) {
        return new SeriesPoint(periodStart, periodEnd, periodType, newValue, null, newQualifier, kind, unit, observationId,
                confidence, alternatives, derived, inputs, reviewed);
    }
}
