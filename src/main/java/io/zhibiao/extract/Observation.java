package io.zhibiao.extract;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One figure read out of a text, in base units, with its place, period and evidence.
 *
 * <p>Field meanings follow the extraction contract in DESIGN.md; the string-typed fields take the
 * codes of {@link UnitClass}, {@link Qualifier}, {@link PeriodType} and {@link Kind}. {@code breakdown} is the item of a
 * national classification the figure is about ({@code {"product": "粗钢"}}), or null; a series is keyed by indicator
 * and breakdown. {@code confidence} (0–1, three decimals) is how likely every attribute is right, and {@code reasons} what
 * lowered it, in the order of {@link Reason}.
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
        int end,
        double confidence,
        List<Reason> reasons) {

    /** A figure with what lowered its confidence; the confidence is {@link Confidence#of} them. */
    Observation(double value, Double valueMax, String unitClass, String unit, String qualifier, String regionCode,
                LocalDate periodStart, LocalDate periodEnd, String periodType, String kind, String indicator,
                Map<String, String> breakdown, String topic, String quote, int start, int end, Set<Reason> reasons) {
        this(value, valueMax, unitClass, unit, qualifier, regionCode, periodStart, periodEnd, periodType, kind, indicator,
                breakdown, topic, quote, start, end, Confidence.of(reasons), List.copyOf(new TreeSet<>(reasons)));
    }

    /** These reasons and one more (a later stage changed an attribute). */
    private Set<Reason> and(Reason more) {
        Set<Reason> all = reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
        all.add(more);
        return all;
    }

    /** The reasons without those about one attribute (the list gave it anew), and one more. */
    private Set<Reason> replacing(String attribute, Reason more) {
        Set<Reason> all = and(more);
        all.removeIf(r -> r.name().startsWith(attribute));
        return all;
    }

    /** The same figure for another period (a 分别-list item taking its own year). */
    Observation withPeriod(LocalDate newStart, LocalDate newEnd, String newType, String newKind) {
        return new Observation(value, valueMax, unitClass, unit, qualifier, regionCode, newStart, newEnd, newType, newKind,
                indicator, breakdown, topic, quote, start, end, replacing("PERIOD_", Reason.LIST_SPREAD));
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
                periodType, k, prev.indicator, prev.breakdown, topic, quote, start, end, and(Reason.LIST_ITEM));
    }

    /** The same figure measuring another indicator (a 分别-list item taking its own measure). */
    Observation withIndicator(String newIndicator) {
        return new Observation(value, valueMax, unitClass, unit, qualifier, regionCode, periodStart, periodEnd, periodType,
                kind, newIndicator, breakdown, topic, quote, start, end, and(Reason.LIST_ITEM));
    }

    /** The same figure for another place (a 分别-list item taking its own county). */
    Observation withRegion(String newRegion) {
        return new Observation(value, valueMax, unitClass, unit, qualifier, newRegion, periodStart, periodEnd, periodType,
                kind, indicator, breakdown, topic, quote, start, end, replacing("REGION_", Reason.LIST_SPREAD));
    }

    /** The same figure as another item of its classification, perhaps on another indicator (a list spread over items). */
    Observation withBreakdown(String newIndicator, Map<String, String> newBreakdown) {
        return new Observation(value, valueMax, unitClass, unit, qualifier, regionCode, periodStart, periodEnd, periodType,
                kind, newIndicator, newBreakdown, topic, quote, start, end, and(Reason.LIST_ITEM));
    }

    /** The breakdown as dimension=item pairs joined by commas (product=粗钢), or null: for logs and test tables. */
    String breakdownText() {
        return breakdown == null ? null : breakdown.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
