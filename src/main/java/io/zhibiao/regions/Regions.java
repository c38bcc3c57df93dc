package io.zhibiao.regions;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;

import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the gazetteer: lookups, children and the ancestor chain, each in one query. */
@ApplicationScoped
public class Regions {

    public static final Set<String> LEVELS = Set.of("country", "province", "prefecture", "county");

    static final Table<?> REGION = table(name("region"));
    static final Field<String> CODE = field(name("region", "code"), String.class);
    static final Field<String> NAME = field(name("region", "name"), String.class);
    static final Field<String> SHORT_NAME = field(name("region", "short_name"), String.class);
    static final Field<String> LEVEL = field(name("region", "level"), String.class);
    static final Field<String> PARENT = field(name("region", "parent_code"), String.class);

    private static final String ANCESTORS = """
            WITH RECURSIVE chain AS (
                SELECT code, name, short_name, level, parent_code, 0 AS depth FROM region WHERE code = ?
                UNION ALL
                SELECT r.code, r.name, r.short_name, r.level, r.parent_code, c.depth + 1
                FROM region r JOIN chain c ON r.code = c.parent_code)
            SELECT code, name, short_name, level, parent_code FROM chain WHERE depth > 0 ORDER BY depth""";

    private static final String SUBTREE = """
            WITH RECURSIVE tree AS (
                SELECT code FROM region WHERE code = ?
                UNION ALL
                SELECT r.code FROM region r JOIN tree t ON r.parent_code = t.code)
            SELECT code FROM tree""";

    private final DSLContext dsl;

    Regions(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Region> find(String code) {
        return dsl.select(CODE, NAME, SHORT_NAME, LEVEL, PARENT).from(REGION).where(CODE.eq(code))
                .fetchOptional(Records.mapping(Region::new));
    }

    /**
     * Regions by level, under a parent and matching a name. {@code parent} means what it means on every
     * endpoint: with a level, every region of that level under it (county under a province takes the
     * counties under its prefectures and those it governs directly); without one, its children.
     * {@code q} matches the full or short name anywhere; exact short names first, then by code.
     */
    public List<Region> list(String level, String parent, String q, int limit) {
        Condition where = noCondition();
        if (level != null) {
            where = where.and(LEVEL.eq(level));
        }
        if (parent != null) {
            where = where.and(level == null ? PARENT.eq(parent) : CODE.in(subtree(parent)).and(CODE.ne(parent)));
        }
        var order = new java.util.ArrayList<org.jooq.OrderField<?>>();
        if (q != null) {
            String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = where.and(NAME.like(pattern).or(SHORT_NAME.like(pattern)));
            order.add(org.jooq.impl.DSL.when(SHORT_NAME.eq(q).or(NAME.eq(q)), 0).otherwise(1));
        }
        order.add(CODE);
        return dsl.select(CODE, NAME, SHORT_NAME, LEVEL, PARENT).from(REGION).where(where).orderBy(order).limit(limit)
                .fetch(Records.mapping(Region::new));
    }

    public List<Region> list(String level, String parent) {
        return list(level, parent, null, Integer.MAX_VALUE);
    }

    /** The code of a region and of every region under it. */
    public List<String> subtree(String code) {
        return dsl.resultQuery(SUBTREE, code).fetch(0, String.class);
    }

    /**
     * A request's region filter: null when absent, else the region and every region under it; 400 when the code is
     * malformed, 404 when no region has it.
     */
    public List<String> subtreeOfParameter(String parameter, String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        RegionCodes.requireWellFormed(parameter, code);
        find(code).orElseThrow(() -> ProblemException.notFound("No region has the code " + code));
        return subtree(code);
    }

    /** The chain from the parent up to the country, nearest first. */
    public List<Region> ancestors(String code) {
        return dsl.resultQuery(ANCESTORS, code).fetch(r -> new Region(
                r.get("code", String.class), r.get("name", String.class), r.get("short_name", String.class),
                r.get("level", String.class), r.get("parent_code", String.class)));
    }

    public Optional<RegionDetail> detail(String code) {
        return find(code).map(region -> new RegionDetail(region,
                region.parentCode() == null ? null : find(region.parentCode()).orElse(null),
                ancestors(code),
                list(null, code)));
    }
}
