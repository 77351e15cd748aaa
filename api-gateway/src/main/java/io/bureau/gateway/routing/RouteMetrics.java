package io.bureau.gateway.routing;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Per-route latency as a Prometheus histogram (http_server_requests_seconds_bucket by uri, method
 * and status), so p50/p99 per route can be computed across replicas; buckets from 1 ms to 10 s.
 */
@Singleton
public class RouteMetrics {

    @Produces
    @Singleton
    MeterFilter routeLatencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(millis(1), millis(2), millis(5), millis(10), millis(25), millis(50),
                                millis(100), millis(250), millis(500), millis(1000), millis(2500), millis(10000))
                        .build().merge(config);
            }
        };
    }

    private static double millis(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }
}
