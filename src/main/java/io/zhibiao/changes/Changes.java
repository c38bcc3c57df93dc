package io.zhibiao.changes;

import java.util.Set;

import io.zhibiao.checks.CheckRefresh;
import io.zhibiao.checks.Checks;
import io.zhibiao.system.DataVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The one change path: what a write of observations means for readers, said once. Every writer (ingest,
 * re-extraction, deletion) calls {@link #writing()} before it writes and {@link #commit} last in its transaction;
 * a transaction that wrote observations without committing a change fails instead of leaving the stream, the
 * caches and the charts behind.
 */
@ApplicationScoped
public class Changes {

    private static final Object GUARD = Changes.class;

    @Inject
    ChangeLog log;
    @Inject
    CheckRefresh checks;
    @Inject
    DataVersion dataVersion;
    @Inject
    Event<Committed> committed;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Says that the current transaction is about to write observations: at its end it rolls back unless
     * {@link #commit} was called in it. Called by the one class that writes observations (ingest.ObservationRows).
     */
    public void writing() {
        if (transactions.getResource(GUARD) == null) {
            Guard guard = new Guard();
            transactions.putResource(GUARD, guard);
            transactions.registerInterposedSynchronization(guard);
        }
    }

    /**
     * Records that a document's write changed these series, inside the writing transaction and last in it: a row
     * per series in the change log (the cursor of /api/changes and the ids of /api/stream), the series for the checks
     * ({@link CheckRefresh}: queued, or refreshed now), a new data version (the answer caches' and ETags' key), a
     * NOTIFY that every instance's {@link ChangeListener} hears at commit, and after commit the {@link Committed}
     * event for this instance (the chart pre-renderer).
     */
    public void commit(ChangeReason reason, long documentId, Set<SeriesKey> series) {
        log.record(documentId, reason, series);
        // The checks hear of the series: queued for the next background pass (zhibiao.checks.refresh=deferred), or
        // refreshed here (in-transaction; the change log's statements above flushed the session, so they see this
        // transaction's observations).
        checks.touched(series.stream().map(s -> new Checks.Touched(s.indicator(), s.region())).distinct().toList());
        long version = dataVersion.bump(Set.of(documentId));
        committed.fire(new Committed(version, reason, documentId, Set.copyOf(series)));
        Object guard = transactions.getResource(GUARD);
        if (guard != null) {
            ((Guard) guard).committed = true;
        }
    }

    /** Fails a transaction that wrote observations without {@link #commit}: a programming error, found by tests. */
    private static final class Guard implements Synchronization {

        boolean committed;

        @Override
        public void beforeCompletion() {
            if (!committed) {
                throw new IllegalStateException("Observations were written without Changes.commit in the same "
                        + "transaction: readers would not hear of them (see io.zhibiao.changes)");
            }
        }

        @Override
        public void afterCompletion(int status) {
            // nothing: a rolled-back transaction changed nothing
        }
    }
}
