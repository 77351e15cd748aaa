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

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
