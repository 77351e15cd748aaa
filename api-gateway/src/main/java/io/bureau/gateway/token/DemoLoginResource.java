package io.bureau.gateway.token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.bureau.gateway.routing.GatewayConfig;
import io.bureau.platform.problem.ProblemResponses;

/**
 * Local runs only: a token for one of the seeded demo people, without a password, so a front end
 * can log in as Dana, Omar or Erin. Exists only when {@code bureau.gateway.demo-login.enabled=true}
 * (the local, dev and test profiles); a 404 otherwise, and never in the front-end contract.
 */
@Path("/demo/login")
public class DemoLoginResource {

    /** The demo people of README.md "Getting a token" (deploy/local-run DemoUsers). */
    record DemoPerson(UUID id, String name, List<String> roles) {
    }

    static final Map<String, DemoPerson> PEOPLE = Map.of(
            "dana", new DemoPerson(UUID.fromString("00000000-0000-4000-8000-000000000001"), "Dana Director",
                    List.of("top-manager", "employee")),
            "omar", new DemoPerson(UUID.fromString("00000000-0000-4000-8000-000000000002"), "Omar Office",
                    List.of("office-manager", "employee")),
            "erin", new DemoPerson(UUID.fromString("00000000-0000-4000-8000-000000000003"), "Erin Employee",
                    List.of("employee")));

    private final GatewayConfig config;
    private final TokenIssuer issuer;

    public DemoLoginResource(GatewayConfig config, TokenIssuer issuer) {
        this.config = config;
        this.issuer = issuer;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response login(@FormParam("user") String user) {
        if (!config.demoLogin().enabled() || !issuer.enabled()) {
            return ProblemResponses.response(404, "not-found", "Not found", "There is no demo login here", "/demo/login");
        }
        DemoPerson person = user == null ? null : PEOPLE.get(user.trim().toLowerCase(Locale.ROOT));
        if (person == null) {
            person = PEOPLE.values().stream().filter(p -> p.id().toString().equals(user)).findFirst().orElse(null);
        }
        if (person == null) {
            return ProblemResponses.response(400, "validation", "Unknown demo user",
                    "user must be one of dana, omar, erin (or their ids)", "/demo/login");
        }
        String token = issuer.forEmployee(person.id(), person.name(), person.roles());
        return Response.ok(new TokenResource.TokenResponse(token, "Bearer", issuer.lifetime().toSeconds(),
                String.join(" ", person.roles()))).header("Cache-Control", "no-store").build();
    }
}
