package io.bureau.reviews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The service's clock in tests: the real time, moved forward when a test needs days to pass (a due
 * date to go by). Replaces the service's default clock; a test that moves it puts it back.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    /** Moves "now" forward by the duration, for the service and for every test after it until {@link #reset()}. */
    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead);
    }
}
