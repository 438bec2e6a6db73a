package org.gongjian.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.gongjian.platform.BusinessException;

/**
 * Reads a list's filter from the query parameters of its export or of its page. A blank parameter does not filter;
 * one that cannot be read is refused with its name and value, never ignored (the file would then
 * hold more than the list the reader asked for).
 */
public final class FilterParameters {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private FilterParameters() {
    }

    public static Integer year(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below, as a year out of range is
        }
        throw new BusinessException("export.filter.year", value, FIRST_YEAR, LAST_YEAR);
    }

    /** A year the sheet cannot do without. */
    public static int requiredYear(String value) {
        Integer year = year(value);
        if (year == null) {
            throw new BusinessException("export.filter.yearMissing");
        }
        return year;
    }

    public static Long id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BusinessException("export.filter.id", name, value);
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String name, String value) {
        if (blank(value)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> new BusinessException("export.filter.choice", name, value,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** A day written as 2026-07-01. */
    public static LocalDate day(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessException("export.filter.day", name, value);
        }
    }

    /** A filter that is on when given as {@code true}; blank leaves it off, anything else is refused. */
    public static boolean flag(String name, String value) {
        if (blank(value)) {
            return false;
        }
        if (value.trim().equals("true")) {
            return true;
        }
        throw new BusinessException("export.filter.choice", name, value, "true");
    }

    /** A text filter as given; blank does not filter. */
    public static String text(String value) {
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
