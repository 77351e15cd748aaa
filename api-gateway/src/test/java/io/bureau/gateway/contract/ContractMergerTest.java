package io.bureau.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The merge rules, on small hand-made documents. */
class ContractMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSchemaNameUsedForTwoDifferentSchemasIsPrefixedWithItsServiceEverywhere() throws Exception {
        JsonNode merged = ContractMerger.merge(List.of(
                source("staff", "{'paths':{'/api/v1/employees':{'get':{'operationId':'listEmployees','responses':{'200':"
                        + "{'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Status'}}}}}}}},"
                        + "'components':{'schemas':{'Status':{'enum':['ACTIVE']},'Problem':{'type':'object'}}}}"),
                source("scheduling", "{'paths':{'/api/v1/tasks':{'get':{'operationId':'listTasks','responses':{'200':"
                        + "{'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Task'}}}}}}}},"
                        + "'components':{'schemas':{'Status':{'enum':['OPEN']},'Problem':{'type':'object'},"
                        + "'Task':{'properties':{'status':{'$ref':'#/components/schemas/Status'}}}}}}")));
        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals("ACTIVE", schemas.path("Status").path("enum").get(0).asText());
        assertEquals("OPEN", schemas.path("SchedulingStatus").path("enum").get(0).asText());
        assertEquals("#/components/schemas/SchedulingStatus", schemas.path("Task").path("properties").path("status").path("$ref").asText());
        assertEquals(3 + 1, schemas.size(), "Problem is the same in both and appears once");
        assertEquals("scheduling", merged.path("paths").path("/api/v1/tasks").path(MergedContract.SERVICE_EXTENSION).asText());
        assertEquals("Scheduling", merged.path("paths").path("/api/v1/tasks").path("get").path("tags").get(0).asText());
        assertEquals(List.of(), ContractMerger.danglingReferences(merged));
    }

    @Test
    void twoServicesClaimingOnePathOrOneOperationIdStopTheMerge() {
        String path = "{'paths':{'/api/v1/things':{'get':{'operationId':'listThings','responses':{}}}}}";
        IllegalStateException samePath = assertThrows(IllegalStateException.class,
                () -> ContractMerger.merge(List.of(source("staff", path), source("reviews", path))));
        assertTrue(samePath.getMessage().contains("/api/v1/things"));
        IllegalStateException sameId = assertThrows(IllegalStateException.class, () -> ContractMerger.merge(List.of(
                source("staff", path),
                source("reviews", "{'paths':{'/api/v1/others':{'get':{'operationId':'listThings','responses':{}}}}}"))));
        assertTrue(sameId.getMessage().contains("listThings"));
    }

    @Test
    void findsReferencesToComponentsThatDoNotExist() throws Exception {
        JsonNode document = JSON.readTree("{\"paths\":{\"/x\":{\"get\":{\"responses\":{\"200\":{\"$ref\":\"#/components/responses/Gone\"}}}}}}");
        assertEquals(List.of("#/components/responses/Gone"), ContractMerger.danglingReferences(document));
    }

    private static ContractMerger.Source source(String service, String json) throws Exception {
        String domain = Character.toUpperCase(service.charAt(0)) + service.substring(1);
        return new ContractMerger.Source(service, domain, JSON.readTree(json.replace('\'', '"')));
    }
}
