package io.zhibiao.series;

import static io.zhibiao.series.Tables.D;
import static io.zhibiao.series.Tables.D_ID;
import static io.zhibiao.series.Tables.O;
import static io.zhibiao.series.Tables.O_DOCUMENT;
import static io.zhibiao.series.Tables.O_END;
import static io.zhibiao.series.Tables.O_ID;
import static io.zhibiao.series.Tables.O_INDICATOR;
import static io.zhibiao.series.Tables.O_KIND;
import static io.zhibiao.series.Tables.O_PERIOD_TYPE;
import static io.zhibiao.series.Tables.O_QUALIFIER;
import static io.zhibiao.series.Tables.O_REGION;
import static io.zhibiao.series.Tables.O_START;
import static io.zhibiao.series.Tables.O_UNIT;
import static io.zhibiao.series.Tables.O_VALUE;
import static io.zhibiao.series.Tables.O_VALUE_MAX;
import static io.zhibiao.series.Tables.F;
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
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * One value per region of a level under a parent (roll-ups, latest values, rankings), in one query
 * each: a recursive CTE walks the region tree down to the level, a window picks one fact per
 * region from the fact table (the chosen report of each fact), and window aggregates over all children
 * give coverage and the roll-up.
 */
@ApplicationScoped
class ChildValues {

    /** A child with its value (nulls if none) and the totals over all children. */
    record Row(ChildValue child, int expected, int reporting, BigDecimal rollup) {
    }

    /** A ranked child with the totals over all children. */
    record Ranked(int rank, Row row) {
    }

    private static final Name TREE = name("tree");
    private static final Field<String> TREE_CODE = field(name("tree", "code"), String.class);
    private static final Field<String> TREE_LEVEL = field(name("tree", "level"), String.class);
    private static final Name CHOSEN = name("chosen");

    private final DSLContext dsl;

