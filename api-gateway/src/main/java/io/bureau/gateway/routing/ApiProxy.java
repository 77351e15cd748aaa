package io.bureau.gateway.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.bureau.gateway.contract.MergedContract;
import io.bureau.gateway.limits.RateLimits;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.requestid.RequestIds;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Routes {@code /api/v1/<resource>/...} to the service that owns the resource, passing method,
 * path, query, headers and body through. The caller's token is verified here first (and again
 * by the service, which never trusts the network); a service that is down or does not answer
 * becomes a 503 problem, a resource nobody owns a 404 problem, and a body over the limit a 413
 * problem, with or without a Content-Length.
 */
@Singleton
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** The Vert.x context local Quarkus' HTTP metrics read the uri tag from. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    private static final Pattern API_PATH = Pattern.compile("/api/v1/([a-z0-9-]+)(/.*)?");

    private final GatewayConfig config;
    private final MergedContract contract;
    private final JWTParser jwtParser;
    private final long maxBodyBytes;
    private final RateLimits limits;

    public ApiProxy(GatewayConfig config, MergedContract contract, JWTParser jwtParser, RateLimits limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.config = config;
        this.limits = limits;
        this.contract = contract;
        this.jwtParser = jwtParser;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router, Vertx vertx) {
        Map<String, HttpProxy> proxyByService = new TreeMap<>();
        config.services().forEach((service, route) -> {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout((int) config.connectTimeout().toMillis())
                    .setIdleTimeout((int) config.idleTimeout().toSeconds())
                    .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(64));
            int port = route.url().getPort() > 0 ? route.url().getPort() : 80;
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(port, route.url().getHost());
            proxy.addInterceptor(new FailuresAsProblems(vertx, service, route.timeout().toMillis(),
                    new ServiceBreaker(config.breakerThreshold(), config.breakerOpenFor().toMillis()), maxBodyBytes));
            proxyByService.put(service, proxy);
        });
        Map<String, Route> routeByResource = new HashMap<>();
        contract.serviceByResource().forEach((resource, service) -> {
            HttpProxy proxy = proxyByService.get(service);
            if (proxy == null) {
                throw new IllegalStateException("The contract routes /api/v1/" + resource + " to " + service
                        + ", but bureau.gateway.services." + service + ".url is not configured");
            }
            routeByResource.put(resource, new Route(proxy, "/api/v1/" + resource, "/api/v1/" + resource + "/{path}"));
        });
        LOG.infof("Gateway routes: %s", describe());
        Map<String, Route> routes = Map.copyOf(routeByResource);
        router.routeWithRegex(API_PATH.pattern()).order(100).handler(rc -> route(rc, routes));
    }

    /** A resource's proxy and the uri tags its metrics carry, worked out once at start-up rather than per request. */
    private record Route(HttpProxy proxy, String template, String itemTemplate) {
    }

    private void route(RoutingContext rc, Map<String, Route> routes) {
        String resource = rc.pathParam("param0");
        Route route = routes.get(resource);
        if (route == null) {
            reply(rc, 404, "not-found", "Not found", "No API resource is called '" + resource + "'");
            return;
        }
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            reply(rc, 401, "unauthenticated", "Authentication required", "Present a valid bearer token");
            return;
        }
        String caller;
        try {
            caller = jwtParser.parse(authorization.substring(7).trim()).getSubject();
        } catch (ParseException e) {
            rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            reply(rc, 401, "unauthenticated", "Authentication required", "The bearer token is not valid");
            return;
        }
        long wait = limits.api(rc.request().method(), caller == null ? "" : caller);
        if (wait > 0) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            reply(rc, 429, "too-many-requests", "Too many requests",
                    "Too many requests of this kind by this caller; try again in " + wait + " s");
            return;
        }
        // Metrics name the route by resource, never by id (ApiProxy's template, like a JAX-RS path template).
        ContextLocals.put(URL_PATH_TEMPLATE, rc.pathParam("param1") == null ? route.template() : route.itemTemplate());
        route.proxy().handle(rc.request());
    }

    private static void reply(RoutingContext rc, int status, String slug, String title, String detail) {
        var body = ProblemResponses.body(status, Problems.type(slug), title, detail, rc.request().path(), List.of(), Map.of());
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .end(Json.encode(body));
    }

    private String describe() {
        Map<String, String> routes = new TreeMap<>();
        config.services().forEach((service, route) -> routes.put(service, route.url() + " "
                + contract.serviceByResource().entrySet().stream().filter(e -> e.getValue().equals(service))
                        .map(Map.Entry::getKey).toList()));
        return routes.toString();
    }

    /**
     * Failures become problems: a chunked body over the limit 413; a service that cannot be reached,
     * or whose breaker is open, 503 with Retry-After; one that does not answer in time 504. Never an
     * empty 502, and never a caller held longer than the route's timeout.
     */
    private static final class FailuresAsProblems implements ProxyInterceptor {

        private final Vertx vertx;
        private final String service;
        private final long timeoutMillis;
        private final ServiceBreaker breaker;
        private final long maxBodyBytes;

        FailuresAsProblems(Vertx vertx, String service, long timeoutMillis, ServiceBreaker breaker, long maxBodyBytes) {
            this.vertx = vertx;
            this.service = service;
            this.timeoutMillis = timeoutMillis;
            this.breaker = breaker;
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String requestId = context.request().headers().get(RequestIds.HEADER);
            Map<String, Object> extras = requestId == null ? Map.of() : Map.of("requestId", requestId);
            if (!breaker.allows(System.currentTimeMillis())) {
                long retryAfter = breaker.retryAfterSeconds(System.currentTimeMillis());
                return Future.succeededFuture(unavailable(context, extras, retryAfter, "The " + service
                        + " service failed several times in a row; its requests resume in " + retryAfter + " s"));
            }
            Body body = context.request().getBody();
            CappedBody capped = body != null && body.length() < 0 ? new CappedBody(body.stream(), maxBodyBytes) : null;
            if (capped != null) {
                context.request().setBody(Body.body(capped, -1));
            }
            Promise<ProxyResponse> answer = Promise.promise();
            long timer = vertx.setTimer(timeoutMillis, id -> {
                if (answer.tryComplete(problem(context, 504, "gateway-timeout", "Service did not answer in time",
                        "The " + service + " service did not answer within " + timeoutMillis + " ms", extras))) {
                    LOG.warnf("%s timed out for %s %s", service, context.request().getMethod(), context.request().getURI());
                    breaker.failed(System.currentTimeMillis());
                }
            });
            context.sendRequest().onComplete(sent -> {
                vertx.cancelTimer(timer);
                if (sent.succeeded()) {
                    if (answer.tryComplete(sent.result())) {
                        breaker.answered();
                    } else {
                        sent.result().release();
                    }
                    return;
                }
                if (capped != null && capped.exceeded()) {
                    // Sending it again would fail the same way: no Retry-After. The rest of the body
                    // is not read, so the connection cannot carry another request.
                    Map<String, Object> withLimit = new HashMap<>(extras);
                    withLimit.put("maxBytes", maxBodyBytes);
                    answer.tryComplete(problem(context, 413, "payload-too-large", "Request body too large",
                            "The body exceeds the limit of " + maxBodyBytes + " bytes", withLimit)
                            .putHeader(HttpHeaders.CONNECTION, "close"));
                    return;
                }
                LOG.warnf("%s unavailable for %s %s: %s", service, context.request().getMethod(), context.request().getURI(),
                        sent.cause().toString());
                breaker.failed(System.currentTimeMillis());
                answer.tryComplete(unavailable(context, extras, 5, "The " + service + " service is not answering; try again shortly"));
            });
            return answer.future();
        }

        private static ProxyResponse unavailable(ProxyContext context, Map<String, Object> extras, long retryAfterSeconds,
                String detail) {
            return problem(context, 503, "service-unavailable", "Service unavailable", detail, extras)
                    .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }

        private static ProxyResponse problem(ProxyContext context, int status, String slug, String title, String detail,
                Map<String, Object> extras) {
            var body = ProblemResponses.body(status, Problems.type(slug), title, detail, context.request().getURI(), List.of(), extras);
            return context.request().response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .setBody(Body.body(Buffer.buffer(Json.encode(body))));
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            // The gateway already answers with the request id; the service's copy would repeat it.
            context.response().headers().remove(RequestIds.HEADER);
            return context.sendResponse();
        }
    }
}
