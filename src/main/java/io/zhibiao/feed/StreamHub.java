package io.zhibiao.feed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.zhibiao.series.SeriesResource;
import io.zhibiao.system.DataChanged;
import io.zhibiao.system.DataVersion;
import io.zhibiao.system.http.AnswerEtags;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Fans the change log out to every open stream of this instance: one thread LISTENs for committed changes
 * (and polls as a fallback), reads the new rows once, and writes each event to the streams that want it, so
 * a thousand clients cost one query per change, not one per client.
 */
@ApplicationScoped
class StreamHub {

    private static final Logger LOG = Logger.getLogger(StreamHub.class);
    private static final int PAGE = 1000;
    private static final int WAKE_MS = 50;
    static final Buffer HEARTBEAT = Buffer.buffer(": heartbeat\n\n");

    private final Changes changes;
    private final SeriesResource series;
    private final AnswerEtags etags;
    private final StreamConfig config;
    private final MeterRegistry registry;
    private final String url;
    private final String user;
    private final String password;
    private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
    // Held while events are written and while a client joins, so a joining client's replay and the
    // broadcast meet at 'position' with nothing lost and nothing twice.
    private final Object lock = new Object();
    private long position;
    /**
     * The newest events as written (under {@code lock}): each costs a series query for its ETag, so clients that
     * reconnect together replay them without one query per client and change.
     */
    private final java.util.LinkedHashMap<Long, Buffer> recentEvents = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, Buffer> eldest) {
            return size() > PAGE;
        }
    };
    private volatile boolean running;
    private volatile boolean readSoon;
    private Thread thread;

    StreamHub(Changes changes, SeriesResource series, AnswerEtags etags, StreamConfig config, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.changes = changes;
        this.series = series;
        this.etags = etags;
        this.config = config;
        this.registry = registry;
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse("");
    }

    /** After the migrations, before the seeds load (priority 20): streams start at the newest change. */
    void start(@Observes @Priority(6) StartupEvent start) {
        position = changes.current();
        Gauge.builder("zhibiao.stream.clients", clients, Set::size)
                .description("Open Server-Sent Events streams of /api/stream on this instance")
                .register(registry);
        running = true;
        thread = new Thread(this::listen, "change-stream");
        thread.setDaemon(true);
        thread.start();
    }

    /** Streams never finish by themselves: end them as shutdown begins, so in-flight requests can drain. */
    void shutdownBegins(@Observes ShutdownDelayInitiatedEvent event) {
        endAll();
    }

    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(2000);
        }
        endAll();
    }

    /** A change committed here: read it now rather than at the NOTIFY (which follows at once anyway). */
    void ownCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        readSoon = true;
    }

    int clients() {
        return clients.size();
    }

    /**
     * Adds a stream. With a Last-Event-ID, first sends what it missed after that id (from the change log), then
     * it hears what comes next; the 'ready' event carries the cursor it is at. Runs on a worker thread.
     */
    void join(StreamClient client, Long lastEventId) {
        synchronized (lock) {
            long from = lastEventId == null ? position : lastEventId;
            client.sentUpTo = from;
            while (client.sentUpTo < position) { // a replay: no query for a client that missed nothing
                List<Change> missed = changes.between(client.sentUpTo, position, PAGE);
                for (Change c : missed) {
                    if (client.wants(c.series()) && !client.send(eventOf(c))) {
                        return;
                    }
                    client.sentUpTo = c.id();
                }
                if (missed.size() < PAGE) {
                    break;
                }
            }
            client.sentUpTo = Math.max(from, position);
            client.send(Buffer.buffer("event: ready\nid: " + client.sentUpTo + "\ndata: "
                    + new JsonObject().put("cursor", Long.toString(client.sentUpTo)).encode() + "\n\n"));
            clients.add(client);
        }
    }

    void leave(StreamClient client) {
        clients.remove(client);
    }

    private void listen() {
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + DataVersion.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                readNew(c);
                long nextPoll = System.nanoTime() + config.pollInterval().toNanos();
                long nextBeat = System.nanoTime() + config.heartbeat().toNanos();
                while (running) {
                    PGNotification[] heard = pg.getNotifications(WAKE_MS);
                    long now = System.nanoTime();
                    if ((heard != null && heard.length > 0) || readSoon || now >= nextPoll) {
                        readSoon = false;
                        readNew(c);
                        nextPoll = now + config.pollInterval().toNanos();
                    }
                    if (now >= nextBeat) {
                        heartbeat();
                        nextBeat = now + config.heartbeat().toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Change stream lost its database connection (%s); reconnecting in 1 s", e.getMessage());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /**
     * Reads the change log past 'position' and sends each change to the streams that want it. On the listening
     * connection, not the pool: the poll runs every second and must not compete with requests for connections.
     */
    private void readNew(Connection connection) throws SQLException {
        List<Change> fresh;
        do {
            fresh = new ArrayList<>();
            try (PreparedStatement read = connection.prepareStatement(Changes.AFTER)) {
                read.setLong(1, position);
                read.setInt(2, PAGE);
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        fresh.add(new Change(r.getLong(1), new SeriesKey(r.getString(2), r.getString(3), r.getString(4)),
                                ChangeReason.of(r.getString(5)), r.getLong(6)));
                    }
                }
            }
            synchronized (lock) {
                for (Change c : fresh) {
                    broadcast(c);
                    position = c.id();
                }
            }
        } while (fresh.size() == PAGE);
    }

    private void broadcast(Change c) {
        Buffer event = null;
        for (StreamClient client : clients) {
            if (client.sentUpTo >= c.id() || !client.wants(c.series())) {
                continue;
            }
            if (event == null) {
                event = eventOf(c); // written once, sent to every stream that wants it
            }
            if (!client.send(event)) {
                clients.remove(client);
            }
            client.sentUpTo = c.id();
        }
    }

    private void heartbeat() {
        for (StreamClient client : clients) {
            if (!client.send(HEARTBEAT)) {
                clients.remove(client);
            }
        }
    }

    private void endAll() {
        for (StreamClient client : clients) {
            client.end();
        }
        clients.clear();
    }

    /** The event of a change, written once while it is among the newest (callers hold {@code lock}). */
    private Buffer eventOf(Change c) {
        return recentEvents.computeIfAbsent(c.id(), id -> event(c));
    }

    /**
     * One event: the cursor as its id; as data the series key, its URL and the ETags a GET of it gives now (plain and
     * gzipped; null when the series cannot be answered, e.g. its indicator is gone), so a dashboard holding that
     * ETag knows its answer is current.
     */
    Buffer event(Change c) {
        String id = Long.toString(c.id());
        String url = "/api/series?indicator=" + encode(c.series().indicator()) + "&region=" + c.series().region()
                + "&periodType=" + c.series().periodType();
        AnswerEtags.Json etag = currentEtag(c.series());
        String data = new JsonObject().put("cursor", id).put("indicator", c.series().indicator())
                .put("region", c.series().region()).put("periodType", c.series().periodType()).put("version", id)
                .put("url", url).put("etag", etag == null ? null : etag.plain())
                .put("etagGzip", etag == null ? null : etag.gzip())
                .put("reason", c.reason().wire()).put("documentId", c.documentId()).encode();
        return Buffer.buffer("id: " + id + "\nevent: change\ndata: " + data + "\n\n");
    }

    /** The ETags of the series' JSON as GET answers it now: the same resource method, the same bytes. */
    private AnswerEtags.Json currentEtag(SeriesKey key) {
        try {
            return etags.of(series.series(key.indicator(), key.region(), null, null, null, key.periodType(), null, null,
                    null));
        } catch (RuntimeException e) {
            LOG.debugf("No ETag for %s: %s", key, e.getMessage());
            return null;
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