    ChildValues(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What one answer asks about: {@code period} null means the newest value of each region; {@code
     * periodType} is the one period type of the answer (see {@link #commonPeriodType}); {@code asOf} null means
     * every stored document (the fact table answers), else those published by that day (the reports answer).
     */
    record Ask(String indicator, String unitClass, String parent, String level, String kind, Period period,
            String periodType, LocalDate asOf) {
    }

    /**
     * The period type most children report (ties in the order of {@link Selection#PERIOD_TYPES}), so an
     * answer that names none still never mixes a January–September total with annual values; null when
     * no child reported.
     */
    String commonPeriodType(Ask ask) {
        boolean current = ask.asOf() == null;
        Field<String> type = current ? F_PERIOD_TYPE : O_PERIOD_TYPE;
        return dsl.withRecursive(tree(ask.parent(), ask.level()))
                .select(type)
                .from(current ? F : O.join(D).on(D_ID.eq(O_DOCUMENT)))
                .where(current ? stated(ask) : observed(ask))
                .groupBy(type)
                .orderBy(countDistinct(current ? F_REGION : O_REGION).desc(),
                        field("array_position({0}, {1})", Integer.class,
                                val(Selection.PERIOD_TYPES.toArray(String[]::new)), type).asc())
                .limit(1)
                .fetchOne(type);
    }

    /** Every child at the level, by code. */
    List<Row> values(Ask ask, String fn) {
        Table<?> x = perChild(ask.level(), fn).asTable("x");
        return dsl.withRecursive(tree(ask.parent(), ask.level()), chosen(ask))
                .select(x("code", String.class), x("name", String.class), x("value", BigDecimal.class),
                        x("value_max", BigDecimal.class), x("qualifier", String.class), x("unit", String.class),
                        x("period_start", LocalDate.class), x("period_end", LocalDate.class),
                        x("period_type", String.class), x("observation_id", Long.class), x("alternatives", Integer.class),
                        x("expected", Integer.class), x("reporting", Integer.class), x("rollup", BigDecimal.class))
                .from(x)
                .orderBy(x("code", String.class))
                .fetch(Records.mapping(ChildValues::row));
    }

    /** The children that reported, ranked by value; equal values share a rank. */
    List<Ranked> ranking(Ask ask, boolean descending, int limit) {
        Table<?> x = perChild(ask.level(), "count").asTable("x");
        Field<BigDecimal> value = x("value", BigDecimal.class);
        var byValue = descending ? value.desc() : value.asc();
        return dsl.withRecursive(tree(ask.parent(), ask.level()), chosen(ask))
                .select(rank().over(orderBy(byValue)),
                        x("code", String.class), x("name", String.class), value,
                        x("value_max", BigDecimal.class), x("qualifier", String.class), x("unit", String.class),
                        x("period_start", LocalDate.class), x("period_end", LocalDate.class),
                        x("period_type", String.class), x("observation_id", Long.class), x("alternatives", Integer.class),
                        x("expected", Integer.class), x("reporting", Integer.class), x("rollup", BigDecimal.class))
                .from(x)
                .where(value.isNotNull())
                .orderBy(byValue, x("code", String.class))
                .limit(limit)
                .fetch(Records.mapping((rank, code, name, v, vm, q, u, s, e, t, id, alt, expected, reporting, rollup) ->
                        new Ranked(rank, row(code, name, v, vm, q, u, s, e, t, id, alt, expected, reporting, rollup))));
    }

    private static Row row(String code, String name, BigDecimal value, BigDecimal valueMax, String qualifier, String unit,
            LocalDate start, LocalDate end, String periodType, Long observationId, Integer alternatives, Integer expected,
            Integer reporting, BigDecimal rollup) {
        return new Row(new ChildValue(new RegionRef(code, name), value, valueMax, qualifier, unit, start, end,
                periodType, observationId, alternatives), expected, reporting, rollup);
    }

    /** The regions under {@code parent} down to {@code level}; the walk stops at that level. */
    private static CommonTableExpression<?> tree(String parent, String level) {
        Field<String> code = field(name("region", "code"), String.class);
        Field<String> lvl = field(name("region", "level"), String.class);
        Field<String> parentCode = field(name("region", "parent_code"), String.class);
        return TREE.fields("code", "level").as(
                select(code, lvl).from(table(name("region"))).where(parentCode.eq(parent))
                        .unionAll(select(R_CODE, R_LEVEL).from(R).join(table(TREE)).on(R_PARENT.eq(TREE_CODE))
                                .where(TREE_LEVEL.ne(level))));
    }

    /** The facts an answer draws on: the indicator in its unit class, the kind, the period, at the level. */
    private static Condition stated(Ask ask) {
        Condition where = F_INDICATOR.eq(ask.indicator()).and(F_KIND.eq(ask.kind()))
                .and(F_UNIT_CLASS.eq(ask.unitClass()))
                .and(F_REGION.in(select(TREE_CODE).from(table(TREE)).where(TREE_LEVEL.eq(ask.level()))));
        if (ask.period() != null) {
            where = where.and(ask.period().condition(F_START, F_END));
        }
        return ask.periodType() == null ? where : where.and(F_PERIOD_TYPE.eq(ask.periodType()));
    }

    /** The reports an answer as of a day draws on; the query joins the document as {@code d}. */
    private static Condition observed(Ask ask) {
        Condition where = O_INDICATOR.eq(ask.indicator()).and(O_KIND.eq(ask.kind()))
                .and(Selection.inUnitClass(ask.unitClass()))
                .and(O_REGION.in(select(TREE_CODE).from(table(TREE)).where(TREE_LEVEL.eq(ask.level()))))
                .and(Selection.knownOn(ask.asOf()));
        if (ask.period() != null) {
            where = where.and(ask.period().condition());
        }
        return ask.periodType() == null ? where : where.and(O_PERIOD_TYPE.eq(ask.periodType()));
    }

    /** One value per child region: from the fact table, or as of a day from the reports known then. */
    private static CommonTableExpression<?> chosen(Ask ask) {
        return ask.asOf() == null ? chosenFact(ask) : chosenReport(ask);
    }

    /**
     * One fact per child region: the latest period end, then the shortest period (for as-of dates). Each fact row
     * holds the report {@link Selection#NEWEST_PUBLICATION_FIRST} picks (the fact table, V61), and how many there
     * are; {@code alternatives} counts the others.
     */
    private static CommonTableExpression<?> chosenFact(Ask ask) {
        return CHOSEN.as(select(F_REGION.as("region_code"), F_VALUE.as("value"), F_VALUE_MAX.as("value_max"),
                F_QUALIFIER.as("qualifier"), F_UNIT.as("unit"), F_START.as("period_start"), F_END.as("period_end"),
                F_PERIOD_TYPE.as("period_type"), F_OBSERVATION.as("observation_id"),
                rowNumber().over(partitionBy(F_REGION).orderBy(F_END.desc(), F_START.desc())).as("pick"),
                F_REPORTS.minus(1).as("alternatives"))
                .from(F)
                .where(stated(ask)));
    }

    /**
     * As {@link #chosenFact}, from the reports of the documents published by the answer's day: the latest period
     * end, then the shortest period, then {@link Selection#NEWEST_PUBLICATION_FIRST}.
     */
    private static CommonTableExpression<?> chosenReport(Ask ask) {
        var order = new ArrayList<SortField<?>>(List.of(O_END.desc(), O_START.desc()));
        order.addAll(List.of(Selection.NEWEST_PUBLICATION_FIRST));
        return CHOSEN.as(select(O_REGION.as("region_code"), O_VALUE.as("value"), O_VALUE_MAX.as("value_max"),
                O_QUALIFIER.as("qualifier"), O_UNIT.as("unit"), O_START.as("period_start"), O_END.as("period_end"),
                O_PERIOD_TYPE.as("period_type"), O_ID.as("observation_id"),
                rowNumber().over(partitionBy(O_REGION).orderBy(order)).as("pick"),
                count().over(partitionBy(Selection.FACT)).minus(1).as("alternatives"))
                .from(O).join(D).on(D_ID.eq(O_DOCUMENT))
                .where(observed(ask)));
    }

    /** The children joined to their chosen value, with totals over all children as window aggregates. */
    private static org.jooq.Select<?> perChild(String level, String fn) {
        Field<BigDecimal> value = chosenField("value", BigDecimal.class);
        return select(R_CODE.as("code"), R_NAME.as("name"), value.as("value"),
                chosenField("value_max", BigDecimal.class).as("value_max"),
                chosenField("qualifier", String.class).as("qualifier"), chosenField("unit", String.class).as("unit"),
                chosenField("period_start", LocalDate.class).as("period_start"),
                chosenField("period_end", LocalDate.class).as("period_end"),
                chosenField("period_type", String.class).as("period_type"),
                chosenField("observation_id", Long.class).as("observation_id"),
                chosenField("alternatives", Integer.class).as("alternatives"),
                count().over().as("expected"), count(value).over().as("reporting"), rollup(fn, value).as("rollup"))
                .from(table(TREE))
                .join(R).on(R_CODE.eq(TREE_CODE))
                .leftJoin(table(CHOSEN)).on(chosenField("region_code", String.class).eq(TREE_CODE)
                        .and(chosenField("pick", Integer.class).eq(1)))
                .where(TREE_LEVEL.eq(level));
    }

    private static Field<BigDecimal> rollup(String fn, Field<BigDecimal> value) {
        return switch (fn) {
            case "sum" -> sum(value).over();
            case "avg" -> avg(value).over();
            case "min" -> min(value).over();
            case "max" -> max(value).over();
            case "count" -> count(value).over().cast(SQLDataType.NUMERIC);
            default -> throw new IllegalArgumentException("Unknown roll-up function " + fn);
        };
    }

    private static <T> Field<T> chosenField(String column, Class<T> type) {
        return field(name("chosen", column), type);
    }

    private static <T> Field<T> x(String column, Class<T> type) {
        return field(name("x", column), type);
    }
}
