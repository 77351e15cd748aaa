package io.bureau.staff.employee;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores working days as "MONDAY,TUESDAY,..." in week order, so equal sets store equally. */
@Converter
public class WorkingDaysConverter implements AttributeConverter<Set<DayOfWeek>, String> {

    /** The days in week order, whatever set they came in. */
    public static Set<DayOfWeek> inWeekOrder(Set<DayOfWeek> days) {
        EnumSet<DayOfWeek> ordered = EnumSet.noneOf(DayOfWeek.class);
        ordered.addAll(days);
        return ordered;
    }

    @Override
    public String convertToDatabaseColumn(Set<DayOfWeek> days) {
        return inWeekOrder(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
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
