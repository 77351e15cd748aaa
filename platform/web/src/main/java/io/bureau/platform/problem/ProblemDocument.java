package io.bureau.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of every error response (RFC 9457 {@code application/problem+json}), for OpenAPI
 * documents only: {@link ProblemMappers} write the bodies. Every service names the same schema,
 * {@code Problem}, so the gateway's merged contract holds one definition.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem; 'type' is a stable URN clients may switch on",
        requiredProperties = { "type", "title", "status" })
public record ProblemDocument(
        @Schema(examples = "urn:bureau:problem:validation") String type,
        @Schema(examples = "The request is not valid") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "workEmail: must be a well-formed email address") String detail,
        @Schema(examples = "/api/v1/employees") String instance,
        @Schema(description = "Quote it when reporting a problem; it is in every log line of the request") String requestId,
        @Schema(description = "For validation problems: each invalid field and why") List<Field> errors,
        @Schema(description = "For illegal state changes: the state the resource is in") String currentState,
        @Schema(description = "For illegal state changes: the moves the current state allows") List<String> allowedTransitions,
        @Schema(description = "For 412: the version to read again and retry against") Long currentVersion) {

    @Schema(name = "ProblemField", requiredProperties = { "field", "message" })
    public record Field(@Schema(examples = "workEmail") String field,
                        @Schema(examples = "must be a well-formed email address") String message) {
    }
}
