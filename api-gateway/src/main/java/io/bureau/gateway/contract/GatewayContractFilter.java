package io.bureau.gateway.contract;

import java.util.List;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.bureau.platform.problem.ProblemResponsesFilter;

/**
 * The platform's shared answers, minus those the gateway's own token endpoint never gives: it keeps
 * no idempotency records (no Idempotency-Key, 409, 422), has no roles to check (403) and no backing
 * system to lose (503).
 */
public class GatewayContractFilter extends ProblemResponsesFilter {

    static final String TOKEN_PATH = "/oauth2/token";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItem(TOKEN_PATH) == null) {
            return;
        }
        Operation token = openAPI.getPaths().getPathItem(TOKEN_PATH).getOperations().get(PathItem.HttpMethod.POST);
        if (token == null) {
            return;
        }
        if (token.getParameters() != null) {
            token.getParameters().stream().filter(p -> "Idempotency-Key".equals(p.getName())).toList()
                    .forEach(token::removeParameter);
            if (token.getParameters().isEmpty()) {
                token.setParameters(null);
            }
        }
        List.of("403", "409", "422", "503").forEach(token.getResponses()::removeAPIResponse);
    }
}
