package io.zhibiao.feed;

import static org.jooq.impl.DSL.val;

import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.jooq.DSLContext;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Deletes the change log's rows older than {@link ChangeLogConfig#keep()}, a prefix of ids at a time, and notes
 * the highest deleted id (series_change_pruned, V62) so that older cursors answer 410 ({@link ChangeFeed#parse}).
 * Every instance runs it; an advisory lock lets one at a time do the work.
 */
@ApplicationScoped
class ChangePruner {

    private static final Logger LOG = Logger.getLogger(ChangePruner.class);
    private static final long PRUNE_LOCK = 0x7a68_6962_6961_6f02L;

    // Up to the newest row older than the cut: ids, not times, are what cursors order by.
    private static final String PRUNE = """
            WITH cut AS (SELECT max(id) AS up_to FROM series_change WHERE changed_at < {0}),
                 gone AS (DELETE FROM series_change WHERE id <= (SELECT up_to FROM cut) RETURNING id)
            UPDATE series_change_pruned SET up_to = greatest(up_to, (SELECT max(id) FROM gone))
            WHERE EXISTS (SELECT 1 FROM gone)
            RETURNING up_to""";

    @Inject
    @Identifier("primary")
    DSLContext dsl;
    @Inject
    ChangeLogConfig config;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "change-pruner");
        t.setDaemon(true);
        return t;
    });

    void atStart(@Observes StartupEvent start) {
        long every = config.pruneEvery().toMillis();
        if (every == 0) {
            return; // off: the tests call prune() themselves
        }
        worker.scheduleWithFixedDelay(this::pruneQuietly, Math.min(every, 60_000), every, TimeUnit.MILLISECONDS);
    }

    void atStop(@Observes ShutdownEvent stop) {
        worker.shutdownNow();
    }

    /**
     * Deletes the changes older than the retention; the highest deleted id, or null when none was deleted (or another
     * instance is at it).
     */
    Long prune() {
        OffsetDateTime cut = OffsetDateTime.now().minus(config.keep());
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!dsl.resultQuery("SELECT pg_try_advisory_xact_lock({0})", val(PRUNE_LOCK)).fetchOne(0, Boolean.class)) {
                return null;
            }
            return dsl.resultQuery(PRUNE, val(cut)).fetchOne(0, Long.class);
        });
    }

    private void pruneQuietly() {
        try {
            Long upTo = prune();
            if (upTo != null) {
                LOG.infof("Change log: deleted the changes up to cursor %d (older than %s)", upTo, config.keep());
            }
        } catch (RuntimeException e) {
            // A read-only standby, a database away for a while: the next round tries again.
            LOG.warnf("Change log: could not delete old changes: %s", e.getMessage());
        }
    }
}
