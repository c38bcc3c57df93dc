package io.zhibiao.changes;

import java.util.List;

/**
 * What wants every committed change of any instance, in cursor order, once: the change stream. Beans that
 * implement it are called by this instance's one {@link ChangeListener} thread, after the data version (and with it
 * the answer caches) has moved; they must not block it for long.
 */
public interface ChangeConsumer {

    /** The changes committed after those of the previous call, oldest first. */
    void changed(List<Change> changes);

    /**
     * The database was rewound (restored to an earlier state): change ids before {@code newest} now name other
     * changes than those handed over so far, and cursors of the earlier epoch are no longer good. Changes after
     * {@code newest} follow through {@link #changed}.
     */
    default void rewound(ChangeEpoch.Epoch epoch, long newest) {
    }
}
