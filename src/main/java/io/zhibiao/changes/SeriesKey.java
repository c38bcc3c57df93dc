package io.zhibiao.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What identifies one series: the answers of /api/series for an indicator, a breakdown, a region and a period type.
 * {@code breakdown} is the canonical key of the classification item (extract.Breakdowns: {@code product=粗钢}), the
 * empty string for the indicator's total.
 */
@Schema(description = "A series: indicator, breakdown, region and period type")
public record SeriesKey(
        @Schema(description = "Indicator code", example = "loans.issued") String indicator,
        @Schema(description = "6-digit region code", example = "360703") String region,
        @Schema(description = "Period type", example = "year") String periodType,
        @Schema(description = "Canonical key of the breakdown, '' for the indicator's total", example = "product=粗钢") String breakdown) {

    public SeriesKey {
        breakdown = breakdown == null ? "" : breakdown;
    }

    /** The key of an indicator's total (no breakdown). */
    public static SeriesKey total(String indicator, String region, String periodType) {
        return new SeriesKey(indicator, region, periodType, "");
    }

    /** Whether this is the indicator's total rather than one item of a classification. */
    public boolean isTotal() {
        return breakdown.isEmpty();
    }
}
