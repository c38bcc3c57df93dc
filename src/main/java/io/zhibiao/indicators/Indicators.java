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
import io.zhibiao.system.Inputs;
import io.zhibiao.system.ProblemException;
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

    // Period types in the order series answer them (io.zhibiao.series.Selection.PERIOD_TYPES).
    private static final String WITH_DATA = """
            WITH RECURSIVE tree AS (
                SELECT code FROM region WHERE code = ?
                UNION ALL
                SELECT r.code FROM region r JOIN tree t ON r.parent_code = t.code)
            SELECT i.code, i.name, i.unit_class, i.summable, count(*) AS observations,
                   count(DISTINCT o.region_code) AS regions, min(o.period_start) AS first_start,
                   max(o.period_end) AS last_end,
                   array_agg(DISTINCT o.period_type ORDER BY o.period_type) AS period_types
            FROM observation o JOIN indicator i ON i.code = o.indicator_code AND i.unit_class = o.unit_class
            WHERE {where}
            GROUP BY i.code, i.name, i.unit_class, i.summable
            ORDER BY i.code""";

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

    /**
     * The indicators with data for a region (and every region under it when {@code descendants}), each
     * with its count and first and last period; only observations in the indicator's unit class count,
     * as in the series.
     */
    public List<IndicatorEntry> withData(String region, boolean descendants) {
        return dsl.resultQuery(WITH_DATA.replace("{where}", descendants ? "o.region_code IN (SELECT code FROM tree)"
                        : "o.region_code = ?"), descendants ? new Object[] {region} : new Object[] {region, region})
                .fetch(r -> new IndicatorEntry(r.get("code", String.class), r.get("name", String.class),
                        r.get("unit_class", String.class), r.get("summable", Boolean.class),
                        r.get("observations", Long.class), r.get("regions", Long.class),
                        r.get("first_start", java.time.LocalDate.class), r.get("last_end", java.time.LocalDate.class),
                        List.of(r.get("period_types", String[].class))));
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
