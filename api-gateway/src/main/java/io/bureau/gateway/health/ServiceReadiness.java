package io.bureau.gateway.health;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.bureau.gateway.routing.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The gateway's readiness, one check per service ({@code staff-service}, ...), fed by a probe of
 * each service's own readiness every {@code bureau.gateway.health-check-every}:
 * <ul>
 * <li>DOWN until the service has been ready once since the gateway started, so the gateway is not
 * ready before the system behind it is;</li>
 * <li>after that UP, with {@code reachable} true or false: a service that goes down later must not
 * take the gateway out of its load balancer, or the routes of every other service would go with it.
 * Its own routes answer 503 problems meanwhile.</li>
 * </ul>
 * Liveness is the gateway alone: nothing here is a liveness check.
 */
@Singleton
public class ServiceReadiness {

    record State(boolean reachable, Instant lastReady, String lastProblem) {
    }

    private final GatewayConfig config;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public ServiceReadiness(GatewayConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent start, Vertx vertx, @Readiness HealthRegistry readiness) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()).setKeepAlive(true));
        config.services().forEach((service, route) -> {
            states.put(service, new State(false, null, "not checked yet"));
            readiness.register(service + "-service", () -> check(service, route.readinessUrl().toString()));
            Runnable probe = () -> probe(client, service, new RequestOptions().setMethod(HttpMethod.GET)
                    .setAbsoluteURI(route.readinessUrl().toString()).setTimeout(config.healthCheckEvery().toMillis()));
            probe.run();
            vertx.setPeriodic(config.healthCheckEvery().toMillis(), id -> probe.run());
        });
    }

    private void probe(HttpClient client, String service, RequestOptions request) {
        client.request(request)
                .compose(req -> req.send())
                .onSuccess(response -> {
                    response.body();
                    record(service, response.statusCode() == 200, "readiness answered " + response.statusCode());
                })
                .onFailure(failure -> record(service, false, failure.getMessage()));
    }

    void record(String service, boolean ready, String problem) {
        states.compute(service, (s, previous) -> ready ? new State(true, Instant.now(), null)
                : new State(false, previous == null ? null : previous.lastReady(), problem));
    }

    HealthCheckResponse check(String service, String url) {
        State state = states.getOrDefault(service, new State(false, null, "not checked yet"));
        var response = HealthCheckResponse.named(service + "-service")
                .status(state.reachable() || state.lastReady() != null)
                .withData("reachable", state.reachable())
                .withData("readiness", url);
        if (state.lastReady() != null) {
            response.withData("lastReady", state.lastReady().toString());
        }
        if (state.lastProblem() != null) {
            response.withData("problem", state.lastProblem());
        }
        return response.build();
    }
}
