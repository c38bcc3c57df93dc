package io.zhibiao.charts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.zhibiao.changes.Committed;
import io.zhibiao.changes.SeriesKey;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Keeps the stored charts current: after a change committed here (io.zhibiao.changes.Committed), the charts of
 * the series it changed are re-rendered in the background if their data changed; an advisory lock per chart makes one
 * replica do each render. Changes that arrive while a pass runs wait for the next pass and share it, so a city's 30
 * county bulletins in a row redraw the city's rankings once or twice, not 30 times.
 */
@ApplicationScoped
public class Prerenderer {

    private static final Logger LOG = Logger.getLogger(Prerenderer.class);
    private static final long LOCK_RETRY_MILLIS = 500;

    enum Outcome { RENDERED, UNCHANGED, REMOVED, LOCKED, NO_FONT }

    private final ChartSpecs specs;
    private final ChartQueries queries;
    private final ChartStore store;
    private final ChartRenderer renderer;
    private final ChartFonts fonts;
    private final ChartsConfig config;
    private final Counter renders;
    private final Timer renderTime;
    // One thread runs the passes (and the retries of locked charts) one after another, so two passes never race.
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "chart-prerender");
        t.setDaemon(true);
        return t;
    });
    /**
     * A pass draws its charts on one thread per core (by default): a chart is one image, drawn and encoded on one
     * thread, so one thread left the other core idle. The threads ask for the lowest priority, which the JVM passes
     * on only where the OS lets it (not on Linux by default); requests have the on-demand render threads and the
     * event loops besides these.
     */
    private final ExecutorService drawers;
    private final AtomicInteger pending = new AtomicInteger();
    /** Series changed since the last pass began; the next pass takes them all. */
    private final Set<SeriesKey> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean passQueued = new AtomicBoolean();

    /** This replica's served copies: dropped when a chart is redrawn or removed here (other replicas wait out their time). */
    private final ServedCharts served;

    Prerenderer(ChartSpecs specs, ChartQueries queries, ChartStore store, ChartRenderer renderer, ChartFonts fonts,
            ChartsConfig config, MeterRegistry metrics, ServedCharts served) {
        this.served = served;
        this.specs = specs;
        this.queries = queries;
        this.store = store;
        this.renderer = renderer;
        this.fonts = fonts;
        this.config = config;
        this.renders = Counter.builder("zhibiao.charts.renders").description("Charts rendered and stored")
                .register(metrics);
        this.renderTime = ChartMetrics.renderTimer(metrics, "prerender");
        int threads = config.prerenderThreads() > 0 ? config.prerenderThreads() : Runtime.getRuntime().availableProcessors();
        AtomicInteger numbers = new AtomicInteger();
        this.drawers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chart-prerender-" + numbers.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        Gauge.builder("zhibiao.charts.prerender.pending", pending, AtomicInteger::get)
                .description("Pre-rendering tasks queued or running (after a data change, or a full pass)").register(metrics);
    }

    /** After the seeds (priority 20): a full pass over what is stored, off the start-up thread. */
    void atStart(@Observes @Priority(30) StartupEvent start) {
        if (config.prerender() && config.prerenderAtStart()) {
            submit(this::fullPass, 0);
        }
    }

    /** A change committed by this instance (one replica renders it; the others' streams and caches hear it anyway). */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Committed change) {
        if (!config.prerender()) {
            return;
        }
        dirty.addAll(change.series());
        if (passQueued.compareAndSet(false, true)) {
            submit(this::touchedPass, 0);
        }
    }

    /** One pass over every series changed since the last began; changes during it queue the next. */
    private void touchedPass() {
        passQueued.set(false);
        Set<SeriesKey> series = new HashSet<>();
        for (SeriesKey key : dirty) {
            if (dirty.remove(key)) {
                series.add(key);
            }
        }
        renderTouched(series);
    }

    /** Checks every chart the specs define; removes stored charts the data no longer supports. */
    void fullPass() {
        List<ChartDef> defs = allDefs();
        long rendered = renderAll(defs);
        int removed = QuarkusTransaction.requiringNew()
                .call(() -> store.deleteAllExcept(defs.stream().map(ChartDef::key).toList()));
        LOG.infof("Chart pass: %d charts defined, %d rendered, %d removed", defs.size(), rendered, removed);
    }

    /**
     * Re-checks only the charts of the changed series: those of their indicator and region, and the comparisons of
     * their indicator under their parent. A deletion names its series too, so it needs no full pass. Charts draw an
     * indicator's total only, so a change to one item of a classification (粗钢's output) renders nothing.
     */
    void renderTouched(Set<SeriesKey> changed) {
        Set<SeriesKey> series = changed.stream().filter(SeriesKey::isTotal).collect(Collectors.toSet());
        if (series.isEmpty()) {
            return;
        }
        List<ChartQueries.Touch> touches = queries.touched(series);
        Set<String> direct = touches.stream().map(t -> t.indicator() + "|" + t.region())
                .collect(Collectors.toCollection(java.util.HashSet::new));
        // A growth rate (gdp.yoy) is drawn on its level's level-growth chart (gdp).
        touches.forEach(t -> BulletinLinks.levelOf(t.indicator()).ifPresent(level -> direct.add(level + "|" + t.region())));
        // A part (value_added.primary) is drawn on its whole's structure chart (gdp).
        touches.forEach(t -> BulletinLinks.wholeOf(t.indicator()).ifPresent(whole -> direct.add(whole + "|" + t.region())));
        Set<String> parents = touches.stream().map(t -> t.indicator() + "|" + t.parent()).collect(Collectors.toSet());
        List<ChartDef> all = allDefs();
        List<ChartDef> defs = all.stream()
                .filter(def -> (def.spec().family() == ChartSpec.Family.COMPARE ? parents : direct)
                        .contains(def.indicator() + "|" + def.region())
                        // A ranking shows the children and, as its reference, the parent itself.
                        || def.spec().family() == ChartSpec.Family.RANKING && parents.contains(def.indicator() + "|" + def.region()))
                .toList();
        LOG.debugf("Series %s touch charts %s", series, defs.stream().map(ChartDef::key).toList());
        renderAll(defs);
        removeUnsupported(direct, parents, all);
    }

    /**
     * A deletion (or a document moved to the trash) can leave a touched chart without the data its spec needs: it is
     * no longer a candidate, so the loop above does not see it, and its stored bytes must go rather than keep showing
     * the deleted figures. Restoring the document makes it a candidate again, and it is rendered anew.
     */
    private void removeUnsupported(Set<String> direct, Set<String> parents, List<ChartDef> supported) {
        Set<String> keep = supported.stream().map(ChartDef::key).collect(Collectors.toSet());
        for (ChartSpec spec : specs.all()) {
            Set<String> pairs = new java.util.HashSet<>(spec.family() == ChartSpec.Family.COMPARE ? Set.of() : direct);
            if (spec.family() == ChartSpec.Family.COMPARE || spec.family() == ChartSpec.Family.RANKING) {
                pairs.addAll(parents);
            }
            for (String pair : pairs) {
                String[] parts = pair.split("\\|", 2);
                if (parts.length < 2 || parts[1].equals("null")) {
                    continue; // the whole country has no parent to compare under
                }
                String key = ChartDef.of(spec, parts[0], parts[1]).key();
                if (!keep.contains(key)) {
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (store.tryLock(key)) {
                            store.delete(key);
                        }
                    });
                    served.forget(key);
                }
            }
        }
    }

    private List<ChartDef> allDefs() {
        List<ChartDef> defs = new ArrayList<>();
        for (ChartSpec spec : specs.all()) {
            defs.addAll(queries.candidates(spec));
        }
        return defs;
    }

    /**
     * Renders the charts on the drawing threads and waits for them all; the number actually redrawn. The charts share
     * what they read alike (PassReads): a level-growth chart is drawn from the rows its series charts read.
     */
    private long renderAll(List<ChartDef> defs) {
        PassReads reads = PassReads.forPass();
        List<CompletableFuture<Outcome>> outcomes = defs.stream()
                .map(def -> CompletableFuture.supplyAsync(() -> renderOrLog(def, reads), drawers)).toList();
        return outcomes.stream().map(CompletableFuture::join).filter(o -> o == Outcome.RENDERED).count();
    }

    /** One chart that fails (a bug, a lost connection) is logged and left to its next change; the rest go on. */
    private Outcome renderOrLog(ChartDef def, PassReads reads) {
        try {
            return renderOrRetry(def, 0, reads);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Chart %s could not be pre-rendered", def.key());
            return Outcome.UNCHANGED;
        }
    }

    private Outcome renderOrRetry(ChartDef def, int attempt, PassReads reads) {
        Outcome outcome = render(def, reads);
        if (outcome == Outcome.LOCKED) {
            if (attempt < config.lockRetries()) {
                // Another replica renders it now, maybe from data older than ours: check again after it commits.
                submit(() -> renderOrRetry(def, attempt + 1, PassReads.NONE), LOCK_RETRY_MILLIS);
            } else {
                LOG.warnf("Chart %s stayed locked by another replica; left to its next change", def.key());
            }
        }
        return outcome;
    }

    /** Renders one chart if its data hash changed, under its advisory lock, in one transaction. */
    Outcome render(ChartDef def) {
        return render(def, PassReads.NONE);
    }

    private Outcome render(ChartDef def, PassReads reads) {
        if (fonts.faces().isEmpty()) {
            return Outcome.NO_FONT;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!store.tryLock(def.key())) {
                return Outcome.LOCKED;
            }
            var data = queries.data(def, reads);
            if (data.isEmpty()) {
                int removed = store.delete(def.key());
                served.forget(def.key());
                return removed > 0 ? Outcome.REMOVED : Outcome.UNCHANGED;
            }
            String hash = data.get().hash();
            if (store.dataHash(def.key()).filter(hash::equals).isPresent()) {
                return Outcome.UNCHANGED;
            }
            ChartData chart = data.get();
            int w = def.spec().width();
            int h = def.spec().height();
            // The SVG is drawn on its first request (StoredSvgs).
            ChartStore.Rendered rendered = renderTime.record(() -> new ChartStore.Rendered(
                    renderer.render(chart, w, h, 1), new ChartCsv(chart).bytes()));
            store.save(def, chart, hash, etag(hash), rendered);
            served.forget(def.key());
            renders.increment();
            return Outcome.RENDERED;
        });
    }

    /** The ETag of a stored chart drawn from data of this hash (its PNG's; the other formats derive theirs from it). */
    static String etag(String dataHash) {
        return "\"" + dataHash.substring(0, 32) + "\"";
    }

    private void submit(Runnable task, long delayMillis) {
        pending.incrementAndGet();
        worker.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Chart pre-rendering failed", e);
            } finally {
                pending.decrementAndGet();
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until no render task is queued or running; true if that happened within the timeout. Public for tests
     * of other features that must not count the renderer's database work as their own.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        drawers.shutdownNow();
    }
}
