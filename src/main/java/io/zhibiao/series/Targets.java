package io.zhibiao.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.indicators.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Pairs targets with actuals over the points the series query chose, so the selection rule is the same. */
@ApplicationScoped
class Targets {

    @Inject
    SeriesQueries queries;

    TargetAnswer of(Indicator indicator, Lookups.NamedRegion region) {
        SeriesAnswer all = queries.series(indicator, List.of(region), null, null, null, null, null);
        List<SeriesPoint> points = all.series().stream().flatMap(s -> s.points().stream()).toList();
        var pairs = new ArrayList<TargetPair>();
        for (SeriesPoint target : points) {
            if (target.kind() == Kind.TARGET) {
                pairs.add(pair(target, points));
            }
        }
        pairs.sort(Comparator.comparing((TargetPair p) -> p.target().periodEnd()).thenComparing(p -> p.target().periodStart()));
        var shown = pairs.stream().flatMap(p -> Stream.of(p.target(), p.actual()))
                .filter(Objects::nonNull).map(SeriesPoint::value).toList();
        return new TargetAnswer(indicator, region.ref(), DisplayUnit.of(indicator.unitClass(), all.baseUnit(), shown),
                TargetAnswer.PAIRING + all.rule(), pairs);
    }

    /** The actual of the same period; else the latest total to date that starts with the period and ends inside it. */
    private static TargetPair pair(SeriesPoint target, List<SeriesPoint> points) {
        var same = points.stream().filter(p -> p.kind() == Kind.ACTUAL && p.periodType() == target.periodType()
                && p.periodStart().equals(target.periodStart()) && p.periodEnd().equals(target.periodEnd())).findFirst();
        if (same.isPresent()) {
            return TargetPair.of(target, same.get(), TargetPair.Basis.SAME_PERIOD);
        }
        var toDate = points.stream().filter(p -> p.kind() == Kind.ACTUAL && p.periodType() == PeriodType.YTD
                        && p.periodStart().equals(target.periodStart()) && p.periodEnd().isBefore(target.periodEnd()))
                .max(Comparator.comparing(SeriesPoint::periodEnd));
        return TargetPair.of(target, toDate.orElse(null), TargetPair.Basis.YEAR_TO_DATE);
    }
}
