package io.bureau.platform.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the answers every operation can give whatever it does, so resources annotate only
 * their own: 401, 403 and 500, as {@code Problem}. An operation that documents one of them with
 * a body keeps its own; the bodiless 401/403 smallrye adds for secured methods are replaced.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "No valid bearer token",
            "403", "The caller's role, or their relation to this record, does not allow it",
            "500", "Something went wrong on our side; the problem carries the requestId to quote");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        COMMON.forEach((status, description) -> {
            APIResponse documented = responses.getAPIResponse(status);
            if (documented == null || documented.getContent() == null) {
                responses.addAPIResponse(status, problem(description));
            }
        });
        return operation;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
