package io.bureau.staff.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of every error this service answers (RFC 9457 {@code application/problem+json}), for
 * the OpenAPI document only: the chassis' mappers write the bodies.
 */
@Schema(name = "StaffProblem", description = "An RFC 9457 problem; 'type' is a stable URN clients may switch on")
public record StaffProblem(
        @Schema(examples = "urn:bureau:problem:validation") String type,
        @Schema(examples = "The request is not valid") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "workEmail: must be a well-formed email address") String detail,
        @Schema(examples = "/api/v1/employees") String instance,
        String requestId,
        @Schema(description = "For validation problems: each invalid field and why") List<StaffProblemField> errors,
        @Schema(description = "For illegal state changes: the state the resource is in") String currentState,
        @Schema(description = "For illegal state changes: the moves the current state allows") List<String> allowedTransitions,
        @Schema(description = "For 412: the version to read and retry against") Long currentVersion) {

    /** The media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "StaffProblemField")
    public record StaffProblemField(@Schema(examples = "workEmail") String field,
                                    @Schema(examples = "must be a well-formed email address") String message) {
    }
}
