package io.bureau.gateway.limits;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tiny buckets, and the demo login switched off as production has it. */
public class StrictProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "bureau.gateway.rate-limits.writes-burst", "3",
                "bureau.gateway.rate-limits.writes-per-second", "0.01",
                "bureau.gateway.rate-limits.failures-burst", "2",
                "bureau.gateway.rate-limits.failures-per-second", "0.01",
                "bureau.gateway.demo-login.enabled", "false");
    }
}
