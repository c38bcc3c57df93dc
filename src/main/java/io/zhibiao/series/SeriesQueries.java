package io.zhibiao.series;

import static io.zhibiao.series.Tables.D;
import static io.zhibiao.series.Tables.D_ID;
import static io.zhibiao.series.Tables.O;
import static io.zhibiao.series.Tables.O_BREAKDOWN;
import static io.zhibiao.series.Tables.O_UNIT_CLASS;
import static io.zhibiao.series.Tables.F;
import static io.zhibiao.series.Tables.F_BREAKDOWN;
import static io.zhibiao.series.Tables.F_END;
import static io.zhibiao.series.Tables.F_INDICATOR;
import static io.zhibiao.series.Tables.F_KIND;
import static io.zhibiao.series.Tables.F_OBSERVATION;
import static io.zhibiao.series.Tables.F_PERIOD_TYPE;
import static io.zhibiao.series.Tables.F_QUALIFIER;
import static io.zhibiao.series.Tables.F_REGION;
import static io.zhibiao.series.Tables.F_REPORTS;
import static io.zhibiao.series.Tables.F_START;
import static io.zhibiao.series.Tables.F_UNIT;
import static io.zhibiao.series.Tables.F_UNIT_CLASS;
import static io.zhibiao.series.Tables.F_VALUE;
import static io.zhibiao.series.Tables.F_VALUE_MAX;
import static io.zhibiao.series.Tables.O_DOCUMENT;
import static io.zhibiao.series.Tables.O_END;
import static io.zhibiao.series.Tables.O_ID;
import static io.zhibiao.series.Tables.O_INDICATOR;
import static io.zhibiao.series.Tables.O_KIND;
import static io.zhibiao.series.Tables.O_PERIOD_TYPE;
import static io.zhibiao.series.Tables.O_CONFIDENCE;
import static io.zhibiao.series.Tables.O_QUALIFIER;
import static io.zhibiao.series.Tables.O_REGION;
import static io.zhibiao.series.Tables.O_REVIEWED;
import static io.zhibiao.series.Tables.O_START;
import static io.zhibiao.series.Tables.O_UNIT;
import static io.zhibiao.series.Tables.O_VALUE;
import static io.zhibiao.series.Tables.O_VALUE_MAX;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;

import io.zhibiao.extract.Breakdowns;
import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.indicators.Indicator;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Series of one indicator for several regions, one value per fact by {@link Selection}, one series per period type. */
@ApplicationScoped
class SeriesQueries {

    /** A point with the region it belongs to, as the query returns it. */
    record RegionPoint(String region, SeriesPoint point) {
    }

    @Inject
    DSLContext dsl;
    @Inject
    ApiLimits limits;

    SeriesAnswer series(Indicator indicator, List<Lookups.NamedRegion> regions, LocalDate from, LocalDate to, Kind kind,
            PeriodType periodType, LocalDate asOf) {
        return series(indicator, Breakdowns.NONE, regions, from, to, kind, periodType, Units.LIN, asOf);
    }

