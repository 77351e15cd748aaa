package io.bureau.platform.problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.bureau.platform.input.ParameterReading;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure that reaches the HTTP layer into an RFC 9457 problem: the right 4xx with the
 * field and the reason for the caller's mistakes, a 500 without internals (but with the request
 * id to quote) for ours.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How long a client is asked to wait before retrying while the database cannot be reached. */
    static final String RETRY_AFTER_KEY = "bureau.unavailable.retry-after";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.response(e, path(uri));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return ProblemResponses.response(Problems.validation(errors), path(uri));
    }

    /** Listed one by one: Quarkus' own JSON mappers would otherwise win for the more specific types. */
    @ServerExceptionMapper({ UnrecognizedPropertyException.class, InvalidFormatException.class,
            MismatchedInputException.class, JsonParseException.class, JsonMappingException.class,
            JsonProcessingException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field.isEmpty() ? u.getPropertyName() : field;
            message = "unknown field; allowed fields: " + u.getKnownPropertyIds();
        } else if (e instanceof InvalidFormatException f) {
            message = f.getOriginalMessage().contains("control character not allowed")
                    ? "must not contain control characters"
                    : "cannot read '" + shortened(f.getValue()) + "' as " + f.getTargetType().getSimpleName();
        } else if (e instanceof JsonMappingException) {
            message = "has the wrong type or shape";
        } else {
            message = "the body is not well-formed JSON: " + e.getOriginalMessage();
        }
        return ProblemResponses.response(Problems.invalidField(field.isEmpty() ? "body" : field, message), path(uri));
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = ProblemResponses.response(401, "unauthenticated", "Authentication required",
                "Present a valid bearer token", path(uri));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.response(403, "forbidden", "Forbidden",
                "Your role does not allow this operation", path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        // A parameter its converter refused: JAX-RS says 404 for path and query parameters.
        if (cause != null && (status == 404 || status == 400)) {
            FieldError unreadable = ParameterReading.firstUnreadable(resource == null ? null : resource.getResourceMethod(), uri, headers)
                    .orElse(new FieldError("parameters", "a parameter cannot be read"));
            return ProblemResponses.response(Problems.validation(List.of(unreadable)), path(uri));
        }
        String reason = original.getStatusInfo().getReasonPhrase();
        String title = reason == null || reason.isBlank() ? "Request refused" : reason;
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
        Response problem = ProblemResponses.response(status, Problems.type(slug(title)), title,
                detail, path(uri), List.of(), Map.of());
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Unreachable.database(e)) {
            return unavailable(e, uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return ProblemResponses.response(500, "internal", "Internal error",
                "Something went wrong on our side; quote the requestId when reporting it", path(uri));
    }

    /** One line per request, not a stack trace: during an outage every request fails the same way. */
    private Response unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unreachable on %s: %s", path(uri), rootMessage(e));
        long retryAfter = ConfigProvider.getConfig().getOptionalValue(RETRY_AFTER_KEY, Duration.class)
                .orElse(Duration.ofSeconds(5)).toSeconds();
        Response problem = ProblemResponses.response(503, "unavailable", "Service unavailable",
                "The database cannot be reached just now; retry after " + retryAfter + " seconds", path(uri));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, Math.max(1, retryAfter)).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** A value echoed back is cut short: it may be a megabyte. */
    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * "create.request.address.city" → "address.city", "create.request.items[2].name" →
     * "items[2].name": method and parameter nodes are not fields, and a node's index belongs to
     * the list it is an element of, so it is written before the node's own name.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                if (field.length() == 0 && parameter != null) {
                    field.append(parameter);
                }
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter == null ? "request" : parameter;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
