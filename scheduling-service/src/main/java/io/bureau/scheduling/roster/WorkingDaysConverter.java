package io.bureau.scheduling.roster;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Working days as "MONDAY,TUESDAY,..." in week order. */
@Converter
public class WorkingDaysConverter implements AttributeConverter<Set<DayOfWeek>, String> {

    @Override
    public String convertToDatabaseColumn(Set<DayOfWeek> days) {
        return days == null ? null : EnumSet.copyOf(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : days).stream()
                .map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<DayOfWeek> convertToEntityAttribute(String column) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return days;
    }
}
