package io.zhibiao.ingest;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.zhibiao.system.DaemonThreads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Purges the documents that outlived {@link TrashConfig#retention()} in the trash, one transaction each. Every
 * instance runs it; a document being purged is locked (SKIP LOCKED), so two instances never purge it twice.
 */
@ApplicationScoped
class TrashPurger {

    private static final Logger LOG = Logger.getLogger(TrashPurger.class);

    @Inject
    Trash trash;
    @Inject
    TrashConfig config;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("trash-purge"));

    void atStart(@Observes StartupEvent start) {
        long every = config.purgeEvery().toMillis();
        if (every > 0) {
            worker.scheduleWithFixedDelay(this::purgeQuietly, Math.min(every, 60_000), every, TimeUnit.MILLISECONDS);
        }
    }

    void atStop(@Observes ShutdownEvent stop) {
        worker.shutdownNow();
    }

    /** Purges what is due; how many documents this call purged. */
    int purgeDue() {
        int purged = 0;
        for (long id : trash.due()) {
            if (trash.purgeIfDue(id)) {
                purged++;
            }
        }
        return purged;
    }

    private void purgeQuietly() {
        try {
            int purged = purgeDue();
            if (purged > 0) {
                LOG.infof("Trash: purged %d documents kept longer than %s", purged, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Trash purge failed (%s); next try in %s", e.getMessage(), config.purgeEvery());
        }
    }
}
