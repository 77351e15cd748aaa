package io.bureau.platform.requestid;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.problem.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The first handlers of every request, before JAX-RS: give it a request id (and echo it), and
 * refuse an oversize body with a 413 problem instead of an empty response.
 */
@Singleton
public class HttpEdgeRoutes {

    private final long maxBodyBytes;

    public HttpEdgeRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        String requestId = RequestIds.acceptOrCreate(rc.request().getHeader(RequestIds.HEADER));
        RequestIds.set(requestId);
        // Also on the request, so a proxy (the gateway) passes the same id on to the service.
        rc.request().headers().set(RequestIds.HEADER, requestId);
        rc.response().putHeader(RequestIds.HEADER, requestId);
        rc.addHeadersEndHandler(ignored -> securityHeaders(rc));
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            var body = ProblemResponses.body(413, Problems.type("payload-too-large"),
                    "Request body too large", "The body exceeds the limit of " + maxBodyBytes + " bytes",
                    rc.request().path(), List.of(), Map.of("maxBytes", maxBodyBytes));
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Json.encode(body));
            return;
        }
        rc.next();
    }

    /**
     * On every answer, whoever wrote it (a resource, a problem mapper, the gateway's proxy): the
     * browser must not sniff types, frame the API or send it as a referrer, and nothing personal may
     * be cached unless the answer says otherwise. Swagger UI needs its scripts and styles, so only
     * the API and the contract get the strict content policy.
     */
    private static void securityHeaders(RoutingContext rc) {
        var headers = rc.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        String path = rc.request().path();
        if (path == null || !path.contains("swagger-ui")) {
            headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        if (rc.request().isSSL() || "https".equalsIgnoreCase(rc.request().getHeader("X-Forwarded-Proto"))) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
