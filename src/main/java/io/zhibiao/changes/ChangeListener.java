package io.zhibiao.changes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.zhibiao.system.DaemonThreads;
import io.zhibiao.system.DataChanged;
import io.zhibiao.system.DataVersion;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;

/**
 * The one listener of this instance: a thread on its own connection LISTENs for committed changes (and polls as a
 * fallback), then, once per wake, moves the in-memory {@link DataVersion} (which the answer caches and ETags key on)
 * and hands the new rows of the change log to every {@link ChangeConsumer} (the stream). On its own connection,
 * not the pool: it reads every second and must not compete with requests for connections.
 */
@ApplicationScoped
class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final String READ_VERSION = "SELECT coalesce(max(version), 0), count(*) FROM data_version_commit";
    // The newest cursor; once pruning emptied the log, the last deleted one (as feed.ChangeFeed.current says).
    private static final String NEWEST_CHANGE = """
            SELECT greatest((SELECT coalesce(max(id), 0) FROM series_change), up_to) FROM series_change_pruned""";
    private static final String CHANGES_AFTER = """
            SELECT id, indicator_code, region_code, period_type, breakdown, reason, document_id
            FROM series_change WHERE id > ? ORDER BY id LIMIT ?""";
    private static final int PAGE = 1000;
    private static final int WAKE_MS = 50;

    private final DataVersion version;
    private final ChangeEpoch epoch;
    private final Instance<ChangeConsumer> consumers;
    private final ListenerConfig config;
    private final String url;
    private final String user;
    private final String password;
    // Each read takes a number when it starts; finished holds the highest number whose version read completed.
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();
    /** The last change handed to the consumers (only the listening thread moves it after start). */
    private long position;
    /** The epoch of {@link #position}: when the database's differs, it was rewound. */
    private ChangeEpoch.Epoch handed;
    private volatile boolean running;
    private volatile boolean readSoon;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("change-listener"));

    ChangeListener(DataVersion version, ChangeEpoch epoch, Instance<ChangeConsumer> consumers, ListenerConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.version = version;
        this.epoch = epoch;
        this.consumers = consumers;
        this.config = config;
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse("");
    }

    /** After the migrations, before the consumers start (6) and the seeds load (20): consumers hear from the newest change on. */
    void start(@Observes @Priority(5) StartupEvent start) throws SQLException {
        try (Connection c = connect()) {
            position = newest(c);
            handed = epoch.check(c, position);
            epoch.saw(position);
            readVersion(c);
        }
        running = true;
        worker.execute(this::listen);
    }

    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        worker.shutdownNow();
        worker.awaitTermination(2, TimeUnit.SECONDS);
    }

    /**
     * After a change committed here, waits (briefly) until its version has been heard, so that a client that wrote
     * and then reads from this instance sees a new ETag at once.
     */
    void ownCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) throws InterruptedException {
        // A read numbered above every read started so far began after our commit.
        long target = started.get() + 1;
        readSoon = true; // in case the NOTIFY is slow to surface; the listener looks at this flag often
        long deadline = System.nanoTime() + config.ownCommitWait().toNanos();
        synchronized (finished) {
            while (finished.get() < target && System.nanoTime() < deadline && running) {
                finished.wait(20);
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + DataVersion.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                read(c); // what committed while we were not listening
                long nextPoll = System.nanoTime() + config.pollInterval().toNanos();
                while (running) {
                    // Wakes at the first NOTIFY or after WAKE_MS; reads on a NOTIFY, a local commit, or the poll.
                    PGNotification[] heard = pg.getNotifications(WAKE_MS);
                    if ((heard != null && heard.length > 0) || readSoon || System.nanoTime() >= nextPoll) {
                        readSoon = false;
                        read(c);
                        nextPoll = System.nanoTime() + config.pollInterval().toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Change listener lost its database connection (%s); reconnecting in 1 s", e.getMessage());
                    sleepQuietly(1000);
                }
            }
        }
    }

    /**
     * The epoch first (a rewound database is not read as if it went on), then the version (caches move before a
     * stream event names a new ETag), then the new changes.
     */
    private void read(Connection c) throws SQLException {
        long newest = newest(c);
        ChangeEpoch.Epoch now = epoch.check(c, newest);
        if (!now.equals(handed)) {
            LOG.warnf("Epoch %s begins at change %d: kept answers are dropped, streams are told to resync", now.name(), newest);
            position = newest;
            handed = now;
            version.rewind(now.name());
            for (ChangeConsumer consumer : consumers) {
                consumer.rewound(now, newest);
            }
        }
        readVersion(c);
        List<Change> fresh;
        do {
            fresh = changesAfter(c, position);
            if (!fresh.isEmpty()) {
                for (ChangeConsumer consumer : consumers) {
                    consumer.changed(fresh);
                }
                position = fresh.get(fresh.size() - 1).id();
                epoch.saw(position);
            }
        } while (fresh.size() == PAGE);
    }

    private void readVersion(Connection c) throws SQLException {
        long number = started.incrementAndGet();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(READ_VERSION)) {
            r.next();
            version.advanceTo(r.getLong(1), r.getLong(2));
        }
        synchronized (finished) {
            finished.accumulateAndGet(number, Math::max);
            finished.notifyAll();
        }
    }

    private static long newest(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(NEWEST_CHANGE)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Change> changesAfter(Connection c, long after) throws SQLException {
        List<Change> fresh = new ArrayList<>();
        try (PreparedStatement read = c.prepareStatement(CHANGES_AFTER)) {
            read.setLong(1, after);
            read.setInt(2, PAGE);
            try (ResultSet r = read.executeQuery()) {
                while (r.next()) {
                    fresh.add(new Change(r.getLong(1),
                            new SeriesKey(r.getString(2), r.getString(3), r.getString(4), r.getString(5)),
                            ChangeReason.of(r.getString(6)), r.getLong(7)));
                }
            }
        }
        return fresh;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
