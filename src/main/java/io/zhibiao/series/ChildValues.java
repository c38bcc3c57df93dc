package io.zhibiao.series;

import static io.zhibiao.series.Tables.D;
import static io.zhibiao.series.Tables.D_ID;
import static io.zhibiao.series.Tables.O;
import static io.zhibiao.series.Tables.O_BREAKDOWN;
import static io.zhibiao.series.Tables.O_DOCUMENT;
import static io.zhibiao.series.Tables.O_END;
import static io.zhibiao.series.Tables.O_ID;
import static io.zhibiao.series.Tables.O_INDICATOR;
import static io.zhibiao.series.Tables.O_KIND;
import static io.zhibiao.series.Tables.O_PERIOD_TYPE;
import static io.zhibiao.series.Tables.O_QUALIFIER;
import static io.zhibiao.series.Tables.O_UNIT_CLASS;
import static io.zhibiao.series.Tables.O_REGION;
import static io.zhibiao.series.Tables.O_START;
import static io.zhibiao.series.Tables.O_UNIT;
import static io.zhibiao.series.Tables.O_VALUE;
import static io.zhibiao.series.Tables.O_VALUE_MAX;
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
import static io.zhibiao.series.Tables.R;
import static io.zhibiao.series.Tables.R_CODE;
import static io.zhibiao.series.Tables.R_LEVEL;
import static io.zhibiao.series.Tables.R_NAME;
import static io.zhibiao.series.Tables.R_PARENT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.regions.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One value per region of a level under a parent (roll-ups, latest values, rankings), in one query
 * each: a recursive CTE walks the region tree down to the level, a window picks one fact per
 * region from the fact table (the chosen report of each fact), and window aggregates over all children
 * give coverage and the roll-up.
 */
@ApplicationScoped
class ChildValues {

    /**
     * A child with its value (nulls if none), the totals over all children and the answer's one period type (the
     * asked one, else the one most children report; null when none reported).
     */
    record Row(ChildValue child, int expected, int reporting, BigDecimal rollup, PeriodType answerType) {
    }

    /** A ranked child with the totals over all children. */
    record Ranked(int rank, Row row) {
    }

    private static final Name TREE = name("tree");
    private static final Field<String> TREE_CODE = field(name("tree", "code"), String.class);
    private static final Field<Level> TREE_LEVEL = field(name("tree", "level"), R_LEVEL.getDataType());
    private static final Name FACTS = name("facts");
    private static final Name ANSWER_TYPE = name("answer_type");
    private static final Name CHOSEN = name("chosen");
    private static final List<String> FACT_COLUMNS = List.of("region_code", "value", "value_max", "qualifier", "unit",
            "period_start", "period_end", "period_type", "observation_id", "alternatives");

    /** The per-child table {@code x} that {@link #perChild} makes, as an answer reads it. */
    private static final Field<String> X_CODE = x("code", String.class);
    private static final Field<String> X_NAME = x("name", String.class);
    private static final Field<BigDecimal> X_VALUE = x("value", BigDecimal.class);
    private static final List<Field<?>> ROW = List.of(X_CODE, X_NAME, X_VALUE, x("value_max", BigDecimal.class),
            x("qualifier", O_QUALIFIER.getDataType()), x("unit", String.class), x("period_start", LocalDate.class),
            x("period_end", LocalDate.class), x("period_type", O_PERIOD_TYPE.getDataType()), x("observation_id", Long.class),
            x("alternatives", Integer.class), x("expected", Integer.class), x("reporting", Integer.class),
            x("rollup", BigDecimal.class), x("answer_type", O_PERIOD_TYPE.getDataType()));

    @Inject
    DSLContext dsl;

    /**
     * What one answer asks about: {@code period} null means the newest value of each region; {@code periodType} is
     * the asked period type, or null for the one most children report (see {@link #answerType}); {@code asOf} null
     * means every stored document (the fact table answers), else those published by that day (the reports answer);
     * {@code breakdown} is the canonical key of the classification item asked for, '' for the indicator's total.
     */
    record Ask(String indicator, UnitClass unitClass, String parent, Level level, Kind kind, Period period,
            PeriodType periodType, LocalDate asOf, String breakdown) {
    }

    /** Every child at the level, by code. */
    List<Row> values(Ask ask, RollupFn fn) {
        Table<?> x = perChild(ask.level(), fn).asTable("x");
        return dsl.withRecursive(tree(ask.parent(), ask.level()), facts(ask), answerType(), chosen())
                .select(ROW)
                .from(x)
                .orderBy(X_CODE)
                .fetch(ChildValues::row);
    }

