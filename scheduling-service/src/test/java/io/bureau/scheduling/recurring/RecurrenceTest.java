package io.bureau.scheduling.recurring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void dailyFallsOnEveryDayOfTheHorizon() {
        assertEquals(List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)),
                new Recurrence(Recurrence.Kind.DAILY, null, null).datesWithin(MONDAY, 2));
    }

    @Test
    void weeklyFallsOnlyOnTheGivenDays() {
        Recurrence r = new Recurrence(Recurrence.Kind.WEEKLY, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null);
        assertEquals(List.of(MONDAY, MONDAY.plusDays(3), MONDAY.plusDays(7), MONDAY.plusDays(10)), r.datesWithin(MONDAY, 13));
    }

    @Test
    void monthlyFallsOnTheDayOrTheMonthsLastDay() {
        Recurrence r = new Recurrence(Recurrence.Kind.MONTHLY, null, 31);
        assertEquals(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28)), r.datesWithin(LocalDate.of(2027, 1, 1), 60));
        assertEquals(List.of(), new Recurrence(Recurrence.Kind.MONTHLY, null, 15).datesWithin(LocalDate.of(2026, 12, 16), 20));
    }

    @Test
    void incompleteRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Recurrence.Kind.WEEKLY, Set.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Recurrence.Kind.MONTHLY, null, 0));
    }
}
