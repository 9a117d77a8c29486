package ir.daftar.core.calendar;

import java.time.LocalDate;

/**
 * Port: the official holidays (other than Fridays) as they are configured now. Deadlines that
 * end on one move to the next working day; the date computed is kept in the event, with the
 * {@link #version()} of the list it was computed with, so a later change of the list never
 * rewrites a deadline already set: it is recomputed as a new event (ADR 0800).
 */
public interface HolidayCalendar {

    /** Whether this Gregorian day (in Tehran) is an official holiday. Fridays need not be listed. */
    boolean isOfficialHoliday(LocalDate day);

    /**
     * Whether this day is a holiday only provisionally: a lunar holiday computed from the Hijri
     * calendar, not (yet) confirmed by the official list of its year.
     */
    default boolean isProvisionalHoliday(LocalDate day) {
        return false;
    }

    /** Identifies the list as it is now: equal versions, equal holidays. */
    default String version() {
        return "fridays-only";
    }

    /**
     * The list as it is at this moment, unchanged while a deadline is computed (a calendar that is
     * reloaded answers a fixed copy).
     */
    default HolidayCalendar snapshot() {
        return this;
    }

    /** No holidays but Fridays. */
    HolidayCalendar FRIDAYS_ONLY = day -> false;
}