    /** The children that reported, ranked by value; equal values share a rank. */
    List<Ranked> ranking(Ask ask, boolean descending, int limit) {
        Table<?> x = perChild(ask.level(), RollupFn.COUNT).asTable("x");
        var byValue = descending ? X_VALUE.desc() : X_VALUE.asc();
        Field<Integer> rank = rank().over(orderBy(byValue)).as("rank");
        return dsl.withRecursive(tree(ask.parent(), ask.level()), facts(ask), answerType(), chosen())
                .select(ROW).select(rank)
                .from(x)
                .where(X_VALUE.isNotNull())
                .orderBy(byValue, X_CODE)
                .limit(limit)
                .fetch(r -> new Ranked(r.get(rank), row(r)));
    }

    /** A child's row of the per-child table {@code x}: its value, and the totals over all children beside it. */
    private static Row row(Record r) {
        var child = new ChildValue(new RegionRef(r.get(X_CODE), r.get(X_NAME)), r.get(X_VALUE),
                r.get(x("value_max", BigDecimal.class)), r.get(x("qualifier", O_QUALIFIER.getDataType())),
                r.get(x("unit", String.class)), r.get(x("period_start", LocalDate.class)),
                r.get(x("period_end", LocalDate.class)), r.get(x("period_type", O_PERIOD_TYPE.getDataType())),
                r.get(x("observation_id", Long.class)), r.get(x("alternatives", Integer.class)));
        return new Row(child, r.get(x("expected", Integer.class)), r.get(x("reporting", Integer.class)),
                r.get(x("rollup", BigDecimal.class)), r.get(x("answer_type", O_PERIOD_TYPE.getDataType())));
    }

    /**
     * The regions under {@code parent} down to {@code level}; the walk stops at that level. Nationwide it is every
     * region of the level, read without a walk (every region descends from 000000; RegionResourceTest checks it).
     */
    private static CommonTableExpression<?> tree(String parent, Level level) {
        Field<String> code = field(name("region", "code"), String.class);
        Field<Level> lvl = field(name("region", "level"), R_LEVEL.getDataType());
        Field<String> parentCode = field(name("region", "parent_code"), String.class);
        if (parent.equals(Params.ALL_CHINA)) {
            return TREE.fields("code", "level").as(select(code, lvl).from(table(name("region"))).where(lvl.eq(level)));
        }
        return TREE.fields("code", "level").as(
                select(code, lvl).from(table(name("region"))).where(parentCode.eq(parent))
                        .unionAll(select(R_CODE, R_LEVEL).from(R).join(table(TREE)).on(R_PARENT.eq(TREE_CODE))
                                .where(TREE_LEVEL.ne(level))));
    }

    /**
     * The children's facts or reports, by their region column. Nationwide from the region table, not the tree: its
     * statistics tell the planner there are 2,846 counties, where its guess for a walk of the tree is about a
     * hundred, and with that guess it probes the facts one county at a time (31 ms) instead of reading the
     * indicator's facts of the period in one range (24 ms on 10,000,000 observations; bench/api/RESULTS.md).
     */
    private static Condition inScope(Field<String> region, Ask ask) {
        return region.in(ask.parent().equals(Params.ALL_CHINA)
                ? select(R_CODE).from(R).where(R_LEVEL.eq(ask.level()))
                : select(TREE_CODE).from(table(TREE)).where(TREE_LEVEL.eq(ask.level())));
    }

    /**
     * The columns an answer reads and filters on, in the fact table ({@code f}) or in the reports ({@code o}): one set
     * of conditions and one list of answer columns serves both.
     */
    private record Source(Field<String> indicator, Field<Kind> kind, Field<UnitClass> unitClass, Field<String> region,
            Field<LocalDate> start, Field<LocalDate> end, Field<PeriodType> periodType, Field<BigDecimal> value,
            Field<BigDecimal> valueMax, Field<Qualifier> qualifier, Field<String> unit, Field<Long> observation,
            Field<String> breakdown) {

        /** The indicator and breakdown in its unit class, the kind, the period (and type, if asked), at the level. */
        Condition drawnOn(Ask ask) {
            Condition where = indicator.eq(ask.indicator()).and(breakdown.eq(ask.breakdown())).and(kind.eq(ask.kind()))
                    .and(unitClass.eq(ask.unitClass())).and(inScope(region, ask));
            if (ask.period() != null) {
                where = where.and(ask.period().condition(start, end));
            }
            return ask.periodType() == null ? where : where.and(periodType.eq(ask.periodType()));
        }

        /** The columns of {@link #FACT_COLUMNS} but {@code alternatives}, named so. */
        List<Field<?>> answerColumns() {
            return List.of(region.as("region_code"), value.as("value"), valueMax.as("value_max"),
                    qualifier.as("qualifier"), unit.as("unit"), start.as("period_start"), end.as("period_end"),
                    periodType.as("period_type"), observation.as("observation_id"));
        }
    }

    private static final Source FACT_TABLE = new Source(F_INDICATOR, F_KIND, F_UNIT_CLASS, F_REGION, F_START, F_END,
            F_PERIOD_TYPE, F_VALUE, F_VALUE_MAX, F_QUALIFIER, F_UNIT, F_OBSERVATION, F_BREAKDOWN);
    private static final Source REPORTS = new Source(O_INDICATOR, O_KIND, O_UNIT_CLASS, O_REGION, O_START, O_END,
            O_PERIOD_TYPE, O_VALUE, O_VALUE_MAX, O_QUALIFIER, O_UNIT, O_ID, O_BREAKDOWN);

