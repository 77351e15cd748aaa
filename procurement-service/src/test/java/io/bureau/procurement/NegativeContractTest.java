package io.bureau.procurement;

import org.junit.jupiter.api.Test;

import io.bureau.testing.NegativeContract;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of the committed contract refuses bad input with a documented 4xx problem, never a 5xx. */
@QuarkusTest
class NegativeContractTest {

    @Test
    void everyOperationRefusesBadInputAsDocumented() throws Exception {
        NegativeContract.assertCommittedContractRefusesBadInput();
    }
}
