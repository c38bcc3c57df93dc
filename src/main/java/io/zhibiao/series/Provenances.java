package io.zhibiao.series;

import static io.zhibiao.series.Tables.D;
import static io.zhibiao.series.Tables.D_ID;
import static io.zhibiao.series.Tables.D_PUBLISHED;
import static io.zhibiao.series.Tables.D_SOURCE;
import static io.zhibiao.series.Tables.D_TITLE;
import static io.zhibiao.series.Tables.D_URL;
import static io.zhibiao.series.Tables.O;
import static io.zhibiao.series.Tables.O_DOCUMENT;
import static io.zhibiao.series.Tables.O_END;
import static io.zhibiao.series.Tables.O_END_OFFSET;
import static io.zhibiao.series.Tables.O_EXTRACTOR;
import static io.zhibiao.series.Tables.O_ID;
import static io.zhibiao.series.Tables.O_BREAKDOWN;
import static io.zhibiao.series.Tables.O_CONFIDENCE;
import static io.zhibiao.series.Tables.O_REASONS;
import static io.zhibiao.series.Tables.O_INDICATOR;
import static io.zhibiao.series.Tables.O_KIND;
import static io.zhibiao.series.Tables.O_PERIOD_TYPE;
import static io.zhibiao.series.Tables.O_QUALIFIER;
import static io.zhibiao.series.Tables.O_QUOTE;
import static io.zhibiao.series.Tables.O_REGION;
import static io.zhibiao.series.Tables.O_START;
import static io.zhibiao.series.Tables.O_START_OFFSET;
import static io.zhibiao.series.Tables.O_TOPIC;
import static io.zhibiao.series.Tables.O_UNIT;
import static io.zhibiao.series.Tables.O_UNIT_CLASS;
import static io.zhibiao.series.Tables.O_VALUE;
import static io.zhibiao.series.Tables.O_VALUE_MAX;
import static io.zhibiao.series.Tables.R;
import static io.zhibiao.series.Tables.R_CODE;
import static io.zhibiao.series.Tables.R_NAME;
import static org.jooq.impl.DSL.orderBy;
import static org.jooq.impl.DSL.rowNumber;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import io.zhibiao.checks.Checks;
import io.zhibiao.extract.Breakdowns;
import io.zhibiao.extract.Reason;
import io.zhibiao.system.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads the provenance of a stored figure and the other reports of the same fact. */
@ApplicationScoped
class Provenances {

    @Inject
    DSLContext dsl;
    @Inject
    Checks checks;

    /** The provenance as of a publication date: only reports known then (null: today); empty when the figure was not. */
    Optional<Provenance> find(long id, LocalDate asOf) {
        Record o = dsl.select(O_ID, O_INDICATOR, O_REGION, R_NAME, O_START, O_END, O_VALUE, O_VALUE_MAX, O_UNIT_CLASS,
                        O_UNIT, O_QUALIFIER, O_KIND, O_TOPIC, D_ID, D_TITLE, D_SOURCE, D_PUBLISHED, D_URL, O_QUOTE,
                        O_START_OFFSET, O_END_OFFSET, O_EXTRACTOR, O_PERIOD_TYPE, O_BREAKDOWN, O_CONFIDENCE, O_REASONS)
                .from(Tables.observationsAsOf(asOf)).join(D).on(D_ID.eq(O_DOCUMENT)).join(R).on(R_CODE.eq(O_REGION))
                .where(O_ID.eq(id).and(Selection.knownOn(asOf)))
                .fetchOne();
        if (o == null) {
            return Optional.empty();
        }
        // Every report of the fact, newest publication first: the first is the one the API uses.
        List<OtherReport> reports = dsl.select(O_ID, D_ID, D_TITLE, D_SOURCE, D_PUBLISHED, O_VALUE, O_VALUE_MAX,
                        O_QUALIFIER, O_QUOTE, rowNumber().over(orderBy(Selection.NEWEST_PUBLICATION_FIRST)).eq(1))
                .from(Tables.observationsAsOf(asOf)).join(D).on(D_ID.eq(O_DOCUMENT))
                .where(sameFact(o).and(Selection.knownOn(asOf)))
                .orderBy(Selection.NEWEST_PUBLICATION_FIRST)
                .fetch(r -> new OtherReport(r.value1(), SourceDocument.of(r.value2(), r.value3(), r.value4(), r.value5()),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
        boolean chosen = reports.stream().anyMatch(r -> r.chosen() && r.observationId() == id);
        return Optional.of(new Provenance(id, o.get(O_INDICATOR), new RegionRef(o.get(O_REGION), o.get(R_NAME)),
                o.get(O_START), o.get(O_END), o.get(O_PERIOD_TYPE), o.get(O_VALUE), o.get(O_VALUE_MAX), o.get(O_UNIT_CLASS), o.get(O_UNIT),
                o.get(O_QUALIFIER), o.get(O_KIND), o.get(O_TOPIC),
                new SourceDocument(o.get(D_ID), o.get(D_TITLE), o.get(D_SOURCE), o.get(D_PUBLISHED), o.get(D_URL)),
                o.get(O_QUOTE), o.get(O_START_OFFSET), o.get(O_END_OFFSET), o.get(O_EXTRACTOR), o.get(O_CONFIDENCE), reasons(o.get(O_REASONS)), chosen,
                reports.stream().filter(r -> r.observationId() != id).toList(), checks.of(id),
                Breakdowns.of(o.get(O_BREAKDOWN))));
    }

    /** The stored reason codes as constants, in their stored order (none for rows older extractors wrote). */
    private static List<Reason> reasons(String[] codes) {
        return codes == null ? List.of() : Arrays.stream(codes).map(c -> Codes.find(Reason.class, c).orElseThrow(
                () -> new IllegalStateException("Column reasons holds '" + c + "', not a code of Reason"))).toList();
    }

    /** The reports of the same fact as the figure {@code o}: indicator and breakdown, region, period and kind. */
    private static Condition sameFact(Record o) {
        return O_INDICATOR.eq(o.get(O_INDICATOR)).and(O_BREAKDOWN.eq(o.get(O_BREAKDOWN))).and(O_REGION.eq(o.get(O_REGION)))
                .and(O_START.eq(o.get(O_START))).and(O_END.eq(o.get(O_END))).and(O_PERIOD_TYPE.eq(o.get(O_PERIOD_TYPE)))
                .and(O_KIND.eq(o.get(O_KIND)));
    }
}
