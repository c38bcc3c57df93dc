package io.zhibiao.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;

/** An editor's review that began a vintage: who, when, the verdict, and the figure before and after it. */
@Schema(description = "An editor's review that began a vintage (the full record: GET /api/observations/{id}/history)")
public record VintageReview(
        @Schema(description = "Id of the review", example = "12") long id,
        @Schema(description = "accept, correct or reject", example = "correct",
                enumeration = {"accept", "correct", "reject"}) String verdict,
        @Schema(description = "Who reviewed it") Editor editor,
        @Schema(description = "When; asOf= on or after its day answers the reviewed figure", example = "2026-01-09T08:30:00Z")
        OffsetDateTime reviewedAt,
        @Schema(description = "Why, in the editor's words", example = "南康区, not 赣州市") String note,
        @Schema(description = "The observation reviewed", example = "151") long observationId,
        @Schema(description = "The figure as it stood before the review") Figure before,
        @Schema(description = "The figure as the review left it; null for a rejection") Figure after,
        @JsonIgnore LocalDate day) {

    /** The caller who reviewed: the subject that identifies them and a name for people. */
    @Schema(description = "The editor: subject (e.g. token:1a2b3c4d or the identity provider's subject) and name")
    public record Editor(String subject, String name) {
    }

    /** The attributes a review may set. */
    @Schema(description = "A figure's attributes, under the names a review's 'changes' use")
    public record Figure(
            @Schema(description = "Indicator code", example = "loans.issued") String indicator,
            @Schema(description = "Classification item; absent for the indicator's total")
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> breakdown,
            @Schema(description = "6-digit region code", example = "360700") String region,
            @Schema(description = "First day of the period", example = "2025-01-01") LocalDate periodStart,
            @Schema(description = "Last day of the period", example = "2025-12-31") LocalDate periodEnd,
            @Schema(description = "Period type", example = "year") PeriodType periodType,
            @Schema(description = "actual or target", example = "actual") Kind kind,
            @Schema(description = "Value in base units", example = "1250000000") BigDecimal value,
            @Schema(description = "Upper bound of a range, else null") BigDecimal valueMax,
            @Schema(description = "Unit as written", example = "亿元") String unit,
            @Schema(description = "Qualifier", example = "exact") Qualifier qualifier) {
    }
}
