package io.zhibiao.checks;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.logging.Logger;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Table;

import io.quarkus.runtime.StartupEvent;
import io.zhibiao.extract.Kind;
import io.zhibiao.extract.PeriodType;
import io.zhibiao.system.Codes;
import io.zhibiao.system.DataVersion;
import io.smallrye.common.annotation.Identifier;
import io.zhibiao.system.Page;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Runs the checks on what is stored and answers their findings. {@link #refresh} recomputes the findings of the
 * indicators and regions changes touched: in a background pass or in the writing transaction ({@link CheckRefresh}).
 */
@ApplicationScoped
public class Checks {

    /** What a change touched: an indicator in a region. */
    public record Touched(String indicator, String region) {
    }

    /** Which findings a page lists; null members do not filter. */
    record Filter(List<String> regions, String indicator, Check check) {
    }

    /** Raise it whenever a rule changes: findings stored by older rules are rebuilt at the next start. */
    static final String RULES_VERSION = "2"; // 2: facts compared within one breakdown (V90)

    private static final Logger LOG = Logger.getLogger(Checks.class);
    /** Writers of findings take turns until commit, so two refreshes of one series never both insert its findings. */
    private static final long LOCK = 0x7a68_6962_6961_6f02L;

    private static final Table<?> FINDING = table(name("check_finding"));
    private static final Field<Long> ID = field(name("id"), Long.class);
    private static final Field<Check> CHECK = field(name("check_name"), Codes.column(Check.class));
    private static final Field<String> INDICATOR = field(name("indicator_code"), String.class);
    private static final Field<String> REGION = field(name("region_code"), String.class);
    private static final Field<LocalDate> START = field(name("period_start"), LocalDate.class);
    private static final Field<LocalDate> END = field(name("period_end"), LocalDate.class);
    private static final Field<PeriodType> PERIOD_TYPE = field(name("period_type"), Codes.column(PeriodType.class));
    private static final Field<Kind> KIND = field(name("kind"), Codes.column(Kind.class));
    private static final Field<Long[]> OBSERVATIONS = field(name("observation_ids"), Long[].class);
    private static final Field<String> DETAIL = field(name("detail"), String.class);

    @Inject
    DSLContext reads;
    @Inject
    DataVersion dataVersion;
    @Inject
    @Identifier("primary")
    DSLContext primary;
    private final CatalogRelations catalog = CatalogRelations.CATALOG;

    /**
     * Recomputes every finding a change of these series may have made or unmade: those anchored on the touched
     * indicators and the indicators related to them (growth and level, whole and parts), in the touched regions and
     * their parents. Call in a transaction that sees the observations written (the writer's own, or a later one).
     */
    public void refresh(Collection<Touched> touched) {
        if (touched.isEmpty()) {
            return;
        }
        Set<String> indicators = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (Touched t : touched) {
            indicators.addAll(catalog.withRelated(t.indicator()));
            regions.add(t.region());
        }
        regions.addAll(primary.select(field(name("parent_code"), String.class)).from(table(name("region")))
                .where(field(name("code"), String.class).in(regions)).and(field(name("parent_code")).isNotNull())
                .fetch(0, String.class));
        run(false, indicators.toArray(String[]::new), regions.toArray(String[]::new));
    }

    /**
     * Recomputes every finding; for a new version of the rules and for bulk loads. Takes the pending series too (a
     * write that commits after the queue is emptied here is the next pass's), and moves the data version, so no
     * answer kept with the old findings is served.
     */
    @Transactional
    public void rebuild() {
        lock();
        primary.execute("DELETE FROM check_pending");
        // One pass over everything: with fresh statistics the planner hashes the joins instead of looping over a
        // table it last saw empty (tests and bulk loads fill fact faster than autovacuum analyses it).
        primary.execute("ANALYZE fact, observation, region");
        run(true, new String[0], new String[0]);
        primary.execute("UPDATE check_rules SET version = {0}", val(RULES_VERSION));
        dataVersion.bump(Set.of());
    }

    /** Rebuilds, then counts the findings (in one transaction, so the count is the rebuild's). */
    @Transactional
    long rebuildAndCount() {
        rebuild();
        return primary.fetchCount(FINDING);
    }

    /** After the seeds are loaded (their ingests refresh as they go): rebuilds findings stored by older rules. */
    void rebuildIfRulesChanged(@Observes @Priority(100) StartupEvent start) {
        String stored = primary.fetchOne("SELECT version FROM check_rules").get(0, String.class);
        if (!RULES_VERSION.equals(stored)) {
            long began = System.nanoTime();
            rebuild();
            LOG.infof("Checks: findings rebuilt for rules version %s in %d ms", RULES_VERSION,
                    (System.nanoTime() - began) / 1_000_000);
        }
    }

    /** Takes the writers' turn until the transaction ends (again, if this transaction holds it already). */
    void lock() {
        primary.execute("SELECT count(*) FROM pg_advisory_xact_lock({0})", val(LOCK));
    }

    private void run(boolean all, String[] indicators, String[] regions) {
        lock();
        // Inlined, so a scoped refresh plans with its indicator and region filters (a bound flag hid them behind
        // an OR: every fact scanned, and on stale statistics nested loops over all of them).
        QueryPart everything = inline(all);
        QueryPart inIndicators = val(indicators);
        QueryPart inRegions = val(regions);
        primary.execute(Rules.CLEAR, everything, inIndicators, inRegions);
        var growths = catalog.growths();
        primary.execute(Rules.GROWTH_MISMATCH, everything, inIndicators, inRegions,
                val(growths.stream().map(CatalogRelations.Growth::growth).toArray(String[]::new)),
                val(growths.stream().map(CatalogRelations.Growth::level).toArray(String[]::new)),
                val(growths.stream().map(CatalogRelations.Growth::real).toArray(Boolean[]::new)),
                inline(Rules.PRICE_FALL_PP), inline(Rules.PRICE_RISE_PP));
        primary.execute(Rules.CHILDREN_EXCEED_PARENT, everything, inIndicators, inRegions);
        var parts = catalog.parts();
        primary.execute(Rules.PARTS_EXCEED_WHOLE, everything, inIndicators, inRegions,
                val(parts.stream().map(CatalogRelations.Part::whole).toArray(String[]::new)),
                val(parts.stream().map(CatalogRelations.Part::part).toArray(String[]::new)),
                val(parts.stream().map(CatalogRelations.Part::group).toArray(String[]::new)));
        primary.execute(Rules.CONFLICTING_REPORTS, everything, inIndicators, inRegions);
        primary.execute(Rules.JUMP, everything, inIndicators, inRegions, inline(Rules.JUMP_FACTOR));
        primary.execute(Rules.TARGET_AS_ACTUAL, everything, inIndicators, inRegions);
    }

    /** One page of findings, the newest periods first. */
    Page<Finding> page(Filter filter, int page, int size) {
        Condition where = noCondition();
        if (filter.regions() != null) {
            where = where.and(REGION.in(filter.regions()));
        }
        if (filter.indicator() != null) {
            where = where.and(INDICATOR.eq(filter.indicator()));
        }
        if (filter.check() != null) {
            where = where.and(CHECK.eq(filter.check()));
        }
        long total = reads.fetchCount(FINDING, where);
        List<Finding> items = reads.select(ID, CHECK, OBSERVATIONS, REGION, INDICATOR, START, END, PERIOD_TYPE, KIND, DETAIL)
                .from(FINDING).where(where).orderBy(END.desc(), ID).limit(size).offset((long) page * size)
                .fetch(Checks::finding);
        return new Page<>(page, size, total, items);
    }

    /** The findings an observation is in. */
    public List<Finding> of(long observationId) {
        return reads.select(ID, CHECK, OBSERVATIONS, REGION, INDICATOR, START, END, PERIOD_TYPE, KIND, DETAIL)
                .from(FINDING).where(condition("{0} @> ARRAY[{1}]::bigint[]", OBSERVATIONS, val(observationId)))
                .orderBy(ID).fetch(Checks::finding);
    }

    private static Finding finding(Record r) {
        return new Finding(r.get(ID), r.get(CHECK), List.of(r.get(OBSERVATIONS)), r.get(REGION),
                r.get(INDICATOR), r.get(START), r.get(END), r.get(PERIOD_TYPE), r.get(KIND), r.get(DETAIL));
    }
}
