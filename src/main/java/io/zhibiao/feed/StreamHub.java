package io.zhibiao.feed;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.zhibiao.changes.Change;
import io.zhibiao.changes.ChangeConsumer;
import io.zhibiao.changes.ChangeEpoch;
import io.zhibiao.changes.SeriesKey;
import io.zhibiao.extract.Breakdowns;
import io.zhibiao.series.SeriesAnswers;
import io.zhibiao.series.SeriesRequest;
import io.zhibiao.system.DaemonThreads;
import io.zhibiao.system.http.AnswerEtags;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Fans the change log out to every open stream of this instance: the instance's one change listener
 * (io.zhibiao.changes.ChangeListener) hands it each new change once, and it writes each event to the streams that
 * want it, so a thousand clients cost one series query per change, not one per client.
 */
@ApplicationScoped
class StreamHub implements ChangeConsumer {

    private static final Logger LOG = Logger.getLogger(StreamHub.class);
    private static final int PAGE = 1000;
    static final Buffer HEARTBEAT = Buffer.buffer(": heartbeat\n\n");

    @Inject
    ChangeFeed changes;
    @Inject
    SeriesAnswers series;
    @Inject
    StreamConfig config;
    @Inject
    MeterRegistry registry;
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
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("stream-heartbeat"));

    /** After the change listener (5), before the seeds load (priority 20): streams start at the newest change. */
    void start(@Observes @Priority(6) StartupEvent start) {
        synchronized (lock) {
            position = Math.max(position, changes.newestId());
        }
        Gauge.builder("zhibiao.stream.clients", clients, Set::size)
                .description("Open Server-Sent Events streams of /api/stream on this instance")
                .register(registry);
        long beat = config.heartbeat().toMillis();
        heartbeats.scheduleAtFixedRate(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** Streams never finish by themselves: end them as shutdown begins, so in-flight requests can drain. */
    void shutdownBegins(@Observes ShutdownDelayInitiatedEvent event) {
        endAll();
    }

    void stop(@Observes ShutdownEvent stop) {
        heartbeats.shutdownNow();
        endAll();
    }

    int clients() {
        return clients.size();
    }

    /**
     * Adds a stream. With a Last-Event-ID, first sends what it missed after that id (from the change log), then
     * it hears what comes next; the 'ready' event carries the cursor it is at. A Last-Event-ID of an earlier epoch
     * ({@code staleCursor}: the database was restored since) gets a resync event instead of any replay. Runs on a
     * worker thread.
     */
    void join(StreamClient client, Long lastEventId, String staleCursor) {
        synchronized (lock) {
            if (staleCursor != null && !client.send(resync("The event id '" + staleCursor + "' is of an earlier epoch "
                    + "of the change log: the database was restored to an earlier state since"))) {
                return;
            }
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
            String cursor = changes.cursor(client.sentUpTo);
            client.send(Buffer.buffer("event: ready\nid: " + cursor + "\ndata: "
                    + new JsonObject().put("cursor", cursor).encode() + "\n\n"));
            clients.add(client);
        }
    }

    void leave(StreamClient client) {
        clients.remove(client);
    }

    /** New changes from the listener, oldest first: each goes to the streams that want it (a replay may have sent it). */
    @Override
    public void changed(List<Change> fresh) {
        synchronized (lock) {
            for (Change c : fresh) {
                if (c.id() > position) {
                    broadcast(c);
                    position = c.id();
                }
            }
        }
    }

    /**
     * The database was rewound: the ids of the changes sent so far now name other changes. Every open stream gets a
     * resync event (with the new cursor as its id, so a reconnect resumes in the new epoch) and hears the changes
     * after {@code newest}; nothing of the earlier history is replayed.
     */
    @Override
    public void rewound(ChangeEpoch.Epoch epoch, long newest) {
        synchronized (lock) {
            position = newest;
            recentEvents.clear();
            Buffer event = resync("The database was restored to an earlier state: epoch '" + epoch.name() + "' begins");
            for (StreamClient client : clients) {
                if (!client.send(event)) {
                    clients.remove(client);
                }
                client.sentUpTo = newest;
            }
        }
    }

    /**
     * A resync event: what the client shows may include changes that no longer exist; it should read everything
     * again (the data says how) and go on from the cursor the event carries as its id. Callers hold {@code lock}.
     */
    private Buffer resync(String why) {
        String cursor = changes.cursor(position);
        String data = new JsonObject().put("cursor", cursor).put("detail", why + ". Read again everything you show; "
                + "changes follow from this cursor.").encode();
        return Buffer.buffer("event: resync\nid: " + cursor + "\ndata: " + data + "\n\n");
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
        synchronized (lock) { // not in the middle of an event
            for (StreamClient client : clients) {
                if (!client.send(HEARTBEAT)) {
                    clients.remove(client);
                }
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
        String id = changes.cursor(c.id());
        SeriesKey key = c.series();
        SeriesRequest request = SeriesRequest.of(key.indicator(), key.region(), key.periodType(), key.breakdown());
        AnswerEtags.Json etag = currentEtag(request);
        JsonObject data = new JsonObject().put("cursor", id).put("indicator", key.indicator())
                .put("region", key.region()).put("periodType", key.periodType());
        if (!key.isTotal()) { // as in the JSON answers: absent for the indicator's total
            data.put("breakdown", new JsonObject(new java.util.LinkedHashMap<String, Object>(Breakdowns.of(key.breakdown()))));
        }
        data.put("version", id).put("url", "/api/series?" + request.query())
                .put("etag", etag == null ? null : etag.plain()).put("etagGzip", etag == null ? null : etag.gzip())
                .put("reason", c.reason().wire()).put("documentId", c.documentId());
        return Buffer.buffer("id: " + id + "\nevent: change\ndata: " + data.encode() + "\n\n");
    }

    /** The ETags of the series' JSON as GET answers it now: the same service, the same bytes. */
    private AnswerEtags.Json currentEtag(SeriesRequest request) {
        try {
            return series.etags(request);
        } catch (RuntimeException e) {
            LOG.debugf("No ETag for %s: %s", request, e.getMessage());
            return null;
        }
    }
}
