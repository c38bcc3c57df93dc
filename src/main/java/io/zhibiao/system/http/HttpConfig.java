package io.zhibiao.system.http;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP caching of the read API: Cache-Control and the in-memory answers kept per data version. */
@ConfigMapping(prefix = "zhibiao.http")
public interface HttpConfig {

    /** Seconds a client may reuse a GET answer under /api without asking again (Cache-Control max-age). */
    @WithDefault("5")
    int maxAge();

    /**
     * Path prefixes under /api whose GET answers are not a function of the data version alone (charts
     * are re-rendered after it moves and carry their own ETags; the re-extraction status moves on its
     * own): no data-version ETag, never kept. The features name them in application.properties.
     */
    List<String> unversionedPaths();

    /** Paths that answer {@code format=jsonstat} (JSON-stat 2.0); elsewhere it is a 400 naming these. */
    List<String> jsonStatPaths();

    /**
     * How long after a data change answers stay untagged and unkept. 0 when reads go to the primary;
     * with a read replica (ZHIBIAO_READ_JDBC_URL set) at least 2 s is used, so an answer read from a
     * replica that has not replayed the change yet is never tagged with the new version.
     */
    @WithDefault("0s")
    java.time.Duration settleAfterChange();

    /** Limits every request meets before routing. */
    Edge edge();

    /** Answers kept in memory for the current data version. */
    ResponseCache responseCache();

    /** The in-memory answer cache; it is emptied whenever the data version changes. */
    interface ResponseCache {

        /** Keep serialized GET answers for the current data version and serve repeats from memory. */
        @WithDefault("true")
        boolean enabled();

        /** Most bytes of answers (bodies and keys) kept at once; beyond it new answers are not kept until the version changes. */
        @WithDefault("64M")
        io.quarkus.runtime.configuration.MemorySize maxBytes();

        /** Most answers kept at once; beyond it new answers are not kept until the version changes. */
        @WithDefault("2000")
        int maxEntries();

        /** Largest answer body kept, in bytes. */
        @WithDefault("1048576")
        int maxEntryBytes();
    }

    /** What every request meets before routing (HttpEdge). */
    interface Edge {

        /** Longest request target (path and query) accepted; 414 problem+json above. */
        @WithDefault("4096")
        int maxUriLength();

        /** Most bytes of request headers accepted; 431 problem+json above. */
        @WithDefault("16384")
        int maxHeaderBytes();

        /** Time a request body has to arrive in full; after it 408 and the connection is closed. */
        @WithDefault("10s")
        java.time.Duration bodyTimeout();
    }
}
