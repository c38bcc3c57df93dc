package io.zhibiao.system.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client: each holds up to {@code burst} calls and refills at {@code perMinute}. A
 * plain class with a clock, so its arithmetic is tested without waiting.
 */
final class ClientBuckets {

    /** Clients remembered at once; an idle client's bucket is full again, so forgetting it changes nothing. */
    private static final int MAX_CLIENTS = 10_000;

    private final double burst;
    private final double perNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientBuckets(int perMinute, int burst, LongSupplier clock) {
        this.burst = Math.max(1, burst);
        this.perNano = Math.max(1, perMinute) / 60e9;
        this.clock = clock;
    }

    /** Takes one call from {@code client}'s bucket: 0 when allowed, else the seconds until one is. */
    long take(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
        }
    }

    int clients() {
        return buckets.size();
    }

    private void forgetIdle(long now) {
        long full = (long) (burst / perNano);
        buckets.entrySet().removeIf(e -> now - e.getValue().at >= full);
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // a flood of addresses: start over rather than grow
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
