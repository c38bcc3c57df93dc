package io.zhibiao.ingest;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import io.zhibiao.regions.Regions;
import io.zhibiao.system.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The document list, read with jOOQ as every list is: optional filters as {@link Condition}s (from the trash state),
 * each document's observation count in the same query.
 */
@ApplicationScoped
class DocumentList {

    private static final Table<?> D = table(name("document")).as("d");
    private static final Field<Long> D_ID = field(name("d", "id"), Long.class);
    private static final Field<String> D_TITLE = field(name("d", "title"), String.class);
    private static final Field<String> D_SOURCE = field(name("d", "source"), String.class);
    private static final Field<LocalDate> D_PUBLISHED = field(name("d", "published"), LocalDate.class);
    private static final Field<String> D_SHA256 = field(name("d", "sha256"), String.class);
    private static final Field<String> D_REGION = field(name("d", "default_region"), String.class);
    private static final Field<String> D_URL = field(name("d", "url"), String.class);
    private static final Field<String> D_EXTRACTOR = field(name("d", "extractor_version"), String.class);
    private static final Field<OffsetDateTime> D_INGESTED = field(name("d", "ingested_at"), OffsetDateTime.class);
    private static final Field<OffsetDateTime> D_DELETED = field(name("d", "deleted_at"), OffsetDateTime.class);
    private static final Table<?> O = table(name("observation"));
    private static final Field<Long> O_DOCUMENT = field(name("observation", "document_id"), Long.class);
    private static final Field<String> O_REGION = field(name("observation", "region_code"), String.class);

    @Inject
    DSLContext dsl;
    @Inject
    Trash trash;

    /**
     * One page of the documents the filter lets through, newest publication first (then the latest stored): those
     * that count, or (filter.trashed) those in the trash, each with when it went and when it will be purged.
     */
    Page<DocumentView> page(int page, int size, Documents.Filter filter) {
        Condition where = where(filter);
        Field<Integer> observations = field(selectCount().from(O).where(O_DOCUMENT.eq(D_ID)));
        var items = dsl.select(D_ID, D_TITLE, D_SOURCE, D_PUBLISHED, D_SHA256, D_REGION, D_URL, D_EXTRACTOR, D_INGESTED,
                        observations, D_DELETED)
                .from(D)
                .where(where)
                .orderBy(D_PUBLISHED.desc(), D_ID.desc())
                .limit(size).offset((long) page * size)
                .fetch(r -> new DocumentView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), "/api/documents/" + r.value1() + "/text", r.value8(), r.value9(), r.value10(), null)
                        .trashed(r.value11(), trash.purgeAfter(r.value11())));
        return new Page<>(page, size, dsl.fetchCount(D, where), items);
    }

    private static Condition where(Documents.Filter filter) {
        Condition where = filter.trashed() ? D_DELETED.isNotNull() : D_DELETED.isNull();
        if (filter.source() != null) {
            where = where.and(D_SOURCE.eq(filter.source()));
        }
        if (filter.publishedFrom() != null) {
            where = where.and(D_PUBLISHED.ge(filter.publishedFrom()));
        }
        if (filter.publishedTo() != null) {
            where = where.and(D_PUBLISHED.le(filter.publishedTo()));
        }
        if (filter.region() != null) {
            // A region stands for itself and every region under it (the gazetteer is a tree by parent_code).
            where = where.and(D_REGION.in(Regions.subtreeCodes(filter.region()))
                    .or(D_ID.in(select(O_DOCUMENT).from(O).where(O_REGION.in(Regions.subtreeCodes(filter.region()))))));
        }
        return where;
    }
}
