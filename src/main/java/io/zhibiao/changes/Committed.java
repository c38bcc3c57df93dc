package io.zhibiao.changes;

import java.util.Set;

/**
 * CDI event of a change committed by this instance (observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}): which document's write changed which series.
 * Other instances hear of the same change through the change log ({@link ChangeConsumer}).
 */
public record Committed(long version, ChangeReason reason, long documentId, Set<SeriesKey> series) {
}
