package io.bureau.scheduling.recurring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When a recurring template falls due: every day, on given days of the week, or on one day of the
 * month (a day past the month's end falls on its last day, so 31 means "the last day").
 */
public record Recurrence(Kind kind, Set<DayOfWeek> daysOfWeek, Integer dayOfMonth) {

    @Schema(name = "TaskTemplateRecurrenceKind")
    public enum Kind { DAILY, WEEKLY, MONTHLY }

    public Recurrence {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (kind == Kind.WEEKLY && (daysOfWeek == null || daysOfWeek.isEmpty())) {
            throw new IllegalArgumentException("WEEKLY needs at least one day of the week");
        }
        if (kind == Kind.MONTHLY && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("MONTHLY needs a day of the month between 1 and 31");
        }
        daysOfWeek = daysOfWeek == null ? Set.of() : Set.copyOf(daysOfWeek);
    }

    public boolean fallsOn(LocalDate day) {
        return switch (kind) {
            case DAILY -> true;
            case WEEKLY -> daysOfWeek.contains(day.getDayOfWeek());
            case MONTHLY -> day.getDayOfMonth() == Math.min(dayOfMonth, day.lengthOfMonth());
        };
    }

    /** The days from {@code from} to {@code from + horizonDays} (both included) the template falls due on. */
    public List<LocalDate> datesWithin(LocalDate from, int horizonDays) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(from.plusDays(horizonDays)); day = day.plusDays(1)) {
            if (fallsOn(day)) {
                dates.add(day);
            }
        }
        return dates;
    }
}
