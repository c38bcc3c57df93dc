package io.zhibiao.indicators;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;

import io.quarkus.runtime.StartupEvent;
import io.zhibiao.extract.IndicatorCatalog;
import io.zhibiao.extract.IndicatorDef;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The indicator catalog: the extractor's list, mirrored into the database so observations can refer to it. */
@ApplicationScoped
public class Indicators {

    private static final Logger LOG = Logger.getLogger(Indicators.class);
    static final Table<?> INDICATOR = table(name("indicator"));
    static final Field<String> CODE = field(name("indicator", "code"), String.class);
    static final Field<String> NAME = field(name("indicator", "name"), String.class);
    static final Field<String> UNIT_CLASS = field(name("indicator", "unit_class"), String.class);
    static final Field<Boolean> SUMMABLE = field(name("indicator", "summable"), Boolean.class);

    private final DSLContext dsl;

    Indicators(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Runs before the seeds load (lower priority number first), since their observations refer to it. */
    void syncAtStart(@Observes @Priority(10) StartupEvent start) {
        int changed = 0;
        for (IndicatorDef def : IndicatorCatalog.ALL) {
            changed += dsl.insertInto(INDICATOR, CODE, NAME, UNIT_CLASS, SUMMABLE)
                    .values(def.code(), def.name(), def.unitClass(), def.summable())
                    .onConflict(CODE).doUpdate()
                    .set(NAME, def.name()).set(UNIT_CLASS, def.unitClass()).set(SUMMABLE, def.summable())
                    .execute();
        }
        LOG.infof("Indicator catalog: %d entries", changed);
    }

    public List<Indicator> list() {
        return dsl.select(CODE, NAME, UNIT_CLASS, SUMMABLE).from(INDICATOR).orderBy(CODE)
                .fetch(Records.mapping(Indicator::new));
    }

    public Optional<Indicator> find(String code) {
        return dsl.select(CODE, NAME, UNIT_CLASS, SUMMABLE).from(INDICATOR).where(CODE.eq(code))
                .fetchOptional(Records.mapping(Indicator::new));
    }
}
