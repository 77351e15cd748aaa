package io.bureau.staff;

import io.bureau.testing.BureauTestServers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL and Kafka for every test of this service. */
@QuarkusTestResource(value = BureauTestServers.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "bureau_staff"))
public final class TestServers {

    private TestServers() {
    }
}
