package ir.daftar.core.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A holiday calendar from a list of Jalali dates (the official calendar is published per Jalali year). */
public final class OfficialHolidays implements HolidayCalendar {

    private final Set<LocalDate> days;
    private final Set<JalaliDate> jalali;

    public OfficialHolidays(Collection<JalaliDate> holidays) {
        this.jalali = new TreeSet<>(holidays);
        this.days = holidays.stream().map(JalaliDate::toGregorian).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isOfficialHoliday(LocalDate day) {
        return days.contains(day);
    }

    @Override
    public String version() {
        return new HolidayList(days, Set.of()).version();
    }

    public Set<JalaliDate> jalaliDates() {
        return Set.copyOf(jalali);
    }
}
