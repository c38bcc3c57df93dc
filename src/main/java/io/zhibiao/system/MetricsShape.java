package io.zhibiao.system;

import java.time.Duration;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * How timings look in Prometheus: request latencies and the application's own timers as histograms, so
 * p95 and p99 can be read with {@code histogram_quantile}; and a 304 counted as the success it is.
 */
@Singleton
public class MetricsShape {

    /** Micrometer's name of the request timer (http_server_requests_seconds in Prometheus). */
    public static final String HTTP_SERVER = "http.server.requests";
    // Enough buckets to tell 1 ms from 2 ms and 10 s from 20 s, and few enough to keep a series per route small.
    private static final Duration SHORTEST = Duration.ofMillis(1);
    private static final Duration LONGEST = Duration.ofSeconds(30);

    /** Buckets for every timer of requests and of our own (names starting with "zhibiao."). */
    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER
                        || !(id.getName().equals(HTTP_SERVER) || id.getName().startsWith("zhibiao."))) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) SHORTEST.toNanos())
                        .maximumExpectedValue((double) LONGEST.toNanos())
                        .build().merge(config);
            }
        };
    }

    /**
     * Micrometer files a 304 under outcome REDIRECTION, which dashboards read as "not a success"; for a
     * polling API it is the cheapest success there is. The status label still says 304.
     */
    @Produces
    @Singleton
    MeterFilter notModifiedIsSuccess() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (id.getName().equals(HTTP_SERVER) && "304".equals(id.getTag("status"))) {
                    return id.replaceTags(Tags.of(id.getTagsAsIterable()).and("outcome", "SUCCESS"));
                }
                return id;
            }
        };
    }
}
