package io.zhibiao.series;

import static io.zhibiao.series.Tables.C;
import static io.zhibiao.series.Tables.C_AFTER;
import static io.zhibiao.series.Tables.C_BEFORE;
import static io.zhibiao.series.Tables.C_DAY;
import static io.zhibiao.series.Tables.C_DOCUMENT;
import static io.zhibiao.series.Tables.C_ID;
import static io.zhibiao.series.Tables.C_NAME;
import static io.zhibiao.series.Tables.C_NOTE;
import static io.zhibiao.series.Tables.C_REVIEWED_AT;
import static io.zhibiao.series.Tables.C_SUBJECT;
import static io.zhibiao.series.Tables.C_VERDICT;
import static io.zhibiao.series.Tables.D;
import static io.zhibiao.series.Tables.D_DELETED;
import static io.zhibiao.series.Tables.D_ID;
import static io.zhibiao.series.Tables.D_PUBLISHED;
import static io.zhibiao.series.Tables.D_SOURCE;
import static io.zhibiao.series.Tables.D_TITLE;
import static io.zhibiao.series.Tables.O;
import static io.zhibiao.series.Tables.O_BREAKDOWN;
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
import static io.zhibiao.series.Tables.R;
import static io.zhibiao.series.Tables.R_CODE;
import static io.zhibiao.series.Tables.R_NAME;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.trueCondition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import io.zhibiao.extract.Breakdowns;
import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.system.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every value a figure's fact has had, oldest first: what asOf= on any day answers. A vintage begins on a publication
 * date or on the day an editor's review of the picked figure takes effect, so the vintages, asOf= (V220's
 * observation_as_of) and the figure's history tell one story.
 */
@ApplicationScoped
class Vintages {

    static final String RULE = "On each publication date of a report of the fact, and on each day an editor reviewed one, "
            + "the rule that picks among reports (newest publication, then highest document id, then the first figure "
            + "in it) is applied to the reports published by then, as they stood at the end of that day; a vintage starts "
            + "where that pick's value, upper bound or qualifier changes, or where a review of the picked figure took "
            + "effect (its 'reviews' say who, when, the verdict, from what to what). Documents in the trash leave no vintage.";

    /** What makes two reports one fact, read from an observation or from a review's JSON copy of one. */
    private record Fact(String indicator, String breakdown, String region, LocalDate start, LocalDate end,
            PeriodType periodType, Kind kind) {

        Condition ofObservations() {
            return O_INDICATOR.eq(indicator).and(O_BREAKDOWN.eq(breakdown)).and(O_REGION.eq(region))
                    .and(O_START.eq(start)).and(O_END.eq(end)).and(O_PERIOD_TYPE.eq(periodType)).and(O_KIND.eq(kind));
        }

        /** The review's figure (its JSON before or after) is of this fact. */
        Condition of(Field<Object> json) {
            return text(json, "indicator_code").eq(indicator).and(text(json, "breakdown").eq(breakdown))
                    .and(text(json, "region_code").eq(region)).and(text(json, "period_start").eq(start.toString()))
                    .and(text(json, "period_end").eq(end.toString()))
                    .and(text(json, "period_type").eq(Codes.of(periodType))).and(text(json, "kind").eq(Codes.of(kind)));
        }
    }

