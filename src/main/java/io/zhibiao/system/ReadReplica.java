package io.zhibiao.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Says, read by read, whether the read replica (a hot standby) may answer. The rule: a read goes to the
 * standby only when a check has seen it replay the primary's WAL up to a position taken after this instance
 * heard of the newest data change; until then, and while the standby does not answer, reads go to the
 * primary. So no answer holds less than the data version its ETag and kept answer are filed under, a client
 * that posted and then polls sees its write at once, and a standby that stops costs a check interval.
 */
@ApplicationScoped
public class ReadReplica {

    /** What the last check found of the standby. */
    public enum Standby {
        /** No read replica is configured. */
        NONE,
        /** Not checked yet. */
        UNKNOWN,
        /** Has replayed the newest change this instance knows of: reads go there. */
        CAUGHT_UP,
        /** Answers but has not replayed the newest change yet: reads go to the primary. */
        BEHIND,
        /** Does not answer: reads go to the primary. */
        DOWN
    }

    /** The outcome of a check, for one data version token; lag in bytes of WAL (-1 when unknown). */
    public record State(String token, Standby standby, long lagBytes) {
    }

    /** The primary's WAL position sampled after the data version {@code token} was heard (at {@code heardAt}). */
    private record Mark(String token, String lsn, long heardAt) {
    }

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);
    private static final String PRIMARY_POSITION = "SELECT pg_current_wal_lsn()::text";
    // A server that is not in recovery (the primary itself, or a promoted standby) has no replay position.
    private static final String STANDBY_POSITION = """
            SELECT pg_last_wal_replay_lsn() IS NULL OR pg_last_wal_replay_lsn() >= ?::pg_lsn,
                   greatest(coalesce(pg_wal_lsn_diff(?::pg_lsn, pg_last_wal_replay_lsn()), 0), 0)::bigint""";

    private final DataVersion version;
    private final ReadReplicaConfig config;
    private final Optional<String> readUrl;
    private final Properties primaryLogin;
    private final Properties readLogin;
    private final String primaryUrl;
    private final Counter toStandby;
    private final Counter toPrimary;
    private final Timer catchUp;
    private volatile State state;
    private volatile Mark mark;
    private volatile boolean running;
    private Connection primary;
    private Connection standby;
    private Thread thread;

    ReadReplica(DataVersion version, ReadReplicaConfig config, MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String primaryUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.datasource.read.jdbc.url") Optional<String> readUrl,
            @ConfigProperty(name = "quarkus.datasource.read.username") Optional<String> readUser,
            @ConfigProperty(name = "quarkus.datasource.read.password") Optional<String> readPassword) {
        this.version = version;
        this.config = config;
        this.primaryUrl = primaryUrl;
        this.readUrl = readUrl.filter(u -> !u.isBlank());
        this.primaryLogin = login(user, password, config.timeout());
        this.readLogin = login(readUser.or(() -> user), readPassword.or(() -> password), config.timeout());
        this.state = new State("", this.readUrl.isPresent() ? Standby.UNKNOWN : Standby.NONE, -1);
        this.toStandby = Counter.builder("zhibiao.db.reads").tag("server", "standby")
                .description("Plain reads of API requests, by the server that answered them").register(metrics);
        this.toPrimary = Counter.builder("zhibiao.db.reads").tag("server", "primary")
                .description("Plain reads of API requests, by the server that answered them").register(metrics);
        this.catchUp = Timer.builder("zhibiao.replica.catchup")
                .description("From a data change heard to a check seeing the standby replayed it (resolution: the check interval)")
                .publishPercentileHistogram().register(metrics);
        Gauge.builder("zhibiao.replica.lag.bytes", this, r -> r.state.lagBytes())
                .description("WAL bytes the standby had not replayed at the last check (-1: unknown)").register(metrics);
        Gauge.builder("zhibiao.replica.serving", this, r -> r.serves() ? 1 : 0)
                .description("1 while plain reads go to the standby, 0 while they go to the primary").register(metrics);
    }

    void start(@Observes StartupEvent start) {
        if (readUrl.isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(this::watch, "read-replica-check");
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

    /** Whether a plain read may go to the standby now. */
    public boolean serves() {
        State s = state;
        return s.standby() == Standby.CAUGHT_UP && s.token().equals(version.token());
    }

    public State state() {
        return state;
    }

    /** A read could not get a standby connection: it goes to the primary, and so do the next until a check passes. */
    void failed(SQLException e) {
        State s = state;
        if (s.standby() != Standby.DOWN) {
            LOG.warnf("Read replica unavailable (%s): reads go to the primary", e.getMessage());
        }
        state = new State(s.token(), Standby.DOWN, -1);
    }

    void counted(boolean onStandby) {
        (onStandby ? toStandby : toPrimary).increment();
    }

    private void watch() {
        while (running) {
            long began = System.nanoTime();
            check();
            long rest = nextCheckIn() - (System.nanoTime() - began);
            if (rest > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(rest);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
        close(primary);
        close(standby);
    }

    /**
     * The check interval; sooner while a change this pod heard of is not yet seen on an answering standby,
     * so reads return to the standby a few milliseconds after it has replayed the change, not up to an interval.
     */
    private long nextCheckIn() {
        State s = state;
        long interval = config.checkInterval().toNanos();
        boolean waitingForChange = s.standby() != Standby.DOWN && !serves();
        return waitingForChange ? Math.min(interval, SOON.toNanos()) : interval;
    }

    private static final Duration SOON = Duration.ofMillis(25);

    /** One check: the primary's position first (after the token was read), then the standby's replay position. */
    void check() {
        String token = version.token();
        String primaryLsn = primaryPosition();
        Mark m = mark;
        if (primaryLsn != null && (m == null || !m.token().equals(token))) {
            m = new Mark(token, primaryLsn, version.heardAt());
            mark = m;
        }
        if (m == null || !m.token().equals(token)) {
            return; // the primary did not answer: nothing can be said of the newest change
        }
        State previous = state;
        State next;
        try {
            if (standby == null) {
                standby = DriverManager.getConnection(readUrl.get(), readLogin);
            }
            try (PreparedStatement s = standby.prepareStatement(STANDBY_POSITION)) {
                s.setQueryTimeout(timeoutSeconds());
                s.setString(1, m.lsn());
                s.setString(2, primaryLsn == null ? m.lsn() : primaryLsn);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    next = new State(token, r.getBoolean(1) ? Standby.CAUGHT_UP : Standby.BEHIND, r.getLong(2));
                }
            }
        } catch (SQLException e) {
            close(standby);
            standby = null;
            next = new State(token, Standby.DOWN, -1);
            if (previous.standby() != Standby.DOWN) {
                LOG.warnf("Read replica unavailable (%s): reads go to the primary", e.getMessage());
            }
        }
        if (next.standby() == Standby.CAUGHT_UP
                && !(previous.standby() == Standby.CAUGHT_UP && previous.token().equals(token))) {
            if (previous.standby() == Standby.DOWN || previous.standby() == Standby.UNKNOWN) {
                LOG.infof("Read replica answers and has replayed the newest change: reads go to it again");
            } else {
                catchUp.record(System.nanoTime() - m.heardAt(), TimeUnit.NANOSECONDS);
            }
        }
        state = next;
    }

    private String primaryPosition() {
        try {
            if (primary == null) {
                primary = DriverManager.getConnection(primaryUrl, primaryLogin);
            }
            try (Statement s = primary.createStatement()) {
                s.setQueryTimeout(timeoutSeconds());
                try (ResultSet r = s.executeQuery(PRIMARY_POSITION)) {
                    r.next();
                    return r.getString(1);
                }
            }
        } catch (SQLException e) {
            close(primary);
            primary = null;
            return null;
        }
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, config.timeout().toSeconds());
    }

    private static Properties login(Optional<String> user, Optional<String> password, Duration timeout) {
        Properties p = new Properties();
        user.ifPresent(u -> p.setProperty("user", u));
        password.ifPresent(pw -> p.setProperty("password", pw));
        String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
        p.setProperty("connectTimeout", seconds);
        p.setProperty("loginTimeout", seconds);
        p.setProperty("socketTimeout", Long.toString(Math.max(2, timeout.toSeconds() * 2)));
        p.setProperty("ApplicationName", "zhibiao-replica-check");
        return p;
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // gone already
            }
        }
    }
}