    /**
     * With {@code units} other than lin the query reaches a year before 'from', so the first points asked for have
     * their earlier period; with periodType month or quarter on a summable indicator it also reads the totals from
     * January that {@link YtdDifferences} turns into single periods. {@code breakdown} is the canonical key of the
     * classification item whose figures the series hold ('' for the indicator's total).
     */
    SeriesAnswer series(Indicator indicator, String breakdown, List<Lookups.NamedRegion> regions, LocalDate from,
            LocalDate to, Kind kind, PeriodType periodType, Units units, LocalDate asOf) {
        boolean derive = indicator.summable() && (periodType == PeriodType.MONTH || periodType == PeriodType.QUARTER);
        // Reach back for the earlier periods of the first points asked for, and for the totals since January.
        LocalDate queryFrom = from == null ? null : units == Units.LIN ? from : from.minusYears(1);
        if (queryFrom != null && derive) {
            queryFrom = queryFrom.withDayOfYear(1);
        }
        boolean widened = from != null && !from.equals(queryFrom);
        List<PeriodType> types = derive ? List.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YTD, PeriodType.YEAR)
                : periodType == null ? null : List.of(periodType);
        var answer = query(indicator, breakdown, regions, queryFrom, to, kind, types, asOf);
        if (!derive && units == Units.LIN) {
            return answer;
        }
        Map<RegionRef, List<Series>> byRegion = new LinkedHashMap<>();
        for (Series s : derive ? oneSeriesPerRegion(answer.series()) : answer.series()) {
            List<SeriesPoint> points = derive ? YtdDifferences.periods(s.points(), periodType) : s.points();
            points = units.apply(points);
            if (widened) {
                points = points.stream().filter(p -> !p.periodStart().isBefore(from)).toList();
            }
            var list = byRegion.computeIfAbsent(s.region(), r -> new ArrayList<>());
            if (!points.isEmpty()) {
                list.add(new Series(s.region(), derive ? periodType : s.periodType(),
                        display(indicator, answer.baseUnit(), units, points), points));
            }
        }
        String baseUnit = units.percent() ? "%" : answer.baseUnit();
        var series = new ArrayList<Series>();
        byRegion.forEach((region, list) -> series.addAll(list.isEmpty()
                ? List.of(new Series(region, null, new DisplayUnit(baseUnit, baseUnit, 1), List.of())) : list));
        return new SeriesAnswer(indicator, baseUnit, answer.rule(), units, answer.asOf(), series, answer.breakdown());
    }

    /** The series of each region (one per period type) joined into one, for the derivation to see every total. */
    private static List<Series> oneSeriesPerRegion(List<Series> series) {
        Map<RegionRef, List<SeriesPoint>> byRegion = new LinkedHashMap<>();
        for (Series s : series) {
            byRegion.computeIfAbsent(s.region(), r -> new ArrayList<>()).addAll(s.points());
        }
        return byRegion.entrySet().stream().map(e -> new Series(e.getKey(), null, null, e.getValue())).toList();
    }

    private static DisplayUnit display(Indicator indicator, String baseUnit, Units units, List<SeriesPoint> points) {
        if (units.percent()) {
            return new DisplayUnit("%", "%", 1);
        }
        return DisplayUnit.of(indicator.unitClass(), baseUnit, points.stream().map(SeriesPoint::value).toList());
    }

    private SeriesAnswer query(Indicator indicator, String breakdown, List<Lookups.NamedRegion> regions, LocalDate from,
            LocalDate to, Kind kind, List<PeriodType> periodTypes, LocalDate asOf) {
        var ask = new Ask(indicator, breakdown, regions.stream().map(Lookups.NamedRegion::code).toList(), from, to, kind,
                periodTypes);
        Table<?> chosen = asOf == null ? fromFactTable(ask) : fromReportsKnownOn(ask, asOf);
        Field<String> region = c("region_code", String.class);
        Field<LocalDate> start = c("period_start", LocalDate.class);
        Field<LocalDate> end = c("period_end", LocalDate.class);
        Field<Kind> pointKind = c("kind", O_KIND);
        List<RegionPoint> points = dsl.select(region, start, end, c("period_type", O_PERIOD_TYPE), c("value", BigDecimal.class),
                        c("value_max", BigDecimal.class), c("qualifier", O_QUALIFIER), pointKind, c("unit", String.class),
                        c("observation_id", Long.class), c("confidence", Double.class), c("alternatives", Integer.class),
                        c("reviewed", O_REVIEWED))
                .from(chosen)
                .orderBy(region, end, start, pointKind)
                .limit(limits.maxPoints() + 1)
                .fetch(Records.mapping((r, s, e, t, v, vm, q, k, u, id, conf, alt, rv) ->
                        new RegionPoint(r, new SeriesPoint(s, e, t, v, vm, q, k, u, id, conf, alt, rv))));
        if (points.size() > limits.maxPoints()) {
            throw ProblemException.badRequest("The answer would hold more than " + limits.maxPoints()
                    + " points, the limit per call (zhibiao.api.max-points): narrow 'from' and 'to' or ask for fewer regions in 'region'");
        }
        String baseUnit = DisplayUnit.baseUnit(indicator.unitClass(), points.stream().map(p -> p.point().unit()).toList());
        Map<String, List<SeriesPoint>> byRegion = points.stream().collect(Collectors.groupingBy(RegionPoint::region,
                Collectors.mapping(RegionPoint::point, Collectors.toList())));
        var series = new ArrayList<Series>();
        for (Lookups.NamedRegion r : regions) {
            series.addAll(byPeriodType(r.ref(), indicator.unitClass(), baseUnit, byRegion.getOrDefault(r.code(), List.of())));
        }
        return new SeriesAnswer(indicator, baseUnit, Selection.RULE, Units.LIN, asOf, series,
                BreakdownParam.named(breakdown));
    }

    /** What a series asks of the store: the indicator's figures of one breakdown in these regions, periods and kinds. */
    private record Ask(Indicator indicator, String breakdown, List<String> regions, LocalDate from, LocalDate to,
            Kind kind, List<PeriodType> periodTypes) {

        /**
         * The ask over the columns of a table of reports or of facts. Only figures in the indicator's unit class (one
         * axis, one unit: a growth rate filed as loans is not a loan), and only of the breakdown asked ('' for the
         * indicator's total: a product's or a sector's figures are series of their own, never points of the total's).
         */
        Condition on(Field<String> indicatorCode, Field<String> breakdownKey, Field<String> region, Field<UnitClass> unitClass,
                Field<LocalDate> start, Field<LocalDate> end, Field<Kind> kindColumn, Field<PeriodType> periodType) {
            Condition where = indicatorCode.eq(indicator.code()).and(breakdownKey.eq(breakdown)).and(region.in(regions))
                    .and(unitClass.eq(indicator.unitClass()));
            if (from != null) {
                where = where.and(start.ge(from));
            }
            if (to != null) {
                where = where.and(end.le(to));
            }
            if (kind != null) {
                where = where.and(kindColumn.eq(kind));
            }
            return periodTypes == null ? where : where.and(periodType.in(periodTypes));
        }
    }

    /**
     * Today's points: the chosen report of each fact as the fact table keeps it (V61, the same rule), with the
     * confidence and review of its observation. At 10,000,000 observations this reads the 200 chosen reports of a
     * 10-region answer instead of ranking its 1,250 reports with their documents (2.6 ms against 12 ms in PostgreSQL).
     */
    private static Table<?> fromFactTable(Ask ask) {
        return select(F_REGION.as("region_code"), F_START.as("period_start"), F_END.as("period_end"),
                F_PERIOD_TYPE.as("period_type"), F_VALUE.as("value"), F_VALUE_MAX.as("value_max"),
                F_QUALIFIER.as("qualifier"), F_KIND.as("kind"), F_UNIT.as("unit"), F_OBSERVATION.as("observation_id"),
                O_CONFIDENCE.as("confidence"), O_REVIEWED.as("reviewed"), F_REPORTS.minus(1).as("alternatives"))
                .from(F).join(O).on(O_ID.eq(F_OBSERVATION))
                .where(ask.on(F_INDICATOR, F_BREAKDOWN, F_REGION, F_UNIT_CLASS, F_START, F_END, F_KIND, F_PERIOD_TYPE))
                .asTable("c");
    }

    /** The points as of a day: each fact's reports known then, ranked by {@link Selection#NEWEST_PUBLICATION_FIRST}. */
    private static Table<?> fromReportsKnownOn(Ask ask, LocalDate asOf) {
        // Two window specifications: jOOQ's builders are mutable, one shared spec would get the ORDER BY twice.
        Table<?> ranked = select(O_REGION.as("region_code"), O_START.as("period_start"), O_END.as("period_end"),
                O_PERIOD_TYPE.as("period_type"), O_VALUE.as("value"), O_VALUE_MAX.as("value_max"),
                O_QUALIFIER.as("qualifier"), O_KIND.as("kind"), O_UNIT.as("unit"), O_ID.as("observation_id"),
                O_CONFIDENCE.as("confidence"), O_REVIEWED.as("reviewed"),
                count().over(partitionBy(Selection.FACT)).minus(1).as("alternatives"),
                rowNumber().over(partitionBy(Selection.FACT).orderBy(Selection.NEWEST_PUBLICATION_FIRST)).as("pick"))
                .from(Tables.observationsAsOf(asOf)).join(D).on(D_ID.eq(O_DOCUMENT))
                .where(ask.on(O_INDICATOR, O_BREAKDOWN, O_REGION, O_UNIT_CLASS, O_START, O_END, O_KIND, O_PERIOD_TYPE)
                        .and(Selection.knownOn(asOf)))
                .asTable("r");
        return select(ranked.fields()).from(ranked).where(ranked.field("pick", Integer.class).eq(1)).asTable("c");
    }

    /** One series per period type, in the order of {@link PeriodType}; one empty series for no points. */
    private static List<Series> byPeriodType(RegionRef region, UnitClass unitClass, String baseUnit, List<SeriesPoint> points) {
        if (points.isEmpty()) {
            return List.of(new Series(region, null, new DisplayUnit(baseUnit, baseUnit, 1), List.of()));
        }
        Map<PeriodType, List<SeriesPoint>> byType = new LinkedHashMap<>();
        for (PeriodType type : PeriodType.values()) {
            List<SeriesPoint> typed = points.stream().filter(p -> p.periodType() == type).toList();
            if (!typed.isEmpty()) {
                byType.put(type, typed);
            }
        }
        return byType.entrySet().stream()
                .map(e -> new Series(region, e.getKey(), DisplayUnit.of(unitClass, baseUnit, e.getValue().stream().map(SeriesPoint::value).toList()), e.getValue()))
                .toList();
    }

    private static <T> Field<T> c(String column, Class<T> type) {
        return field(name("c", column), type);
    }

    /** A column of the ranked table typed as the observation column it comes from. */
    private static <T> Field<T> c(String column, Field<T> like) {
        return field(name("c", column), like.getDataType());
    }
}
