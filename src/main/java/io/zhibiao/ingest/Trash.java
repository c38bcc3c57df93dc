package io.zhibiao.ingest;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.Changes;
import io.zhibiao.changes.SeriesKey;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Deletions that can be undone. A deleted document keeps its row, its observations and their ids, marked with the
 * time it went (the column deleted_at, V210): every answer of today leaves it at once (the fact table's trigger and
 * the reads' filter), as-of answers for earlier days still see it, and a restore brings it back as it was. A purge
 * removes it for good. Each of the three goes through {@link Changes#commit} with the series the document has
 * figures in, so the change feed, the caches, the checks and the pre-rendered charts follow.
 */
@ApplicationScoped
public class Trash {

    private static final String SERIES_OF = """
            SELECT DISTINCT indicator_code, region_code, period_type, breakdown FROM observation WHERE document_id = ?1""";

    @Inject
    EntityManager em;
    @Inject
    ObservationRows rows;
    @Inject
    Changes changes;
    @Inject
    TrashConfig config;

    /** What became of a document asked to go: moved to the trash, already there, or not found. */
    public enum Outcome { TRASHED, ALREADY_TRASHED, NOT_FOUND }

    /** Moves a document to the trash; a document already there stays as it is (a repeated DELETE changes nothing). */
    @Transactional
    public Outcome trash(long id) {
        Document d = em.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            return Outcome.NOT_FOUND;
        }
        if (d.deletedAt != null) {
            return Outcome.ALREADY_TRASHED;
        }
        d.deletedAt = OffsetDateTime.now();
        em.flush(); // the trigger on document recomputes the facts of its figures now, before the checks read them
        changes.commit(ChangeReason.DELETE, id, seriesOf(id));
        return Outcome.TRASHED;
    }

    /**
     * Brings a trashed document back with its observations and their ids; a document not in the trash is answered
     * as it is. Empty when no document has the id (never stored, or purged).
     */
    @Transactional
    public Optional<Document> restore(long id) {
        Document d = em.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            return Optional.empty();
        }
        if (d.deletedAt != null) {
            d.deletedAt = null;
            em.flush();
            changes.commit(ChangeReason.RESTORE, id, seriesOf(id));
        }
        return Optional.of(d);
    }

    /** Removes a document for good, in the trash or not, with its observations; false when there was none. */
    @Transactional
    public boolean purge(long id) {
        Optional<Set<SeriesKey>> removed = rows.deleteDocument(id);
        removed.ifPresent(series -> changes.commit(ChangeReason.PURGE, id, series));
        return removed.isPresent();
    }

    /** The documents whose time in the trash is up, oldest deletion first. */
    @Transactional
    public List<Long> due() {
        return em.createQuery("SELECT d.id FROM Document d WHERE d.deletedAt < :cut ORDER BY d.deletedAt, d.id", Long.class)
                .setParameter("cut", OffsetDateTime.now().minus(config.retention())).getResultList();
    }

    /** Purges a document whose time in the trash is up; false when it is gone, back, or another instance holds it. */
    @Transactional
    public boolean purgeIfDue(long id) {
        List<?> due = em.createNativeQuery("SELECT id FROM document WHERE id = ?1 AND deleted_at < ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, id).setParameter(2, OffsetDateTime.now().minus(config.retention())).getResultList();
        return !due.isEmpty() && purge(id);
    }

    /** When a trashed document is purged, at the latest. */
    OffsetDateTime purgeAfter(OffsetDateTime deletedAt) {
        return deletedAt == null ? null : deletedAt.plus(config.retention());
    }

    /** A text that is in the trash cannot be stored again: 409, pointing at the restore. */
    static ProblemException inTrash(Document d) {
        return new ProblemException(409, "Conflict", "This text is document " + d.id + ", in the trash since "
                + d.deletedAt + ": restore it with POST /api/documents/" + d.id + "/restore (or purge it with DELETE "
                + "/api/documents/" + d.id + "?purge=true, then post it again as a new document)");
    }

    private Set<SeriesKey> seriesOf(long id) {
        Set<SeriesKey> keys = new HashSet<>();
        for (Object row : em.createNativeQuery(SERIES_OF).setParameter(1, id).getResultList()) {
            Object[] c = (Object[]) row;
            keys.add(new SeriesKey((String) c[0], (String) c[1], (String) c[2], (String) c[3]));
        }
        return keys;
    }
}
