package io.zhibiao.ingest;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Edits of one stored figure by a person (io.zhibiao.corrections): read it locked, write it back, or remove it,
 * through {@link ObservationRows} like every other write of observations. The caller commits the change
 * (changes.Changes.commit) in the same transaction.
 */
@ApplicationScoped
public class FigureEdits {

    @Inject
    EntityManager em;
    @Inject
    ObservationRows rows;

    /**
     * The stored figure, locked until the transaction ends (two editors of one figure queue here, and the second
     * sees the first's result), detached: changing it writes nothing until {@link #replace}.
     */
    public Optional<StoredObservation> lock(long id) {
        StoredObservation row = em.find(StoredObservation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return Optional.empty();
        }
        em.detach(row);
        return Optional.of(row);
    }

    /** Writes the figure's columns over the stored ones (its extractor version kept). */
    public void replace(StoredObservation row) {
        rows.update(row.documentId, row.extractorVersion, List.of(row));
    }

    /** Removes the figure from the store. */
    public void remove(StoredObservation row) {
        rows.delete(row.documentId, List.of(row.id));
    }
}
