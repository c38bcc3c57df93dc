package io.zhibiao.series;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** A target with the actual it is measured by, and how far the actual has come. */
@Schema(description = "A target (计划/目标) with the actual for its period, or the latest year-to-date actual before it")
public record TargetPair(
        @Schema(description = "The target as reported") SeriesPoint target,
        @Schema(description = "The actual it is measured by; null when none was reported yet") SeriesPoint actual,
        @Schema(description = "same_period: the actual of the target's own period; year_to_date: the latest total "
                + "from the period's start reported so far (the period is not over or not reported yet); null: no actual") Basis basis,
        @Schema(description = "actual / target, four decimals (135 of 150 → 0.9); null without an actual or with a zero target",
                example = "0.9") BigDecimal completion) {

    /** What the actual of a pair is. */
    public enum Basis {
        SAME_PERIOD, YEAR_TO_DATE;

        @JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static TargetPair of(SeriesPoint target, SeriesPoint actual, Basis basis) {
        BigDecimal completion = actual == null || actual.value() == null || target.value() == null
                || target.value().signum() == 0 ? null
                : actual.value().divide(target.value(), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new TargetPair(target, actual, actual == null ? null : basis, completion);
    }
}
