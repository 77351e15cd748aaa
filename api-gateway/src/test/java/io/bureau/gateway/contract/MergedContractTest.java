package io.bureau.gateway.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.bureau.gateway.routing.GatewayConfig;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The front-end contract: the committed merge of the four services' committed documents and the
 * gateway's own, served as committed, and the gateway's route table at the same time.
 */
@QuarkusTest
class MergedContractTest {

    static final Path COMMITTED = Path.of("src/main/openapi/openapi.json");
    private static final List<String[]> SERVICES = List.of(new String[] {"staff", "Staff"},
            new String[] {"scheduling", "Scheduling"}, new String[] {"reviews", "Reviews"},
            new String[] {"procurement", "Procurement"});
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Inject
    MergedContract contract;

    @Inject
    GatewayConfig config;

    @Test
    void theCommittedContractIsTheMergeOfTheCommittedServiceContracts() throws IOException {
        JsonNode merged = mergeNow();
        if (Boolean.getBoolean("bureau.openapi.write")) {
            Files.writeString(COMMITTED, JSON.writeValueAsString(merged) + "\n", StandardCharsets.UTF_8);
            System.out.println("Wrote " + COMMITTED.toAbsolutePath());
            return;
        }
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        if (!committed.equals(merged)) {
            fail(COMMITTED + " is stale: a service contract or the gateway changed. Regenerate it with\n"
                    + "  ./mvnw -B -ntp -pl api-gateway -am verify -Dbureau.openapi.write=true -Dtest=MergedContractTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false\nand commit it.");
        }
    }

    @Test
    void listsEveryPathOfEveryServiceAndEveryReferenceResolves() throws IOException {
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        for (String[] service : SERVICES) {
            JsonNode own = JSON.readTree(serviceContract(service[0]).toFile());
            own.path("paths").fieldNames().forEachRemaining(path -> assertEquals(service[0],
                    committed.path("paths").path(path).path(MergedContract.SERVICE_EXTENSION).asText(),
                    path + " of " + service[0] + "-service is missing from the merged contract"));
        }
        assertEquals(List.of(), ContractMerger.danglingReferences(committed));
        // What the gateway itself answers on every API route: rate limits and a service's timeout.
        List<String> undocumented = new ArrayList<>();
        committed.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (path.getKey().startsWith("/api/v1/") && op.getValue().has("responses")
                    && !(op.getValue().path("responses").has("429") && op.getValue().path("responses").has("504"))) {
                undocumented.add(op.getKey() + " " + path.getKey());
            }
        }));
        assertEquals(List.of(), undocumented);
        assertTrue(committed.path("components").path("securitySchemes").has("bearer"));
    }

    @Test
    void servesTheCommittedContractAsJsonAndAsYaml() throws IOException {
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        assertEquals(committed, JSON.readTree(given().get("/openapi.json").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asByteArray()));
        assertEquals(committed, JSON.readTree(given().get("/openapi?format=json").then().statusCode(200).extract().asByteArray()));
        assertEquals(committed, new YAMLMapper().readTree(given().get("/openapi").then().statusCode(200)
                .contentType(containsString("application/yaml")).extract().asByteArray()));
    }

    @Test
    void everyDocumentedResourceIsRoutedAndNothingElse() throws IOException {
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        Set<String> documented = new TreeSet<>();
        committed.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1/")) {
                documented.add(path.getKey().split("/")[3]);
                assertTrue(config.services().containsKey(path.getValue().path(MergedContract.SERVICE_EXTENSION).asText()),
                        path.getKey() + " belongs to a service the gateway has no URL for");
            }
        });
        assertEquals(documented, contract.serviceByResource().keySet());
        List<String> unrouted = new ArrayList<>();
        for (String resource : documented) {
            // Routed resources reach the token check (401); an unknown one is a 404 before it.
            int status = given().get("/api/v1/" + resource).then().extract().statusCode();
            if (status != 401) {
                unrouted.add(resource + " → " + status);
            }
        }
        assertEquals(List.of(), unrouted);
        assertNotEquals(401, given().get("/api/v1/no-such-resource").then().extract().statusCode());
    }

    @Test
    void swaggerUiShowsTheMergedContract() {
        given().get("/swagger-ui/").then().statusCode(200);
        given().get("/swagger-ui/index.html").then().statusCode(200).body(containsString("/openapi.json"));
    }

    private JsonNode mergeNow() throws IOException {
        List<ContractMerger.Source> sources = new ArrayList<>();
        // The gateway's own endpoints, as smallrye-openapi generates them from its resources.
        sources.add(new ContractMerger.Source("gateway", "Gateway",
                JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asByteArray())));
        for (String[] service : SERVICES) {
            sources.add(new ContractMerger.Source(service[0], service[1], JSON.readTree(serviceContract(service[0]).toFile())));
        }
        return ContractMerger.merge(sources);
    }

    private static Path serviceContract(String service) {
        return Path.of("..", service + "-service", "src/main/openapi/openapi.json");
    }
}
