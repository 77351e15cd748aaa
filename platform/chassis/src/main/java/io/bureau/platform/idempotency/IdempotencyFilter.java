package io.bureau.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.platform.problem.ProblemException;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.problem.Problems;
import io.bureau.platform.security.CurrentCaller;

/**
 * Makes every POST safe to retry, for every resource, when the client sends an
 * {@code Idempotency-Key}: the first request with a key runs and its answer is kept; a repeat by
 * the same caller with the same key, method, path and body gets that answer again (status, body,
 * ETag, Location) without running; a repeat with anything else is a 422; a repeat while the first
 * is still running is a 409. A 5xx answer is forgotten, so the retry runs; a 4xx is kept.
 *
 * <p>Why reserve, run, then store, rather than record the key in the transaction of the effect:
 * that would need every service method to take part, and the filter sees neither the transaction
 * nor the effect. The price is a short window between the effect's commit and the answer's: if
 * the process dies there, the reservation stays unanswered, repeats get 409 until
 * {@code bureau.idempotency.in-flight-timeout} has passed, and then a repeat runs again. A
 * service whose creates must never repeat keeps a unique constraint on what identifies the thing
 * (a work e-mail), which turns that rare second run into a 409.
 *
 * <p>Keys are per caller (the token's subject) and live for {@code bureau.idempotency.retention};
 * a job purges older ones every {@code bureau.idempotency.purge-every}.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final String RESERVED = IdempotencyFilter.class.getName() + ".reserved";

    @Inject
    IdempotencyStore store;

    @Inject
    CurrentCaller caller;

    @Inject
    ObjectMapper json;

    private record Reservation(String caller, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String offered = request.getHeaderString(IdempotencyKeys.HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || offered == null) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String key;
        try {
            key = IdempotencyKeys.require(offered);
        } catch (ProblemException invalid) {
            request.abortWith(ProblemResponses.response(invalid, path));
            return;
        }
        byte[] body = new byte[0];
        if (request.hasEntity()) {
            try (InputStream in = request.getEntityStream()) {
                body = in.readAllBytes();
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String target = query == null ? path : path + "?" + query;
        String subject = caller.subject();
        IdempotencyStore.Outcome outcome = store.reserve(subject, key, request.getMethod(), target, sha256(body));
        if (outcome instanceof IdempotencyStore.Reserved) {
            request.setProperty(RESERVED, new Reservation(subject, key));
        } else if (outcome instanceof IdempotencyStore.InFlight) {
            request.abortWith(Response.fromResponse(ProblemResponses.response(
                    409, Problems.type("idempotency-key-in-flight"), "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly", path,
                    List.of(), Map.of())).header(HttpHeaders.RETRY_AFTER, 1).build());
        } else if (outcome instanceof IdempotencyStore.Mismatch mismatch) {
            request.abortWith(ProblemResponses.response(
                    422, Problems.type("idempotency-key-reused"), "Idempotency-Key used for another request",
                    "This Idempotency-Key was first used for " + mismatch.method() + " " + mismatch.path()
                            + " with another body; send a new key for a new request", path, List.of(), Map.of()));
        } else if (outcome instanceof IdempotencyStore.Replay replay) {
            request.abortWith(replayed(replay.answer()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RESERVED) instanceof Reservation reservation)) {
            return;
        }
        request.removeProperty(RESERVED);
        byte[] body = response.getStatus() >= 500 ? null : serialized(response.getEntity());
        if (body == null) {
            store.forget(reservation.caller(), reservation.key());
            return;
        }
        store.answer(reservation.caller(), reservation.key(), new IdempotencyStore.StoredAnswer(response.getStatus(),
                response.getMediaType() == null ? null : response.getMediaType().toString(),
                response.getHeaderString(HttpHeaders.ETAG), response.getHeaderString(HttpHeaders.LOCATION), body));
    }

    private static Response replayed(IdempotencyStore.StoredAnswer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status())
                .header("Idempotent-Replayed", "true");
        if (answer.body() != null && answer.body().length > 0) {
            builder.entity(answer.body()).type(answer.contentType());
        }
        if (answer.etag() != null) {
            builder.header(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.location() != null) {
            builder.header(HttpHeaders.LOCATION, answer.location());
        }
        return builder.build();
    }

    /** The body as the client received it: text as is, anything else as the app's JSON; null if it cannot be kept. */
    private byte[] serialized(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (IOException e) {
            LOG.warnf("An answer of type %s cannot be kept for replay; a repeat will run again",
                    entity.getClass().getName());
            return null;
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
