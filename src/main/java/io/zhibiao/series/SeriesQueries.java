package io.zhibiao.series;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;

import jakarta.enterprise.context.ApplicationScoped;

/** Read queries over stored observations. */
@ApplicationScoped
public class SeriesQueries {

    static final Table<?> OBSERVATION = table(name("observation"));
    static final Field<Long> ID = field(name("observation", "id"), Long.class);
    static final Field<String> INDICATOR = field(name("observation", "indicator_code"), String.class);
    static final Field<String> REGION = field(name("observation", "region_code"), String.class);
    static final Field<LocalDate> PERIOD_START = field(name("observation", "period_start"), LocalDate.class);
    static final Field<LocalDate> PERIOD_END = field(name("observation", "period_end"), LocalDate.class);
    static final Field<BigDecimal> VALUE = field(name("observation", "value"), BigDecimal.class);
    static final Field<BigDecimal> VALUE_MAX = field(name("observation", "value_max"), BigDecimal.class);
    static final Field<String> QUALIFIER = field(name("observation", "qualifier"), String.class);
    static final Field<String> KIND = field(name("observation", "kind"), String.class);
    static final Field<String> UNIT = field(name("observation", "unit"), String.class);

    private final DSLContext dsl;

    SeriesQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SeriesPoint> points(String indicator, String region) {
        return dsl.select(PERIOD_START, PERIOD_END, VALUE, VALUE_MAX, QUALIFIER, KIND, UNIT, ID)
                .from(OBSERVATION)
                .where(INDICATOR.eq(indicator).and(REGION.eq(region)))
                .orderBy(PERIOD_END, PERIOD_START, ID)
                .fetch(Records.mapping(SeriesPoint::new));
    }
}
