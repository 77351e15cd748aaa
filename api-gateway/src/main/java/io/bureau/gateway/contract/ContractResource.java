package io.bureau.gateway.contract;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves the front-end contract, as committed: JSON ({@code ?format=json}, an Accept of JSON, or
 * /openapi.json) or YAML (otherwise, as Quarkus' own /q/openapi does). Public: it describes the
 * API, it discloses no data.
 */
@Path("/")
@PermitAll
public class ContractResource {

    private static final String YAML = "application/yaml;charset=UTF-8";
    private static final String JSON = "application/json;charset=UTF-8";

    private final MergedContract contract;

    public ContractResource(MergedContract contract) {
        this.contract = contract;
    }

    @GET
    @Path("openapi")
    @Operation(hidden = true)
    public Response openapi(@QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        boolean json = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.contains("json") && !accept.contains("yaml"));
        return json ? openapiJson() : openapiYaml();
    }

    @GET
    @Path("openapi.json")
    @Operation(hidden = true)
    public Response openapiJson() {
        return Response.ok(contract.json(), JSON).header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("openapi.yaml")
    @Operation(hidden = true)
    public Response openapiYaml() {
        return Response.ok(contract.yaml(), YAML).header("Cache-Control", "no-cache").build();
    }
}
