package io.zhibiao.changes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The epoch of the change log's ids (change_epoch, V211): cursors are "epoch.id", and a rewind of the database begins a
 * new epoch, so that a cursor from a history that no longer exists is refused (410, a stream's resync event) instead
 * of naming other changes. A new epoch begins when the row was written for another database (a dump restored into a
 * new one), when the change log is behind the highest id this instance saw (a restore under a running service), or
 * when the restore procedure calls change_epoch_renew() (k8s/README.md). Several instances may notice one rewind at
 * once: the renewal is conditional on the epoch they saw, so they agree on one new epoch.
 */
@ApplicationScoped
public class ChangeEpoch {

    private static final Logger LOG = Logger.getLogger(ChangeEpoch.class);
    private static final String READ = """
            SELECT e.epoch, e.generation, e.database_oid, d.oid
            FROM change_epoch e, pg_database d WHERE d.datname = current_database()""";
    private static final String RENEW = """
            UPDATE change_epoch SET epoch = change_epoch_new(), generation = generation + 1, began_at = now(),
                   database_oid = (SELECT oid FROM pg_database WHERE datname = current_database())
            WHERE epoch = ?""";

    /** What the database says: the epoch and how many came before it (0: the first, where plain cursors are good). */
    public record Epoch(String name, int generation) {
    }

    private volatile Epoch current = new Epoch("", 0);
    /** The highest change id this instance handed out or heard of in the current epoch. */
    private final AtomicLong highest = new AtomicLong();

    /** The epoch as this instance last checked it (no query). */
    public Epoch current() {
        return current;
    }

    /** Notes a change id handed out or heard of: the log must never go below it in this epoch. */
    public void saw(long id) {
        highest.accumulateAndGet(id, Math::max);
    }

    /**
     * Checks the epoch against the database on this connection, given the change log's newest id there, and begins a
     * new one where the database was rewound. Returns the epoch that holds now.
     */
    public Epoch check(Connection c, long newest) throws SQLException {
        Epoch seen;
        boolean otherDatabase;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(READ)) {
            r.next();
            seen = new Epoch(r.getString(1), r.getInt(2));
            otherDatabase = r.getLong(3) != r.getLong(4);
        }
        boolean behind = seen.equals(current) && newest < highest.get();
        if (otherDatabase || behind) {
            LOG.warnf("The change log was rewound (%s): cursors of epoch %s are no longer good", otherDatabase
                    ? "it was written for another database: restored from a dump or copied"
                    : "its newest change " + newest + " is behind " + highest.get() + ", seen before", seen.name());
            try (var renew = c.prepareStatement(RENEW)) {
                renew.setString(1, seen.name());
                renew.executeUpdate();
            }
            return check(c, newest);
        }
        if (!seen.equals(current)) {
            synchronized (this) {
                if (!seen.equals(current)) {
                    highest.set(newest);
                    current = seen;
                }
            }
        }
        return seen;
    }
}
