package io.zhibiao.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Keeps {@link DataVersion} fresh from a dedicated connection that LISTENs for committed changes and
 * re-reads the committed version on each NOTIFY and at every poll interval.
 */
@ApplicationScoped
class DataVersionListener {

    private static final Logger LOG = Logger.getLogger(DataVersionListener.class);
    private static final String READ = "SELECT coalesce(max(version), 0), count(*) FROM data_version_commit";

    private final DataVersion version;
    private final DataVersionConfig config;
    private final String url;
    private final String user;
    private final String password;
    // Each read takes a number when it starts; finished holds the highest number whose read completed.
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();
    private static final int WAKE_MS = 50;
    private volatile boolean running;
    private volatile boolean readSoon;
    private Thread thread;

    DataVersionListener(DataVersion version, DataVersionConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.version = version;
        this.config = config;
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse("");
    }

    /** Before the seeds load (priority 20), so their changes are heard. */
    void start(@Observes @Priority(5) StartupEvent start) throws SQLException {
        try (Connection c = connect()) {
            read(c);
        }
        running = true;
        thread = new Thread(this::listen, "data-version-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(2000);
        }
    }

    /**
     * After a change committed here, waits (briefly) until it has been heard, so that a client that
     * wrote and then reads from this replica sees a new ETag at once.
     */
    void ownCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) throws InterruptedException {
        // A read numbered above every read started so far began after our commit (the NOTIFY wakes one).
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
                    boolean pollDue = System.nanoTime() >= nextPoll;
                    if ((heard != null && heard.length > 0) || readSoon || pollDue) {
                        readSoon = false;
                        read(c);
                        nextPoll = System.nanoTime() + config.pollInterval().toNanos();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Data version listener lost its connection (%s); reconnecting in 1 s", e.getMessage());
                    sleepQuietly(1000);
                }
            }
        }
    }

    private void read(Connection c) throws SQLException {
        long number = started.incrementAndGet();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(READ)) {
            r.next();
            version.advanceTo(r.getLong(1), r.getLong(2));
        }
        synchronized (finished) {
            finished.accumulateAndGet(number, Math::max);
            finished.notifyAll();
        }
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
