package ir.daftar.api.holidays;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.LunarHoliday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lunar holidays of a Jalali year computed from their Hijri dates with ICU's Islamic calendar:
 * provisional dates, until the official list of the year confirms or moves them. Iran fixes the
 * lunar months by sighting the crescent, which no arithmetic calendar reproduces exactly; ADR 0800
 * gives the variant used and how far each is from the official calendars of 1404 and 1405.
 */
public final class LunarHolidayCalculator {

    /** A lunar holiday and the Gregorian day (in Tehran) it falls on by the calculation. */
    public record Provisional(LunarHoliday holiday, LocalDate date) {
    }

    private final IslamicCalendar.CalculationType type;

    public LunarHolidayCalculator(IslamicCalendar.CalculationType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    public IslamicCalendar.CalculationType type() {
        return type;
    }

    /** Every lunar holiday falling in the Jalali year, in date order (one may fall twice in a year). */
    public List<Provisional> holidaysOf(int jalaliYear) {
        LocalDate first = new JalaliDate(jalaliYear, 1, 1).toGregorian();
        LocalDate next = new JalaliDate(jalaliYear + 1, 1, 1).toGregorian();
        IslamicCalendar hijri = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        hijri.setCalculationType(type);
        List<Provisional> found = new ArrayList<>();
        for (LocalDate day = first; day.isBefore(next); day = day.plusDays(1)) {
            hijri.clear();
            // noon UTC: the Islamic day of this civil day, whatever the hour of its start
            hijri.setTimeInMillis(day.toEpochDay() * 86_400_000L + 43_200_000L);
            int month = hijri.get(Calendar.MONTH) + 1;
            int dayOfMonth = hijri.get(Calendar.DAY_OF_MONTH);
            boolean last = dayOfMonth == hijri.getActualMaximum(Calendar.DAY_OF_MONTH);
            for (LunarHoliday holiday : LunarHoliday.values()) {
                if (holiday.hijriMonth() == month
                        && (holiday.hijriDay() == dayOfMonth || (holiday.hijriDay() == 0 && last))) {
                    found.add(new Provisional(holiday, day));
                }
            }
        }
        return found;
    }
}