    /**
     * The facts an answer may draw on, one row per fact with its chosen report: from the fact table (V61), or as of a
     * day from the reports known then, picked per fact by {@link Selection#NEWEST_PUBLICATION_FIRST} as the fact
     * table does. {@code alternatives} counts the other reports of the fact. Of any period type unless the ask names one.
     */
    private static CommonTableExpression<?> facts(Ask ask) {
        if (ask.asOf() == null) {
            var columns = new ArrayList<Field<?>>(FACT_TABLE.answerColumns());
            columns.add(F_REPORTS.minus(1).as("alternatives"));
            return FACTS.as(select(columns).from(F).where(FACT_TABLE.drawnOn(ask)));
        }
        var columns = new ArrayList<Field<?>>(REPORTS.answerColumns());
        columns.add(count().over(partitionBy(Selection.FACT)).minus(1).as("alternatives"));
        columns.add(rowNumber().over(partitionBy(Selection.FACT).orderBy(Selection.NEWEST_PUBLICATION_FIRST))
                .as("rank_in_fact"));
        Table<?> reports = select(columns)
                .from(Tables.observationsAsOf(ask.asOf())).join(D).on(D_ID.eq(O_DOCUMENT))
                .where(REPORTS.drawnOn(ask).and(Selection.knownOn(ask.asOf())))
                .asTable("r");
        return FACTS.as(select(FACT_COLUMNS.stream().map(c -> field(name("r", c))).toList())
                .from(reports)
                .where(field(name("r", "rank_in_fact"), Integer.class).eq(1)));
    }

    /**
     * The answer's one period type: the asked one, else the type most children report (ties in the order of {@link
     * PeriodType}), so an answer that names none still never mixes a January–September total with
     * annual values. Computed in the same query as the values, from the same facts: one walk of the tree.
     */
    private static CommonTableExpression<?> answerType() {
        Field<String> type = field(name("facts", "period_type"), String.class);
        return ANSWER_TYPE.fields("period_type").as(select(type)
                .from(table(FACTS))
                .groupBy(type)
                .orderBy(countDistinct(field(name("facts", "region_code"))).desc(),
                        field("array_position({0}, {1})", Integer.class,
                                val(Selection.periodTypeOrder()), type).asc())
                .limit(1));
    }

    /** Per child region and fact of the answer's type, {@code pick} 1 for the latest period end, then the shortest period. */
    private static CommonTableExpression<?> chosen() {
        Field<LocalDate> end = field(name("facts", "period_end"), LocalDate.class);
        Field<LocalDate> start = field(name("facts", "period_start"), LocalDate.class);
        return CHOSEN.as(select(table(FACTS).asterisk(),
                rowNumber().over(partitionBy(field(name("facts", "region_code"))).orderBy(end.desc(), start.desc()))
                        .as("pick"))
                .from(table(FACTS))
                .where(field(name("facts", "period_type"), String.class).eq(answerTypeValue())));
    }

    private static Field<String> answerTypeValue() {
        return field(select(field(name("answer_type", "period_type"), String.class)).from(table(ANSWER_TYPE)));
    }

    /** The children joined to their chosen value, with totals over all children as window aggregates. */
    private static org.jooq.Select<?> perChild(Level level, RollupFn fn) {
        Field<BigDecimal> value = chosenField("value", BigDecimal.class);
        return select(R_CODE.as("code"), R_NAME.as("name"), value.as("value"),
                chosenField("value_max", BigDecimal.class).as("value_max"),
                chosenField("qualifier", String.class).as("qualifier"), chosenField("unit", String.class).as("unit"),
                chosenField("period_start", LocalDate.class).as("period_start"),
                chosenField("period_end", LocalDate.class).as("period_end"),
                chosenField("period_type", String.class).as("period_type"),
                chosenField("observation_id", Long.class).as("observation_id"),
                chosenField("alternatives", Integer.class).as("alternatives"),
                count().over().as("expected"), count(value).over().as("reporting"), fn.overAllChildren(value).as("rollup"),
                answerTypeValue().as("answer_type"))
                .from(table(TREE))
                .join(R).on(R_CODE.eq(TREE_CODE))
                .leftJoin(table(CHOSEN)).on(chosenField("region_code", String.class).eq(TREE_CODE)
                        .and(chosenField("pick", Integer.class).eq(1)))
                .where(TREE_LEVEL.eq(level));
    }

    private static <T> Field<T> chosenField(String column, Class<T> type) {
        return field(name("chosen", column), type);
    }

    private static <T> Field<T> x(String column, Class<T> type) {
        return field(name("x", column), type);
    }

    private static <T> Field<T> x(String column, DataType<T> type) {
        return field(name("x", column), type);
    }
}
