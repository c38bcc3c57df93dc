package io.zhibiao.series;

import static io.zhibiao.series.Tables.D_DELETED;
import static io.zhibiao.series.Tables.D_ID;
import static io.zhibiao.series.Tables.D_PUBLISHED;
import static io.zhibiao.series.Tables.O_BREAKDOWN;
import static io.zhibiao.series.Tables.O_END;
import static io.zhibiao.series.Tables.O_ID;
import static io.zhibiao.series.Tables.O_INDICATOR;
import static io.zhibiao.series.Tables.O_KIND;
import static io.zhibiao.series.Tables.O_PERIOD_TYPE;
import static io.zhibiao.series.Tables.O_REGION;
import static io.zhibiao.series.Tables.O_START;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import io.zhibiao.extract.PeriodType;
import io.zhibiao.system.Codes;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.TrashFilter;

/**
 * The one rule that picks among several reports of one fact, used by series, roll-ups, latest values,
 * rankings, provenance, CSV and the chart queries alike, so JSON, CSV and PNG never disagree.
 *
 * <p>The fields are qualified by the aliases {@code o} (observation) and {@code d} (document), which
 * every query that applies the rule uses.
 */
public final class Selection {

    /** What makes two reports the same fact: indicator and breakdown, region, period (start, end and type) and kind. */
    static final Field<?>[] FACT = {O_INDICATOR, O_BREAKDOWN, O_REGION, O_START, O_END, O_PERIOD_TYPE, O_KIND};

    /**
     * Among the reports of one fact: the newest publication, then the highest document id (the later
     * stored), then the first figure in that document (the lowest observation id).
     */
    static final SortField<?>[] NEWEST_PUBLICATION_FIRST = {D_PUBLISHED.desc(), D_ID.desc(), O_ID.asc()};

    /**
     * The period types as codes in the order ties between them are broken (the order of {@link PeriodType}), for
     * SQL's {@code array_position}.
     */
    public static String[] periodTypeOrder() {
        return Codes.of(java.util.List.of(PeriodType.values())).toArray(String[]::new);
    }

    static final String RULE = "When several documents report the same indicator and breakdown, region, period (start, "
            + "end and type) and kind, the value of the newest publication is used (tie: highest document id, then the first "
            + "figure in it); 'alternatives' counts the others. Only reports in the indicator's unit class count.";

    private Selection() {
    }

    /** {@link #NEWEST_PUBLICATION_FIRST} as one query part, for the chart queries' plain-SQL templates. */
    public static QueryPart newestPublicationFirst() {
        return DSL.list(NEWEST_PUBLICATION_FIRST);
    }

    /** The optional 'periodType' parameter, or null when absent. */
    static PeriodType periodType(String value) {
        return Codes.optionalParameter("periodType", value, PeriodType.class);
    }

    /** What the 'asOf' parameter says in the API docs. */
    public static final String AS_OF = "Answer as of this publication date (YYYY-MM-DD): only documents published on or before it count";

    /**
     * The optional 'asOf' parameter: a real date within the query range, or null when absent. As of a day the
     * candidates are the documents published by then; the rule among them stays the same.
     */
    public static LocalDate asOf(String value) {
        return Inputs.optionalDate("asOf", value, Inputs.FIRST_QUERY_DAY, Inputs.LAST_QUERY_DAY);
    }

    /**
     * The day a trashed document stops counting for as-of answers: the end of the day of its deletion, in China's
     * time (the days of publication dates). As of any earlier day the document was still there.
     */
    static final ZoneId DAYS = ZoneId.of("Asia/Shanghai");

    /**
     * Only reports in documents that count: today those not in the trash; as of a day those published on or before
     * it and not yet trashed then (a document trashed later still counts for that day: its history stays). Needs the
     * {@code d} alias.
     */
    static Condition knownOn(LocalDate asOf) {
        if (asOf == null) {
            return D_DELETED.isNull();
        }
        return D_PUBLISHED.le(asOf).and(D_DELETED.isNull().or(D_DELETED.ge(endOf(asOf))));
    }

    /** The first instant after {@code day} ended, in {@link #DAYS}. */
    public static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(DAYS).toOffsetDateTime();
    }

    /** {@link TrashFilter#notTrashed(String)} for jOOQ reads of observations under the alias {@code o}. */
    static Condition notTrashed() {
        return DSL.condition(TrashFilter.notTrashed("o"));
    }
}