    /** The report picked as of one day (null fields when none was), as the vintages query reads it. */
    private record Pick(LocalDate day, Long observationId, BigDecimal value, BigDecimal valueMax, Qualifier qualifier,
            String unit, SourceDocument document) {

        boolean sameValueAs(Pick other) {
            return Objects.equals(observationId == null, other.observationId == null) && same(value, other.value)
                    && same(valueMax, other.valueMax) && qualifier == other.qualifier;
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    private static final Field<LocalDate> REVIEW_DAY = C_DAY.as("review_day");

    @Inject
    DSLContext dsl;

    /** The vintages of the fact of this observation, or of the one a review rejected; empty when neither exists. */
    Optional<VintagesAnswer> of(long id) {
        return fact(id).map(fact -> {
            List<VintageReview> reviews = reviews(fact);
            List<Vintage> vintages = vintages(picks(fact), reviews);
            String regionName = dsl.select(R_NAME).from(R).where(R_CODE.eq(fact.region())).fetchOne(R_NAME);
            return new VintagesAnswer(id, fact.indicator(), new RegionRef(fact.region(), regionName), fact.start(),
                    fact.end(), fact.periodType(), fact.kind(), RULE, vintages);
        });
    }

    private Optional<Fact> fact(long id) {
        Optional<Fact> stored = dsl.select(O_INDICATOR, O_BREAKDOWN, O_REGION, O_START, O_END, O_PERIOD_TYPE, O_KIND)
                .from(O).where(O_ID.eq(id).and(Selection.notTrashed()))
                .fetchOptional(org.jooq.Records.mapping(Fact::new));
        if (stored.isPresent()) {
            return stored;
        }
        // A rejected figure is no longer stored: its fact is the one its last review found it in.
        return dsl.select(text(C_BEFORE, "indicator_code"), text(C_BEFORE, "breakdown"), text(C_BEFORE, "region_code"),
                        attribute(C_BEFORE, "period_start", DATE), attribute(C_BEFORE, "period_end", DATE),
                        attribute(C_BEFORE, "period_type", PERIOD_TYPE), attribute(C_BEFORE, "kind", KIND))
                .from(C).where(field("CAST({0} ->> 'id' AS bigint)", Long.class, C_BEFORE).eq(id)).orderBy(C_ID.desc()).limit(1)
                .fetchOptional(org.jooq.Records.mapping(Fact::new));
    }

    /**
     * The pick as of each day that can begin a vintage: the publication dates of the fact's reports (those stored and
     * those reviews took out of it) and the days of the reviews that moved a figure out of it or into it.
     */
    private List<Pick> picks(Fact fact) {
        Table<?> days = select(D_PUBLISHED.as("day")).from(O).join(D).on(D_ID.eq(O_DOCUMENT))
                .where(fact.ofObservations().and(D_DELETED.isNull()))
                .union(select(D_PUBLISHED).from(C).join(D).on(D_ID.eq(C_DOCUMENT))
                        .where(fact.of(C_BEFORE).and(D_DELETED.isNull())))
                .union(select(C_DAY).from(C).where(fact.of(C_BEFORE).or(fact.of(C_AFTER))))
                .asTable("days");
        Field<LocalDate> day = field(name("days", "day"), LocalDate.class);
        Table<?> asOfDay = table("observation_as_of({0})", day).as("o");
        Table<?> pick = lateral(select(O_ID.as("observation_id"), O_VALUE, O_VALUE_MAX, O_QUALIFIER, O_UNIT,
                        D_ID.as("document_id"), D_TITLE, D_SOURCE, D_PUBLISHED)
                .from(asOfDay).join(D).on(D_ID.eq(O_DOCUMENT))
                .where(fact.ofObservations().and(D_PUBLISHED.le(day)).and(D_DELETED.isNull()))
                .orderBy(Selection.NEWEST_PUBLICATION_FIRST).limit(1)).as("p");
        Field<Long> documentId = field(name("p", "document_id"), Long.class);
        return dsl.select(day, field(name("p", "observation_id"), Long.class), field(name("p", "value"), BigDecimal.class),
                        field(name("p", "value_max"), BigDecimal.class), field(name("p", "qualifier"), O_QUALIFIER.getDataType()),
                        field(name("p", "unit"), String.class), documentId, field(name("p", "title"), String.class),
                        field(name("p", "source"), String.class), field(name("p", "published"), LocalDate.class))
                .from(days).leftJoin(pick).on(trueCondition())
                .orderBy(day)
                .fetch(r -> new Pick(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7() == null ? null : SourceDocument.of(r.value7(), r.value8(), r.value9(), r.value10())));
    }

    /** Every review of a figure of this fact (before or after it), oldest first. */
    private List<VintageReview> reviews(Fact fact) {
        return dsl.select(C_ID, C_VERDICT, C_SUBJECT, C_NAME, C_REVIEWED_AT, C_NOTE, figureId(), REVIEW_DAY, C_AFTER)
                .select(figureFields(C_BEFORE)).select(figureFields(C_AFTER))
                .from(C).where(fact.of(C_BEFORE).or(fact.of(C_AFTER)))
                .orderBy(C_ID)
                .fetch(r -> new VintageReview(r.get(C_ID), r.get(C_VERDICT),
                        new VintageReview.Editor(r.get(C_SUBJECT), r.get(C_NAME)), r.get(C_REVIEWED_AT), r.get(C_NOTE),
                        r.get(figureId()), figure(r, C_BEFORE), r.get(C_AFTER) == null ? null : figure(r, C_AFTER),
                        r.get(REVIEW_DAY)));
    }

    /**
     * A vintage at the first pick, at each pick whose value differs from the day before's, and on each day a review of
     * the figure picked that day or the day before took effect; a vintage lists every review of the fact made that day.
     */
    private static List<Vintage> vintages(List<Pick> picks, List<VintageReview> reviews) {
        List<Pick> starts = new ArrayList<>();
        List<List<VintageReview>> madeBy = new ArrayList<>();
        Pick previous = null;
        for (Pick p : picks) {
            if (previous == null && p.observationId() == null) {
                continue; // before the fact's first report (a figure moved into it later)
            }
            Pick before = previous;
            List<VintageReview> that = reviews.stream().filter(r -> r.day().equals(p.day())).toList();
            boolean onPick = that.stream().anyMatch(r -> Objects.equals(r.observationId(), p.observationId())
                    || before != null && Objects.equals(r.observationId(), before.observationId()));
            if (previous == null || !p.sameValueAs(previous) || onPick) {
                starts.add(p);
                madeBy.add(that);
            }
            previous = p;
        }
        List<Vintage> vintages = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            Pick p = starts.get(i);
            LocalDate until = i + 1 < starts.size() ? starts.get(i + 1).day() : null;
            vintages.add(new Vintage(p.day(), until, p.value(), p.valueMax(), p.qualifier(), p.unit(),
                    p.observationId(), p.document(), madeBy.get(i)));
        }
        return vintages;
    }

    private static Field<?>[] figureFields(Field<Object> json) {
        return new Field<?>[] {named(json, "indicator_code", VARCHAR), named(json, "breakdown", VARCHAR),
            named(json, "region_code", VARCHAR), named(json, "period_start", DATE), named(json, "period_end", DATE),
            named(json, "period_type", PERIOD_TYPE), named(json, "kind", KIND), named(json, "value", NUMERIC),
            named(json, "value_max", NUMERIC), named(json, "unit", VARCHAR), named(json, "qualifier", QUALIFIER)};
    }

    private static VintageReview.Figure figure(Record r, Field<Object> json) {
        return new VintageReview.Figure(r.get(named(json, "indicator_code", VARCHAR)),
                Breakdowns.of(r.get(named(json, "breakdown", VARCHAR))), r.get(named(json, "region_code", VARCHAR)),
                r.get(named(json, "period_start", DATE)), r.get(named(json, "period_end", DATE)),
                r.get(named(json, "period_type", PERIOD_TYPE)), r.get(named(json, "kind", KIND)),
                r.get(named(json, "value", NUMERIC)), r.get(named(json, "value_max", NUMERIC)),
                r.get(named(json, "unit", VARCHAR)), r.get(named(json, "qualifier", QUALIFIER)));
    }

    private static final DataType<String> VARCHAR = SQLDataType.VARCHAR;
    private static final DataType<LocalDate> DATE = SQLDataType.LOCALDATE;
    private static final DataType<BigDecimal> NUMERIC = SQLDataType.NUMERIC;
    private static final DataType<PeriodType> PERIOD_TYPE = Codes.column(PeriodType.class);
    private static final DataType<Kind> KIND = Codes.column(Kind.class);
    private static final DataType<Qualifier> QUALIFIER = Codes.column(Qualifier.class);

    /** One attribute of a review's JSON copy of a figure, cast to its type (for conditions). */
    private static <T> Field<T> attribute(Field<Object> json, String key, DataType<T> type) {
        return type == VARCHAR || type.getType().isEnum() ? field("({0} ->> {1})", type, json, inline(key))
                : field("({0} ->> {1})", String.class, json, inline(key)).cast(type);
    }

    /** {@link #attribute} under a name of its own, for the select list (before_value, after_value, …). */
    private static <T> Field<T> named(Field<Object> json, String key, DataType<T> type) {
        return attribute(json, key, type).as(json.getName() + "_" + key);
    }

    private static Field<String> text(Field<Object> json, String key) {
        return attribute(json, key, VARCHAR);
    }

    /** The observation a review was made on: the id in the row it kept as 'before'. */
    private static Field<Long> figureId() {
        return field("CAST({0} ->> 'id' AS bigint)", Long.class, C_BEFORE).as("figure_id");
    }

}
