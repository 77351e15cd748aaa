package io.bureau.platform;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.bureau.testing.NegativeContract;
import io.bureau.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

/** The sample app refuses every bad input its contract lets a client send, as the contract says. */
@QuarkusTest
class NegativeContractTest {

    @Test
    void everyOperationRefusesBadInputAsDocumented() throws Exception {
        // The two boom operations fail on purpose, whatever they are sent.
        NegativeContract.assertRefusesBadInput(OpenApiContract.served(),
                Set.of("GET /api/v1/samples/boom", "POST /api/v1/samples/boom"));
    }
}
