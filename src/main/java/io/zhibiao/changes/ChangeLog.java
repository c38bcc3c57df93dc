package io.zhibiao.changes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Writes the change log, inside the transaction that makes the change, so a change and its row commit together (for {@link Changes#commit}). */
@ApplicationScoped
class ChangeLog {

    /**
     * Every writer of series_change holds this transaction-level advisory lock from its insert to its commit, so
     * rows become visible in id order: without it an ingest could take id 7, commit after another's id 8 was
     * read, and a reader at cursor 8 would never see 7. The lock is taken last, right before commit.
     */
    static final long ORDER_LOCK = 0x7a68_6962_6961_6f01L;

    private static final int ROWS_PER_INSERT = 1000;
    /** Parameters a row binds of its own: indicator, region, period type, breakdown (reason and document are shared). */
    private static final int COLUMNS = 4;

    @Inject
    EntityManager em;

    /** Notes that these series of a document changed; call last in the transaction. Nothing for no series. */
    void record(long documentId, ChangeReason reason, Collection<SeriesKey> series) {
        if (series.isEmpty()) {
            return;
        }
        em.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(?1)").setParameter(1, ORDER_LOCK).getSingleResult();
        List<SeriesKey> sorted = new ArrayList<>(series.stream().distinct().toList());
        sorted.sort(Comparator.comparing(SeriesKey::indicator).thenComparing(SeriesKey::breakdown)
                .thenComparing(SeriesKey::region).thenComparing(SeriesKey::periodType));
        for (int from = 0; from < sorted.size(); from += ROWS_PER_INSERT) {
            insert(documentId, reason, sorted.subList(from, Math.min(sorted.size(), from + ROWS_PER_INSERT)));
        }
    }

    /** One multi-row INSERT (PostgreSQL takes at most 65,535 parameters a statement). */
    private void insert(long documentId, ChangeReason reason, List<SeriesKey> rows) {
        var sql = new StringBuilder("INSERT INTO series_change (indicator_code, region_code, period_type, breakdown, "
                + "reason, document_id) VALUES ");
        int reasonAt = rows.size() * COLUMNS + 1;
        for (int i = 0; i < rows.size(); i++) {
            int p = i * COLUMNS;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(", ?").append(p + 4).append(", ?").append(reasonAt).append(", ?")
                    .append(reasonAt + 1).append(")");
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            SeriesKey key = rows.get(i);
            insert.setParameter(i * COLUMNS + 1, key.indicator()).setParameter(i * COLUMNS + 2, key.region())
                    .setParameter(i * COLUMNS + 3, key.periodType()).setParameter(i * COLUMNS + 4, key.breakdown());
        }
        insert.setParameter(reasonAt, reason.wire()).setParameter(reasonAt + 1, documentId).executeUpdate();
    }
}
