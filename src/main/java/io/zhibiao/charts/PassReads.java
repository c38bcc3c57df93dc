package io.zhibiao.charts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the charts of one pre-rendering pass would read more than once, read once: the chosen rows of a series (a
 * level-growth chart draws the rows of its level's series chart and of its growth rate's) and the written unit of an
 * indicator (every chart of it reads it). Kept for one pass only: a change committed after a read queues the next pass,
 * which reads anew, so no chart stays drawn from older data than before. Charts drawn on request keep nothing.
 */
final class PassReads {

    /** Reads everything afresh: charts on request, one chart drawn on its own. */
    static final PassReads NONE = new PassReads(null);

    private final Map<String, Object> kept;

    private PassReads(Map<String, Object> kept) {
        this.kept = kept;
    }

    /** For one pass, on every drawing thread of it. */
    static PassReads forPass() {
        return new PassReads(new ConcurrentHashMap<>());
    }

    /**
     * What {@code read} gives for {@code key}, read at most once a pass (two threads that ask at the same moment may
     * both read: the same answer, and cheaper than making one wait for the other's query).
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> read) {
        if (kept == null) {
            return read.get();
        }
        Object value = kept.get(key);
        if (value == null) {
            value = read.get();
            kept.put(key, value);
        }
        return (T) value;
    }
}
