package io.zhibiao.charts;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import jakarta.enterprise.context.ApplicationScoped;

/** The pre-rendered charts in PostgreSQL, shared by every replica. */
@ApplicationScoped
class ChartStore {

    static final Table<?> CHART = table(name("chart"));
    static final Field<String> KEY = field(name("chart", "key"), String.class);
    static final Field<String> SPEC = field(name("chart", "spec"), String.class);
    static final Field<String> TITLE = field(name("chart", "title"), String.class);
    static final Field<String> INDICATOR = field(name("chart", "indicator_code"), String.class);
    static final Field<String[]> REGIONS = field(name("chart", "region_codes"), SQLDataType.VARCHAR.array());
    static final Field<String> FILE_NAME = field(name("chart", "file_name"), String.class);
    static final Field<byte[]> PNG = field(name("chart", "png"), byte[].class);
    static final Field<String> ETAG = field(name("chart", "etag"), String.class);
    static final Field<String> DATA_HASH = field(name("chart", "data_hash"), String.class);
    static final Field<OffsetDateTime> RENDERED_AT = field(name("chart", "rendered_at"), OffsetDateTime.class);
    static final Field<Integer> RENDER_COUNT = field(name("chart", "render_count"), Integer.class);

    private final DSLContext dsl;

    ChartStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored chart as served, without the bytes. */
    record Entry(String key, String title, String indicator, String[] regions, String fileName, String etag,
            OffsetDateTime renderedAt, int renderCount) {
    }

    /** The bytes to serve with their validators. */
    record Png(String key, String fileName, String etag, byte[] bytes) {
    }

    /**
     * Takes the chart's transaction-scoped advisory lock if no other session holds it; the caller must
     * be inside a transaction, which releases the lock when it ends.
     */
    boolean tryLock(String key) {
        return Boolean.TRUE.equals(dsl.select(DSL.field("pg_try_advisory_xact_lock(hashtext({0}))", Boolean.class, key))
                .fetchOne(0, Boolean.class));
    }

    Optional<String> dataHash(String key) {
        return dsl.select(DATA_HASH).from(CHART).where(KEY.eq(key)).fetchOptional(DATA_HASH);
    }

    void save(ChartDef def, ChartData data, String dataHash, String etag, byte[] png, String[] regions) {
        OffsetDateTime now = OffsetDateTime.now();
        dsl.insertInto(CHART, KEY, SPEC, TITLE, INDICATOR, REGIONS, FILE_NAME, PNG, ETAG, DATA_HASH, RENDERED_AT)
                .values(def.key(), def.spec().name(), data.title(), def.indicator(), regions, data.fileName(), png, etag,
                        dataHash, now)
                .onConflict(KEY).doUpdate()
                .set(SPEC, def.spec().name()).set(TITLE, data.title()).set(REGIONS, regions)
                .set(FILE_NAME, data.fileName()).set(PNG, png).set(ETAG, etag).set(DATA_HASH, dataHash)
                .set(RENDERED_AT, now).set(RENDER_COUNT, RENDER_COUNT.plus(1))
                .execute();
    }

    int delete(String key) {
        return dsl.deleteFrom(CHART).where(KEY.eq(key)).execute();
    }

    /** Removes the charts whose key the specs no longer define for the data. */
    int deleteAllExcept(Collection<String> keys) {
        return dsl.deleteFrom(CHART).where(KEY.notIn(keys)).execute();
    }

    List<Entry> list(String indicator, String region) {
        Condition where = noCondition();
        if (indicator != null) {
            where = where.and(INDICATOR.eq(indicator));
        }
        if (region != null) {
            where = where.and(DSL.condition("{0} = ANY({1})", DSL.val(region), REGIONS));
        }
        return dsl.select(KEY, TITLE, INDICATOR, REGIONS, FILE_NAME, ETAG, RENDERED_AT, RENDER_COUNT)
                .from(CHART).where(where).orderBy(KEY)
                .fetch(Records.mapping(Entry::new));
    }

    Optional<Entry> find(String key) {
        return dsl.select(KEY, TITLE, INDICATOR, REGIONS, FILE_NAME, ETAG, RENDERED_AT, RENDER_COUNT)
                .from(CHART).where(KEY.eq(key))
                .fetchOptional(Records.mapping(Entry::new));
    }

    Optional<Png> png(String key) {
        return dsl.select(KEY, FILE_NAME, ETAG, PNG).from(CHART).where(KEY.eq(key))
                .fetchOptional(Records.mapping(Png::new));
    }
}
