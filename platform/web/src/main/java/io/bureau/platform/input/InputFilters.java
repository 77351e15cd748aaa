package io.bureau.platform.input;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.problem.Problems;

/** Checks every request makes before a resource sees it: readable text, and a body it can read. */
public class InputFilters {

    /** A control character in a query parameter or the path is a 400 naming it, before any query runs. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> controlCharacters(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                int found = ControlCharacters.firstIn(value);
                if (found >= 0) {
                    return Optional.of(refuse(parameter.getKey(), ControlCharacters.describe(found), uri));
                }
            }
        }
        int found = ControlCharacters.firstIn(uri.getPath());
        return found >= 0 ? Optional.of(refuse("path", ControlCharacters.describe(found), uri)) : Optional.empty();
    }

    /**
     * An operation that does not declare what it consumes reads JSON: any other Content-Type is a
     * 415 (JAX-RS would otherwise hand the body to whichever reader accepts it).
     */
    @ServerRequestFilter
    public Optional<Response> jsonBodies(ContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
        if (!request.hasEntity() || resource.getResourceMethod() == null
                || resource.getResourceMethod().isAnnotationPresent(Consumes.class)
                || resource.getResourceClass().isAnnotationPresent(Consumes.class)) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        boolean json = type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
        if (json) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.response(415, "unsupported-media-type", "Unsupported Media Type",
                "Send the body as application/json, not " + (type == null ? "without a Content-Type" : type.toString()),
                uri.getRequestUri().getRawPath()));
    }

    private static Response refuse(String field, String message, UriInfo uri) {
        return ProblemResponses.response(Problems.invalidField(field, message), uri.getRequestUri().getRawPath());
    }
}
