package ir.daftar.core.notice;

import ir.daftar.core.calendar.HolidayCalendar;
import ir.daftar.core.calendar.TehranTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A8 with the regulation on electronic service: deadlines start from service. Periods are counted
 * in days in Tehran, as the Civil Procedure Code counts them: the day of service and the day of the
 * act are not part of the period (art. 443), so for a period of {@code n} days served on day
 * {@code D} the act is in time up to day {@code D + n + 1}; when that day is a Friday or an official
 * holiday, the next working day is the last day (art. 444). A36 appeals of disciplinary rulings are
 * counted the same way. The deadline names the holiday list it was computed with and the
 * provisional holidays it was moved past (ADR 0800).
 */
public final class ServiceDeadlines {

    private ServiceDeadlines() {
    }

    public static Deadline compute(DeadlineRule rule, Instant servedAt, HolidayCalendar calendar) {
        HolidayCalendar holidays = calendar.snapshot();
        LocalDate served = TehranTime.dayOf(servedAt);
        LocalDate due = served.plusDays(rule.days() + 1L);
        // a Friday is no working day whatever the lists say: only the provisional weekdays it moved past count
        List<LocalDate> provisional = new ArrayList<>();
        while (!isWorkingDay(due, holidays)) {
            if (due.getDayOfWeek() != DayOfWeek.FRIDAY && holidays.isProvisionalHoliday(due)) {
                provisional.add(due);
            }
            due = due.plusDays(1);
        }
        return new Deadline(rule, served, due, holidays.version(), provisional);
    }

    public static boolean isWorkingDay(LocalDate day, HolidayCalendar holidays) {
        return day.getDayOfWeek() != DayOfWeek.FRIDAY && !holidays.isOfficialHoliday(day);
    }
}
