package io.zhibiao.system;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The version of the stored data, shared by all replicas through a PostgreSQL sequence and kept in
 * memory (fed by LISTEN/NOTIFY and a poll, see io.zhibiao.changes.ChangeListener) so reading it costs nothing.
 */
@ApplicationScoped
public class DataVersion {

    /** The NOTIFY channel every committed change is announced on. */
    public static final String CHANNEL = "zhibiao_data_version";

    @Inject
    EntityManager em;
    @Inject
    Event<DataChanged> changed;
    private final AtomicReference<Committed> committed = new AtomicReference<>(new Committed(0, 0, System.nanoTime()));

    /**
     * Takes a new version inside the caller's transaction and announces it once that transaction
     * commits (observers use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}; other replicas
     * hear of it through a NOTIFY, which PostgreSQL delivers only at commit).
     */
    public long bump(Set<Long> documentIds) {
        long version = ((Number) em.createNativeQuery("SELECT nextval('data_version_seq')").getSingleResult())
                .longValue();
        em.createNativeQuery("INSERT INTO data_version_commit (version) VALUES (?1)")
                .setParameter(1, version).executeUpdate();
        em.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL).setParameter(2, Long.toString(version)).getSingleResult();
        changed.fire(new DataChanged(version, documentIds));
        return version;
    }

    /** The newest version committed, as this replica last heard (0 before the first change); no query. */
    public long current() {
        return committed.get().version();
    }

    /**
     * A token that changes whenever any change commits, the same on every replica that has heard of
     * it; unlike {@link #current()} it also moves when an older version commits after a newer one.
     */
    public String token() {
        return committed.get().token();
    }

    /**
     * Whether {@code token} is still the current one and has been for at least {@code settle}: with
     * reads on a replica, an answer computed right after a change may not hold it yet.
     */
    public boolean settled(String token, java.time.Duration settle) {
        Committed c = committed.get();
        return token.equals(c.token()) && System.nanoTime() - c.heardAt() >= settle.toNanos();
    }

    /** When (System.nanoTime) this replica heard of the current token's change. */
    public long heardAt() {
        return committed.get().heardAt();
    }

    /** Takes what the database says has committed, never going back (commits only grow) within an epoch. */
    public void advanceTo(long version, long commits) {
        long now = System.nanoTime();
        committed.accumulateAndGet(null, (old, ignored) -> commits > old.commits()
                ? new Committed(version, commits, now, old.epoch()) : old);
    }

    /**
     * The database was rewound to an earlier state (a restore; io.zhibiao.changes.ChangeEpoch): what it says next is
     * taken even though it is behind, and tokens carry the new epoch, so no answer kept under an earlier token (whose
     * version and count the rewound database may reach again with other data) is served.
     */
    public void rewind(String epoch) {
        committed.set(new Committed(0, -1, System.nanoTime(), epoch));
    }

    /** What this replica last heard; the token is made once here, not on every poll. */
    private record Committed(long version, long commits, long heardAt, String epoch, String token) {

        Committed(long version, long commits, long heardAt) {
            this(version, commits, heardAt, "");
        }

        Committed(long version, long commits, long heardAt, String epoch) {
            this(version, commits, heardAt, epoch, (epoch.isEmpty() ? "" : epoch + ".") + version + "." + commits);
        }
    }
}
