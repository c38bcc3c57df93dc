package io.zhibiao.regions;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.withRecursive;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.Table;

import io.zhibiao.system.Codes;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads the gazetteer: lookups, children and the ancestor chain, each in one query. */
@ApplicationScoped
public class Regions {

    static final Table<?> REGION = table(name("region"));
    static final Field<String> CODE = field(name("region", "code"), String.class);
    static final Field<String> NAME = field(name("region", "name"), String.class);
    static final Field<String> SHORT_NAME = field(name("region", "short_name"), String.class);
    static final Field<Level> LEVEL = field(name("region", "level"), Codes.column(Level.class));
    static final Field<String> PARENT = field(name("region", "parent_code"), String.class);

    private static final Table<?> R = table(name("region")).as("r");
    private static final Field<String> R_CODE = field(name("r", "code"), String.class);
    private static final Field<String> R_PARENT = field(name("r", "parent_code"), String.class);
    private static final Name TREE = name("tree");
    private static final Field<String> TREE_CODE = field(name("tree", "code"), String.class);
    private static final Name CHAIN = name("chain");

    @Inject
    DSLContext dsl;

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
    public List<Region> list(Level level, String parent, String q, int limit) {
        Condition where = noCondition();
        if (level != null) {
            where = where.and(LEVEL.eq(level));
        }
        if (parent != null) {
            where = where.and(level == null ? PARENT.eq(parent) : CODE.in(subtreeCodes(parent)).and(CODE.ne(parent)));
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

    public List<Region> list(Level level, String parent) {
        return list(level, parent, null, Integer.MAX_VALUE);
    }

    /** The code of a region and of every region under it. */
    public List<String> subtree(String code) {
        return dsl.fetch(subtreeCodes(code)).getValues(0, String.class);
    }

    /** The codes of a region and of every region under it, as a subquery (a recursive walk down the tree). */
    public static Select<Record1<String>> subtreeCodes(String code) {
        return withRecursive(TREE.fields("code").as(select(CODE).from(REGION).where(CODE.eq(code))
                        .unionAll(select(R_CODE).from(R).join(table(TREE)).on(R_PARENT.eq(TREE_CODE)))))
                .select(TREE_CODE).from(table(TREE));
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
        Field<Integer> depth = field(name("depth"), Integer.class);
        Field<String> chainParent = field(name("chain", "parent_code"), String.class);
        var chain = CHAIN.fields("code", "name", "short_name", "level", "parent_code", "depth").as(
                select(CODE, NAME, SHORT_NAME, LEVEL, PARENT, inline(0)).from(REGION).where(CODE.eq(code))
                        .unionAll(select(R_CODE, field(name("r", "name"), String.class),
                                field(name("r", "short_name"), String.class), field(name("r", "level"), LEVEL.getDataType()),
                                R_PARENT, field(name("chain", "depth"), Integer.class).plus(1))
                                .from(R).join(table(CHAIN)).on(R_CODE.eq(chainParent))));
        return dsl.withRecursive(chain)
                .select(field(name("chain", "code"), String.class), field(name("chain", "name"), String.class),
                        field(name("chain", "short_name"), String.class), field(name("chain", "level"), LEVEL.getDataType()),
                        chainParent)
                .from(table(CHAIN))
                .where(field(name("chain", "depth"), Integer.class).gt(0))
                .orderBy(field(name("chain", "depth"), Integer.class))
                .fetch(Records.mapping(Region::new));
    }

    public Optional<RegionDetail> detail(String code) {
        return find(code).map(region -> new RegionDetail(region,
                region.parentCode() == null ? null : find(region.parentCode()).orElse(null),
                ancestors(code),
                list(null, code)));
    }
}
