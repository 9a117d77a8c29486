package ir.daftar.core.calendar;

import java.util.Objects;

/**
 * One day of an official holiday list: its Jalali date, its name as the list gives it, and, for a
 * holiday of the lunar calendar, which one ({@code lunar}, null for a solar holiday). A lunar entry
 * overrides the provisional date computed for the same holiday of the year (ADR 0800).
 */
public record HolidayEntry(JalaliDate date, String name, LunarHoliday lunar) {

    public HolidayEntry {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("a holiday's name is at most 200 characters");
        }
    }
}
