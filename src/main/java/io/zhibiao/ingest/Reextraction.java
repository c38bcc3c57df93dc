package io.zhibiao.ingest;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Brings stored documents to the current extractor version, one document per transaction, in the
 * background; several replicas can run it at once since each document is locked while it is redone.
 */
@ApplicationScoped
public class Reextraction {

    private static final Logger LOG = Logger.getLogger(Reextraction.class);
    private static final int LOG_EVERY = 100;

    private final Ingest ingest;
    private final boolean atStart;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "reextraction"));
    private final AtomicReference<ReextractionStatus> status;

    Reextraction(Ingest ingest, @ConfigProperty(name = "zhibiao.reextract.at-start") boolean atStart, MeterRegistry metrics) {
        this.ingest = ingest;
        this.atStart = atStart;
        this.status = new AtomicReference<>(ReextractionStatus.idle(ingest.extractorVersion()));
        progress(metrics, "total", ReextractionStatus::total);
        progress(metrics, "redone", ReextractionStatus::done);
        progress(metrics, "skipped", ReextractionStatus::skipped);
        progress(metrics, "failed", ReextractionStatus::failed);
        Gauge.builder("zhibiao.reextract.running", status, s -> s.get().running() ? 1 : 0)
                .description("1 while a re-extraction runs on this replica").register(metrics);
    }

    /** The current (or last) run's documents in one state, as a gauge: progress is redone+skipped+failed of total. */
    private void progress(MeterRegistry metrics, String state, ToDoubleFunction<ReextractionStatus> count) {
        Gauge.builder("zhibiao.reextract.documents", status, s -> count.applyAsDouble(s.get())).tag("state", state)
                .description("Documents of the current or last re-extraction run, by state").register(metrics);
    }

    void atStart(@Observes @Priority(30) StartupEvent start) {
        if (atStart) {
            start(false);
        }
    }

    /** Starts a run unless one is going on; returns the status either way. */
    public synchronized ReextractionStatus start(boolean all) {
        if (!status.get().running()) {
            status.set(new ReextractionStatus(true, ingest.extractorVersion(), 0, 0, 0, 0, Instant.now(), null));
            worker.submit(() -> run(all));
        }
        return status.get();
    }

    public ReextractionStatus status() {
        return status.get();
    }

    /** Runs in the caller's thread; tests and the background worker use it. */
    ReextractionStatus run(boolean all) {
        Instant started = Instant.now();
        // Its own short transaction: the worker thread has no request context of its own.
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> documentIds(all));
        int done = 0;
        int skipped = 0;
        int failed = 0;
        LOG.infof("Re-extraction to extractor %s: %d documents to look at", ingest.extractorVersion(), ids.size());
        for (int i = 0; i < ids.size(); i++) {
            try {
                if (ingest.reextract(ids.get(i), !all)) {
                    done++;
                } else {
                    skipped++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Re-extraction of document %d failed; its previous observations stay", ids.get(i));
            }
            status.set(new ReextractionStatus(true, ingest.extractorVersion(), ids.size(), done, skipped, failed, started, null));
            if ((i + 1) % LOG_EVERY == 0) {
                LOG.infof("Re-extraction: %d of %d documents looked at (%d redone, %d skipped, %d failed)",
                        i + 1, ids.size(), done, skipped, failed);
            }
        }
        ReextractionStatus end = new ReextractionStatus(false, ingest.extractorVersion(), ids.size(), done, skipped, failed,
                started, Instant.now());
        status.set(end);
        LOG.infof("Re-extraction finished: %d redone, %d skipped, %d failed", done, skipped, failed);
        return end;
    }

    /**
     * The documents to look at, not in the trash: all of them, or those an older extractor derived (a later
     * release, or the same with another mounted catalog; never those of a newer pod during a rolling upgrade).
     */
    private List<Long> documentIds(boolean all) {
        ExtractorVersion running = ExtractorVersion.of(ingest.extractorVersion());
        // Versions are compared here, not in SQL; the SQL leaves out what the running version derived itself.
        var query = Document.getEntityManager().createQuery("SELECT d.id, d.extractorVersion FROM Document d "
                + "WHERE d.deletedAt IS NULL AND (:all = true OR d.extractorVersion <> :version) ORDER BY d.id", Object[].class)
                .setParameter("all", all).setParameter("version", ingest.extractorVersion());
        return query.getResultStream()
                .filter(r -> all ? running.compareRelease(ExtractorVersion.of((String) r[1])) >= 0
                        : running.supersedes(ExtractorVersion.of((String) r[1])))
                .map(r -> (Long) r[0]).toList();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
