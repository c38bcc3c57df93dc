package io.zhibiao.series;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.Qualifier;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.regions.Level;
import io.zhibiao.system.Codes;

/**
 * The tables the read queries use, aliased o (observation), d (document) and r (region); the rule that
 * picks among reports of one fact is {@link Selection}.
 */
final class Tables {

    static final Table<?> O = table(name("observation")).as("o");
    static final Field<Long> O_ID = field(name("o", "id"), Long.class);
    static final Field<Long> O_DOCUMENT = field(name("o", "document_id"), Long.class);
    static final Field<String> O_INDICATOR = field(name("o", "indicator_code"), String.class);
    static final Field<String> O_REGION = field(name("o", "region_code"), String.class);
    static final Field<LocalDate> O_START = field(name("o", "period_start"), LocalDate.class);
    static final Field<LocalDate> O_END = field(name("o", "period_end"), LocalDate.class);
    static final Field<PeriodType> O_PERIOD_TYPE = field(name("o", "period_type"), Codes.column(PeriodType.class));
    static final Field<BigDecimal> O_VALUE = field(name("o", "value"), BigDecimal.class);
    static final Field<BigDecimal> O_VALUE_MAX = field(name("o", "value_max"), BigDecimal.class);
    static final Field<UnitClass> O_UNIT_CLASS = field(name("o", "unit_class"), Codes.column(UnitClass.class));
    static final Field<String> O_UNIT = field(name("o", "unit"), String.class);
    static final Field<Qualifier> O_QUALIFIER = field(name("o", "qualifier"), Codes.column(Qualifier.class));
    static final Field<Kind> O_KIND = field(name("o", "kind"), Codes.column(Kind.class));
    static final Field<String> O_TOPIC = field(name("o", "topic"), String.class);
    static final Field<String> O_QUOTE = field(name("o", "quote"), String.class);
    static final Field<Integer> O_START_OFFSET = field(name("o", "start_offset"), Integer.class);
    static final Field<Integer> O_END_OFFSET = field(name("o", "end_offset"), Integer.class);
    static final Field<String> O_EXTRACTOR = field(name("o", "extractor_version"), String.class);
    /**
     * The confidence as written in answers: the stored real rounded to its three decimals again (a real read as a double
     * is 0.8700000047683716), so the same data gives the same bytes.
     */
    static final Field<Double> O_CONFIDENCE = field("CAST(round(CAST({0} AS numeric), 3) AS double precision)",
            Double.class, field(name("o", "confidence")));
    static final Field<String[]> O_REASONS = field(name("o", "reasons"), String[].class);
    /** The breakdown's canonical key (extract.Breakdowns, V90): product=粗钢, '' for the indicator's total. */
    static final Field<String> O_BREAKDOWN = field(name("o", "breakdown"), String.class);
    /** What an editor said of the figure (V220): accepted, corrected or null. */
    static final Field<Reviewed> O_REVIEWED = field(name("o", "reviewed"), Codes.column(Reviewed.class));

    /**
     * The observations as the read queries see them, aliased o: the table itself, or as of a day the stored figures
     * with each one an editor reviewed after that day as it stood before (V220's observation_as_of), so asOf= before
     * a correction answers the old value and a figure rejected later still counts.
     */
    static Table<?> observationsAsOf(LocalDate asOf) {
        return asOf == null ? O : table("observation_as_of({0})", DSL.val(asOf)).as("o");
    }

    /** The chosen report of each fact (V61), kept by triggers on observation. */
    static final Table<?> F = table(name("fact")).as("f");
    static final Field<String> F_INDICATOR = field(name("f", "indicator_code"), String.class);
    static final Field<String> F_REGION = field(name("f", "region_code"), String.class);
    static final Field<LocalDate> F_START = field(name("f", "period_start"), LocalDate.class);
    static final Field<LocalDate> F_END = field(name("f", "period_end"), LocalDate.class);
    static final Field<PeriodType> F_PERIOD_TYPE = field(name("f", "period_type"), Codes.column(PeriodType.class));
    static final Field<Kind> F_KIND = field(name("f", "kind"), Codes.column(Kind.class));
    static final Field<UnitClass> F_UNIT_CLASS = field(name("f", "unit_class"), Codes.column(UnitClass.class));
    static final Field<Long> F_OBSERVATION = field(name("f", "observation_id"), Long.class);
    static final Field<BigDecimal> F_VALUE = field(name("f", "value"), BigDecimal.class);
    static final Field<BigDecimal> F_VALUE_MAX = field(name("f", "value_max"), BigDecimal.class);
    static final Field<Qualifier> F_QUALIFIER = field(name("f", "qualifier"), Codes.column(Qualifier.class));
    static final Field<String> F_UNIT = field(name("f", "unit"), String.class);
    static final Field<Integer> F_REPORTS = field(name("f", "reports"), Integer.class);
    static final Field<String> F_BREAKDOWN = field(name("f", "breakdown"), String.class);

    static final Table<?> D = table(name("document")).as("d");
    static final Field<Long> D_ID = field(name("d", "id"), Long.class);
    static final Field<String> D_TITLE = field(name("d", "title"), String.class);
    static final Field<String> D_SOURCE = field(name("d", "source"), String.class);
    static final Field<String> D_URL = field(name("d", "url"), String.class);
    static final Field<LocalDate> D_PUBLISHED = field(name("d", "published"), LocalDate.class);
    /** Since when the document is in the trash (V210); null for a document that counts. */
    static final Field<java.time.OffsetDateTime> D_DELETED = field(name("d", "deleted_at"), java.time.OffsetDateTime.class);

    /** Editors' reviews (V220): before is the observation row as it stood, after what the review made it (JSON). */
    static final Table<?> C = table(name("correction")).as("c");
    static final Field<Long> C_ID = field(name("c", "id"), Long.class);
    static final Field<Long> C_DOCUMENT = field(name("c", "document_id"), Long.class);
    static final Field<Object> C_BEFORE = field(name("c", "before"));
    static final Field<Object> C_AFTER = field(name("c", "after"));
    static final Field<String> C_VERDICT = field(name("c", "verdict"), String.class);
    static final Field<String> C_NOTE = field(name("c", "note"), String.class);
    static final Field<String> C_SUBJECT = field(name("c", "editor_subject"), String.class);
    static final Field<String> C_NAME = field(name("c", "editor_name"), String.class);
    static final Field<java.time.OffsetDateTime> C_REVIEWED_AT = field(name("c", "reviewed_at"), java.time.OffsetDateTime.class);
    /** The day a review takes effect for asOf= (V220's observation_as_of counts it from that day, in the session's zone). */
    static final Field<LocalDate> C_DAY = field("CAST({0} AS date)", LocalDate.class, C_REVIEWED_AT);

    static final Table<?> R = table(name("region")).as("r");
    static final Field<String> R_CODE = field(name("r", "code"), String.class);
    static final Field<String> R_NAME = field(name("r", "name"), String.class);
    static final Field<Level> R_LEVEL = field(name("r", "level"), Codes.column(Level.class));
    static final Field<String> R_PARENT = field(name("r", "parent_code"), String.class);

    private Tables() {
    }
}
