package io.zhibiao.extract;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One figure read out of a text, in base units, with its place, period and evidence.
 *
 * <p>Field meanings follow the extraction contract in DESIGN.md; the string-typed fields take the
 * codes of {@link UnitClass}, {@link Qualifier}, {@link PeriodType} and {@link Kind}. {@code breakdown} is the item of a
 * national classification the figure is about ({@code {"product": "粗钢"}}), or null; a series is keyed by indicator
 * and breakdown.
 */
public record Observation(
        double value,
        Double valueMax,
        String unitClass,
        String unit,
        String qualifier,
        String regionCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        String periodType,
        String kind,
        String indicator,
        Map<String, String> breakdown,
        String topic,
        String quote,
        int start,
        int end) {

    /** The same figure for another period (a 分别-list item taking its own year). */
    Observation withPeriod(LocalDate newStart, LocalDate newEnd, String newType, String newKind) {
        return new Observation(value, valueMax, unitClass, unit, qualifier, regionCode, newStart, newEnd, newType, newKind,
                indicator, breakdown, topic, quote, start, end);
    }

    /**
     * The next item of a bare list (同比分别下降50%、42.9%): it measures what the item before it measures, falls when
     * that one fell (unless its own sign is written) and is planned when that one was.
     */
    Observation asItemAfter(Observation prev, boolean prevSignWritten, boolean signWritten) {
        boolean falls = prev.value < 0 && !prevSignWritten && value > 0 && !signWritten;
        String k = Kind.TARGET.code().equals(prev.kind) ? prev.kind : kind;
        Double max = falls && valueMax != null ? Double.valueOf(-valueMax) : valueMax;
        return new Observation(falls ? -value : value, max, unitClass, unit, qualifier, regionCode, periodStart, periodEnd,
                periodType, k, prev.indicator, prev.breakdown, topic, quote, start, end);
    }

    /** The same figure measuring another indicator (a 分别-list item taking its own measure). */
    Observation withIndicator(String newIndicator) {
        return new Observation(value, valueMax, unitClass, unit, qualifier, regionCode, periodStart, periodEnd, periodType,
                kind, newIndicator, breakdown, topic, quote, start, end);
    }

    /** The same figure for another place (a 分别-list item taking its own county). */
    Observation withRegion(String newRegion) {
        return new Observation(value, valueMax, unitClass, unit, qualifier, newRegion, periodStart, periodEnd, periodType,
                kind, indicator, breakdown, topic, quote, start, end);
    }

    /** The same figure as another item of its classification, perhaps on another indicator (a list spread over items). */
    Observation withBreakdown(String newIndicator, Map<String, String> newBreakdown) {
        return new Observation(value, valueMax, unitClass, unit, qualifier, regionCode, periodStart, periodEnd, periodType,
                kind, newIndicator, newBreakdown, topic, quote, start, end);
    }

    /** The breakdown as dimension=item pairs joined by commas (product=粗钢), or null: for logs and test tables. */
    String breakdownText() {
        return breakdown == null ? null : breakdown.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
