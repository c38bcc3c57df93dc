package io.zhibiao.feed;

import java.util.Set;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.zhibiao.changes.SeriesKey;

/** One open stream: its response and what it asked to hear about (empty sets: everything). */
final class StreamClient {

    private final HttpServerResponse response;
    private final Set<String> indicators;
    private final Set<String> regions;
    /** Changes up to this id are already sent (or were before the client's Last-Event-ID); guarded by the hub. */
    long sentUpTo;

    StreamClient(HttpServerResponse response, Set<String> indicators, Set<String> regions) {
        this.response = response;
        this.indicators = indicators;
        this.regions = regions;
    }

    boolean wants(SeriesKey series) {
        return (indicators.isEmpty() || indicators.contains(series.indicator()))
                && (regions.isEmpty() || regions.contains(series.region()));
    }

    /**
     * Writes an event; false when the stream is gone. A client that does not read (its write queue full) is
     * closed rather than buffered without bound: it resumes from its Last-Event-ID without loss.
     */
    boolean send(Buffer event) {
        if (response.closed() || response.ended()) {
            return false;
        }
        if (response.writeQueueFull()) {
            response.close();
            return false;
        }
        response.write(event);
        return true;
    }

    void end() {
        if (!response.closed() && !response.ended()) {
            response.end();
        }
    }
}
