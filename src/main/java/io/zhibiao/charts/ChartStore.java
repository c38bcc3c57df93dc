package io.zhibiao.charts;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
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
import jakarta.inject.Inject;

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
    static final Field<String> KIND = field(name("chart", "kind"), String.class);
    static final Field<LocalDate> PERIOD_START = field(name("chart", "period_start"), LocalDate.class);
    static final Field<LocalDate> PERIOD_END = field(name("chart", "period_end"), LocalDate.class);
    static final Field<byte[]> SVG = field(name("chart", "svg"), byte[].class);
    static final Field<byte[]> CSV = field(name("chart", "csv"), byte[].class);

    @Inject
    DSLContext dsl;

    /** A stored chart as listed, without the bytes. */
    record Entry(String key, String kind, String title, String indicator, String[] regions, LocalDate periodStart,
            LocalDate periodEnd, String fileName, String etag, OffsetDateTime renderedAt, int renderCount) {
    }

    /** The bytes of one format to serve, with their validator. */
    record Stored(String key, String fileName, String etag, byte[] bytes) {
    }

    /** What the list may be narrowed to; null means any. */
    record Filter(String indicator, String region, String kind, LocalDate from, LocalDate to) {

        Condition condition() {
            Condition where = noCondition();
            if (indicator != null) {
                where = where.and(INDICATOR.eq(indicator));
            }
            if (region != null) {
                where = where.and(DSL.condition("{0} = ANY({1})", DSL.val(region), REGIONS));
            }
            if (kind != null) {
                where = where.and(KIND.eq(kind));
            }
            // Charts whose period range overlaps [from, to].
            if (from != null) {
                where = where.and(PERIOD_END.ge(from));
            }
            if (to != null) {
                where = where.and(PERIOD_START.le(to));
            }
            return where;
        }
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

    void save(ChartDef def, ChartData data, String dataHash, String etag, Rendered rendered) {
        OffsetDateTime now = OffsetDateTime.now();
        String[] regions = data.regionCodes().toArray(String[]::new);
        dsl.insertInto(CHART).set(KEY, def.key()).set(SPEC, def.spec().name()).set(KIND, data.kind())
                .set(TITLE, data.title()).set(INDICATOR, def.indicator()).set(REGIONS, regions)
                .set(PERIOD_START, data.periodStart()).set(PERIOD_END, data.periodEnd()).set(FILE_NAME, data.fileName())
                .set(PNG, rendered.png()).set(SVG, NOT_DRAWN).set(CSV, rendered.csv()).set(ETAG, etag)
                .set(DATA_HASH, dataHash).set(RENDERED_AT, now)
                .onConflict(KEY).doUpdate()
                .set(SPEC, def.spec().name()).set(KIND, data.kind()).set(TITLE, data.title()).set(REGIONS, regions)
                .set(PERIOD_START, data.periodStart()).set(PERIOD_END, data.periodEnd())
                .set(FILE_NAME, data.fileName()).set(PNG, rendered.png()).set(SVG, NOT_DRAWN).set(CSV, rendered.csv())
                .set(ETAG, etag).set(DATA_HASH, dataHash)
                .set(RENDERED_AT, now).set(RENDER_COUNT, RENDER_COUNT.plus(1))
                .execute();
    }

    /**
     * The forms of one chart a pass stores: its PNG and CSV. Its SVG is drawn on the first request for it
     * ({@link StoredSvgs}); until then the column holds no bytes ({@link #NOT_DRAWN}), and a redraw empties it again.
     */
    record Rendered(byte[] png, byte[] csv) {
    }

    /** The SVG column of a chart whose SVG is not drawn yet (an empty value rather than null: the column stays NOT NULL). */
    static final byte[] NOT_DRAWN = new byte[0];

    /** What drawing a chart's SVG on request needs: the chart it is, the data it was drawn from, and the SVG if drawn. */
    record SvgRow(String key, String spec, String indicator, String region, String fileName, String etag, String dataHash,
            byte[] svg) {

        boolean drawn() {
            return svg.length > 0;
        }
    }

    Optional<SvgRow> svgRow(String key) {
        return dsl.select(KEY, SPEC, INDICATOR, REGIONS, FILE_NAME, ETAG, DATA_HASH, SVG).from(CHART).where(KEY.eq(key))
                .fetchOptional(r -> new SvgRow(r.value1(), r.value2(), r.value3(), r.value4()[0], r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    /** Stores an SVG drawn on request, if the chart was not redrawn from other data meanwhile; whether it was stored. */
    boolean saveSvg(String key, String dataHash, byte[] svg) {
        return dsl.update(CHART).set(SVG, svg).where(KEY.eq(key)).and(DATA_HASH.eq(dataHash)).execute() > 0;
    }

    int delete(String key) {
        return dsl.deleteFrom(CHART).where(KEY.eq(key)).execute();
    }

    /** Removes the charts whose key the specs no longer define for the data. */
    int deleteAllExcept(Collection<String> keys) {
        return dsl.deleteFrom(CHART).where(KEY.notIn(keys)).execute();
    }

    List<Entry> list(String indicator, String region) {
        return list(new Filter(indicator, region, null, null, null), 0, Integer.MAX_VALUE);
    }

    List<Entry> list(Filter filter, int offset, int limit) {
        return dsl.select(KEY, KIND, TITLE, INDICATOR, REGIONS, PERIOD_START, PERIOD_END, FILE_NAME, ETAG, RENDERED_AT,
                RENDER_COUNT)
                .from(CHART).where(filter.condition()).orderBy(KEY).offset(offset).limit(limit)
                .fetch(Records.mapping(Entry::new));
    }

    int count(Filter filter) {
        return dsl.fetchCount(CHART, filter.condition());
    }

    /** The stored bytes of the PNG or the CSV (the SVG, drawn on its first request, is read by {@link StoredSvgs}). */
    Optional<Stored> bytes(String key, String format) {
        Field<byte[]> column = switch (format) {
            case "png" -> PNG;
            case "csv" -> CSV;
            default -> throw new IllegalArgumentException("Stored charts are read here as png or csv, not " + format);
        };
        return dsl.select(KEY, FILE_NAME, ETAG, column).from(CHART).where(KEY.eq(key))
                .fetchOptional(r -> new Stored(r.value1(), r.value2(), ChartResponses.etag(r.value3(), format), r.value4()));
    }
}
