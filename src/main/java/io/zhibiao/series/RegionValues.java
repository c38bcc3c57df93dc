package io.zhibiao.series;

import java.time.LocalDate;
import java.util.List;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.indicators.Indicator;
import io.zhibiao.regions.Level;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Roll-ups, latest values and rankings over the regions of a level under a parent. */
@ApplicationScoped
class RegionValues {

    @Inject
    ChildValues queries;

    AggregateAnswer aggregate(Indicator indicator, String breakdown, Lookups.NamedRegion parent, Level level, Period period, Kind kind,
            PeriodType periodType, RollupFn fn, LocalDate asOf) {
        if (fn == RollupFn.SUM && !indicator.summable()) {
            throw new ProblemException(422, "Unprocessable Content", "Parameter 'fn': the indicator '" + indicator.code()
                    + "' (" + indicator.name() + ", " + indicator.unitClass().code() + ") may not be summed across regions: "
                    + "it is a rate, share or average, so the sum of its regional values means nothing. "
                    + "Use fn=avg, min, max or count.");
        }
        ChildValues.Ask ask = ask(indicator, breakdown, parent, level, kind, period, periodType, asOf);
        List<ChildValues.Row> rows = queries.values(ask, fn);
        Coverage coverage = coverage(rows);
        var rollup = new Rollup(fn, rows.isEmpty() ? null : rows.get(0).rollup(), coverage.full(),
                note(fn, coverage, level, parent));
        return new AggregateAnswer(indicator, parent.ref(), level, period.start(), period.end(), kind, answerType(ask, rows),
                display(indicator, rows.stream().map(ChildValues.Row::child).toList()), rollup, coverage, Selection.RULE, asOf,
                rows.stream().map(ChildValues.Row::child).toList(), BreakdownParam.named(breakdown));
    }

    LatestAnswer latest(Indicator indicator, String breakdown, Lookups.NamedRegion parent, Level level, Kind kind, PeriodType periodType,
            LocalDate asOf) {
        ChildValues.Ask ask = ask(indicator, breakdown, parent, level, kind, null, periodType, asOf);
        List<ChildValues.Row> rows = queries.values(ask, RollupFn.COUNT);
        List<ChildValue> children = rows.stream().map(ChildValues.Row::child).toList();
        return new LatestAnswer(indicator, parent.ref(), level, kind, answerType(ask, rows), display(indicator, children),
                coverage(rows),
                "Per region the value with the latest period end, then the shortest period, then the newest publication "
                        + "(tie: highest document id, then the first figure in it), among values of the answer's one "
                        + "period type; 'alternatives' counts other reports of that fact.",
                asOf, children, BreakdownParam.named(breakdown));
    }

    RankingAnswer ranking(Indicator indicator, String breakdown, Lookups.NamedRegion parent, Level level, Period period, Kind kind,
            PeriodType periodType, RankingAnswer.Order order, int limit, LocalDate asOf) {
        ChildValues.Ask ask = ask(indicator, breakdown, parent, level, kind, period, periodType, asOf);
        List<ChildValues.Ranked> ranked = queries.ranking(ask, order == RankingAnswer.Order.DESC, limit);
        List<ChildValues.Row> rows = ranked.isEmpty() ? queries.values(ask, RollupFn.COUNT)
                : ranked.stream().map(ChildValues.Ranked::row).toList();
        Coverage coverage = ranked.isEmpty() ? Coverage.of(0, rows.size()) : coverage(rows);
        return new RankingAnswer(indicator, parent.ref(), level, period.start(), period.end(), kind, answerType(ask, rows),
                display(indicator, ranked.stream().map(r -> r.row().child()).toList()), order, coverage, Selection.RULE, asOf,
                ranked.stream().map(r -> new RankedValue(r.rank(), r.row().child())).toList(),
                BreakdownParam.named(breakdown));
    }

    private static ChildValues.Ask ask(Indicator indicator, String breakdown, Lookups.NamedRegion parent, Level level,
            Kind kind, Period period, PeriodType periodType, LocalDate asOf) {
        return new ChildValues.Ask(indicator.code(), indicator.unitClass(), parent.code(), level, kind, period, periodType,
                asOf, breakdown);
    }

    /** The asked period type, else the one the query found most children report (null when none reported). */
    private static PeriodType answerType(ChildValues.Ask ask, List<ChildValues.Row> rows) {
        return ask.periodType() != null || rows.isEmpty() ? ask.periodType() : rows.get(0).answerType();
    }

    private static DisplayUnit display(Indicator indicator, List<ChildValue> values) {
        String base = DisplayUnit.baseUnit(indicator.unitClass(), values.stream().map(ChildValue::unit).toList());
        return DisplayUnit.of(indicator.unitClass(), base, values.stream().map(ChildValue::value).toList());
    }

    private static Coverage coverage(List<ChildValues.Row> rows) {
        return rows.isEmpty() ? Coverage.of(0, 0) : Coverage.of(rows.get(0).reporting(), rows.get(0).expected());
    }

    private static String note(RollupFn fn, Coverage coverage, Level level, Lookups.NamedRegion parent) {
        String units = level.plural();
        if (coverage.expected() == 0) {
            return parent.name() + " has no " + units + "; nothing to roll up";
        }
        if (coverage.reporting() == 0) {
            return "none of the " + coverage.expected() + " " + units + " of " + parent.name() + " reported";
        }
        String what = fn.code() + " of the " + coverage.reporting() + " of " + coverage.expected() + " " + units + " of "
                + parent.name() + " that reported";
        return coverage.full() ? what : what + (fn == RollupFn.SUM ? "; not a total of " + parent.name() : "; partial");
    }
}
