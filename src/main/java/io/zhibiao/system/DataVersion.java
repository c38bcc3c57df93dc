package io.zhibiao.system;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

/**
 * The version of the stored data, shared by all replicas through a PostgreSQL sequence.
 */
@ApplicationScoped
public class DataVersion {

    private final EntityManager em;
    private final Event<DataChanged> changed;

    DataVersion(EntityManager em, Event<DataChanged> changed) {
        this.em = em;
        this.changed = changed;
    }

    /**
     * Takes a new version inside the caller's transaction and announces it once that transaction
     * commits (observers use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}).
     */
    public long bump(Set<Long> documentIds) {
        long version = ((Number) em.createNativeQuery("SELECT nextval('data_version_seq')").getSingleResult())
                .longValue();
        changed.fire(new DataChanged(version, documentIds));
        return version;
    }

    /** The newest version any replica has committed (0 before the first change). */
    public long current() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_value, is_called FROM data_version_seq")
                .getSingleResult();
        return Boolean.TRUE.equals(row[1]) ? ((Number) row[0]).longValue() : 0L;
    }
}
