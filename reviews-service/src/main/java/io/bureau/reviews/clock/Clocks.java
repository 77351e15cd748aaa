package io.bureau.reviews.clock;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The service's one source of "now" (UTC): every date and time the services stamp or compare
 * against (due dates, overdue, created and decided times) comes from this clock. A test replaces
 * it with a clock of its own (any other {@link Clock} bean wins over this default).
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
