package ir.daftar.core.calendar;

import java.time.LocalDate;

/**
 * Port: the official holidays (other than Fridays) as they are configured now. Deadlines that
 * end on one move to the next working day; the date computed is kept in the event, so a later
 * change of the list never rewrites a deadline already set.
 */
public interface HolidayCalendar {

    /** Whether this Gregorian day (in Tehran) is an official holiday. Fridays need not be listed. */
    boolean isOfficialHoliday(LocalDate day);

    /** No holidays but Fridays. */
    HolidayCalendar FRIDAYS_ONLY = day -> false;
}
