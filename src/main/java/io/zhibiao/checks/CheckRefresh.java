package io.zhibiao.checks;

import static org.jooq.impl.DSL.val;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.jooq.DSLContext;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.zhibiao.system.DaemonThreads;
import io.zhibiao.system.DataVersion;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * When the findings of the series a write touched are recomputed ({@code zhibiao.checks.refresh}). Deferred (the
 * default): the writing transaction only appends the series to {@code check_pending} (V341), which no writer waits
 * on, and one thread per instance runs a pass every {@code zhibiao.checks.refresh-every}: in one transaction it takes
 * the checks' advisory lock (so instances take turns), takes every pending row, recomputes the distinct series once
 * and moves the data version (the answers that show findings — checks, review queue, provenance — are kept by it).
 * A write that commits after the pass took the rows is the next pass's. In-transaction: the writer recomputes its
 * series itself before it commits, as the checks did first; writers then take turns on the lock, one refresh each.
 */
@ApplicationScoped
public class CheckRefresh {

    private static final Logger LOG = Logger.getLogger(CheckRefresh.class);
    private static final String APPEND = """
            INSERT INTO check_pending (indicator_code, region_code)
            SELECT * FROM unnest(CAST({0} AS text[]), CAST({1} AS text[]))""";
    private static final String ANY_PENDING = "SELECT EXISTS (SELECT FROM check_pending)";
    private static final String TAKE = "DELETE FROM check_pending RETURNING indicator_code, region_code";
    /** A pass after a long outage may take many series; it must not be cut off at the default minute. */
    private static final int PASS_TIMEOUT_SECONDS = 600;
    /** A pass waits at least this many times its own duration before the next (at most a fifth of the time). */
    static final int PACE = 4;

    @Inject
    Checks checks;
    @Inject
    @Identifier("primary")
    DSLContext primary;
    @Inject
    DataVersion dataVersion;
    @Inject
    ChecksConfig config;
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("check-refresh"));

    /**
     * A write touched these series: called by io.zhibiao.changes.Changes#commit inside the writing transaction, after
     * the observations are written. Deferred, it appends them to the queue; in-transaction, it refreshes them now.
     */
    public void touched(Collection<Checks.Touched> touched) {
        if (touched.isEmpty()) {
            return;
        }
        if (config.refresh() == ChecksConfig.Refresh.IN_TRANSACTION) {
            checks.refresh(touched);
            return;
        }
        primary.execute(APPEND, val(touched.stream().map(Checks.Touched::indicator).toArray(String[]::new)),
                val(touched.stream().map(Checks.Touched::region).toArray(String[]::new)));
    }

    /**
     * After the seeds (20) and the rules' rebuild (100): passes at the interval when deferred; in-transaction, one
     * pass takes what an earlier deferred deployment left.
     */
    void start(@Observes @Priority(110) StartupEvent start) {
        if (config.refresh() == ChecksConfig.Refresh.DEFERRED) {
            worker.execute(this::passAndSchedule);
        } else {
            worker.execute(this::passQuietly);
        }
    }

    /**
     * Runs a pass, then schedules the next after the interval or {@link #PACE} times as long as this pass took,
     * whichever is longer: a pass costs about the same however many writes it coalesces (the same busy series), so
     * under a steady stream of writes its share of the database stays below 1 / (1 + PACE).
     */
    private void passAndSchedule() {
        long began = System.nanoTime();
        passQuietly();
        long took = (System.nanoTime() - began) / 1_000_000;
        long next = Math.max(config.refreshEvery().toMillis(), PACE * took);
        if (!worker.isShutdown()) {
            worker.schedule(this::passAndSchedule, next, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(2, TimeUnit.SECONDS);
    }

    /**
     * One pass: recomputes the findings of every series written since the last pass took its rows, and moves the
     * data version if there were any. Answers how many distinct series it refreshed.
     */
    public int pass() {
        if (!Boolean.TRUE.equals(primary.fetchValue(ANY_PENDING))) {
            return 0; // no lock and no transaction for an idle interval
        }
        return QuarkusTransaction.requiringNew().timeout(PASS_TIMEOUT_SECONDS).call(() -> {
            checks.lock(); // first: a second instance's pass waits here and then takes only rows committed since
            Set<Checks.Touched> series = new LinkedHashSet<>(
                    primary.fetch(TAKE).map(r -> new Checks.Touched(r.get(0, String.class), r.get(1, String.class))));
            if (series.isEmpty()) {
                return 0;
            }
            checks.refresh(series);
            dataVersion.bump(Set.of());
            return series.size();
        });
    }

    private void passQuietly() {
        try {
            long began = System.nanoTime();
            int series = pass();
            if (series > 0) {
                LOG.debugf("Checks: %d series refreshed in %d ms", series, (System.nanoTime() - began) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // The rows stay (the transaction rolled back): the next pass tries them again.
            LOG.warnf(e, "Checks: deferred refresh failed; retrying at the next pass");
        }
    }
}
