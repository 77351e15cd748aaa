package io.bureau.platform.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.bureau.platform.idempotency.IdempotencyKeys;

/**
 * Documents what every service answers the same way, so resources annotate only their own
 * answers: the shared problems (each an {@code application/problem+json} {@code Problem}, added
 * where the operation can give it and the resource has not documented that status with a body),
 * the {@code Idempotency-Key} header of every POST, and the document's servers and licence.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String IF_MATCH = "If-Match";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Info info = openAPI.getInfo() == null ? OASFactory.createInfo() : openAPI.getInfo();
        if (info.getLicense() == null) {
            info.license(OASFactory.createLicense().name("Apache-2.0").identifier("Apache-2.0"));
        }
        openAPI.info(info);
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("This service, or the gateway in front of it (both serve the same paths)"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                (method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (method == PathItem.HttpMethod.POST && !hasHeader(operation, IdempotencyKeys.HEADER)) {
            operation.addParameter(OASFactory.createParameter().name(IdempotencyKeys.HEADER).in(Parameter.In.HEADER)
                    .required(false)
                    .description("Makes a retry safe: a repeat with the same key and body answers the first result "
                            + "instead of acting again. 1 to 255 visible ASCII characters; remembered for "
                            + "bureau.idempotency.retention (24 hours unless configured).")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                            .minLength(1).maxLength(255).pattern(IdempotencyKeys.PATTERN)));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.responses(responses);
        }
        add(responses, "400", "The request is not valid: each invalid field, parameter or header is named");
        add(responses, "401", "No valid bearer token");
        add(responses, "403", "The caller's role, or their relation to this record, does not allow it");
        if (path.contains("{")) {
            add(responses, "404", "Nothing exists at this path");
        }
        if (answersContent(responses)) {
            add(responses, "406", "None of the media types in Accept can be answered");
        }
        if (hasHeader(operation, IF_MATCH)) {
            add(responses, "412", "If-Match does not name the current version; read it again and retry");
        }
        // A body may come with any POST, PUT or PATCH, even one that reads none: it is still size- and type-checked.
        if (operation.getRequestBody() != null || method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(responses, "413", "The request body is larger than the service accepts");
            add(responses, "415", "The request body's Content-Type is not one the operation reads");
        }
        if (hasHeader(operation, IdempotencyKeys.HEADER)) {
            add(responses, "409", "A request with this Idempotency-Key is still being processed; retry later");
            add(responses, "422", "This Idempotency-Key was used for a different request (another body or path)");
        }
        add(responses, "500", "Something went wrong on our side; the problem carries the requestId to quote");
        APIResponse unavailable = add(responses, "503", "A backing system (the database) cannot be reached; retry after the time given");
        if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
            unavailable.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
        }
    }

    /** The resource's own documentation of a status wins; a bodiless one (smallrye's 401/403) gains the Problem body. */
    private static APIResponse add(APIResponses responses, String status, String description) {
        APIResponse documented = responses.getAPIResponse(status);
        if (documented == null) {
            documented = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, documented);
        }
        if (documented.getContent() == null || documented.getContent().getMediaTypes() == null
                || documented.getContent().getMediaTypes().isEmpty()) {
            documented.content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
        return documented;
    }

    private static boolean hasHeader(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean answersContent(APIResponses responses) {
        Map<String, APIResponse> all = responses.getAPIResponses();
        return all != null && all.entrySet().stream().anyMatch(e -> e.getKey().startsWith("2")
                && e.getValue().getContent() != null && e.getValue().getContent().getMediaTypes() != null
                && !e.getValue().getContent().getMediaTypes().isEmpty());
    }
}
