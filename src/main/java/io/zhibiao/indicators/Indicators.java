package io.zhibiao.indicators;

import static org.jooq.impl.DSL.condition;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.arrayAggDistinct;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;

import io.quarkus.runtime.StartupEvent;
import io.zhibiao.extract.IndicatorCatalog;
import io.zhibiao.extract.IndicatorDef;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.extract.UnitClass;
import io.zhibiao.regions.Regions;
import io.zhibiao.system.Codes;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
import io.zhibiao.system.TrashFilter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The indicator catalog: the extractor's list, mirrored into the database so observations can refer to it. */
@ApplicationScoped
public class Indicators {

    private static final Logger LOG = Logger.getLogger(Indicators.class);
    static final Table<?> INDICATOR = table(name("indicator"));
    static final Field<String> CODE = field(name("indicator", "code"), String.class);
    static final Field<String> NAME = field(name("indicator", "name"), String.class);
    static final Field<UnitClass> UNIT_CLASS = field(name("indicator", "unit_class"), Codes.column(UnitClass.class));
    static final Field<Boolean> SUMMABLE = field(name("indicator", "summable"), Boolean.class);

    private static final Table<?> O = table(name("observation")).as("o");
    private static final Field<String> O_INDICATOR = field(name("o", "indicator_code"), String.class);
    private static final Field<String> O_REGION = field(name("o", "region_code"), String.class);
    private static final Field<UnitClass> O_UNIT_CLASS = field(name("o", "unit_class"), UNIT_CLASS.getDataType());
    private static final Field<LocalDate> O_START = field(name("o", "period_start"), LocalDate.class);
    private static final Field<LocalDate> O_END = field(name("o", "period_end"), LocalDate.class);
    private static final Field<String> O_PERIOD_TYPE = field(name("o", "period_type"), String.class);

    @Inject
    DSLContext dsl;

    /** Runs before the seeds load (lower priority number first), since their observations refer to it. */
    void syncAtStart(@Observes @Priority(10) StartupEvent start) {
        int changed = 0;
        for (IndicatorDef def : IndicatorCatalog.ALL) {
            UnitClass unitClass = Codes.find(UnitClass.class, def.unitClass()).orElseThrow();
            changed += dsl.insertInto(INDICATOR, CODE, NAME, UNIT_CLASS, SUMMABLE)
                    .values(def.code(), def.name(), unitClass, def.summable())
                    .onConflict(CODE).doUpdate()
                    .set(NAME, def.name()).set(UNIT_CLASS, unitClass).set(SUMMABLE, def.summable())
                    .execute();
        }
        LOG.infof("Indicator catalog: %d entries", changed);
    }

    public List<Indicator> list() {
        return dsl.select(CODE, NAME, UNIT_CLASS, SUMMABLE).from(INDICATOR).orderBy(CODE)
                .fetch(Records.mapping(Indicator::new));
    }

    /**
     * The indicators with data for a region (and every region under it when {@code descendants}), each
     * with its count and first and last period; only observations in the indicator's unit class count,
     * as in the series.
     */
    public List<IndicatorEntry> withData(String region, boolean descendants) {
        Condition inRegion = descendants ? O_REGION.in(Regions.subtreeCodes(region)) : O_REGION.eq(region);
        return dsl.select(CODE, NAME, UNIT_CLASS, SUMMABLE, count(), countDistinct(O_REGION), min(O_START), max(O_END),
                        arrayAggDistinct(O_PERIOD_TYPE).orderBy(O_PERIOD_TYPE))
                .from(O).join(INDICATOR).on(CODE.eq(O_INDICATOR).and(UNIT_CLASS.eq(O_UNIT_CLASS)))
                .where(inRegion.and(condition(TrashFilter.notTrashed("o"))))
                .groupBy(CODE, NAME, UNIT_CLASS, SUMMABLE)
                .orderBy(CODE)
                .fetch(r -> new IndicatorEntry(r.get(CODE), r.get(NAME), r.get(UNIT_CLASS), r.get(SUMMABLE),
                        r.get(4, Long.class), r.get(5, Long.class), r.get(6, LocalDate.class), r.get(7, LocalDate.class),
                        Stream.of(r.get(8, String[].class)).map(PeriodType::fromCode).toList()));
    }

    /** A request's indicator filter: null when absent, else the code; 400 for text no code has, 404 for no such code. */
    public String knownParameter(String parameter, String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        String flaw = Inputs.flaw(code, false);
        if (flaw != null) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' holds " + flaw);
        }
        return find(code).map(Indicator::code)
                .orElseThrow(() -> ProblemException.notFound("No indicator has the code '" + code + "'"));
    }

    public Optional<Indicator> find(String code) {
        return dsl.select(CODE, NAME, UNIT_CLASS, SUMMABLE).from(INDICATOR).where(CODE.eq(code))
                .fetchOptional(Records.mapping(Indicator::new));
    }
}
