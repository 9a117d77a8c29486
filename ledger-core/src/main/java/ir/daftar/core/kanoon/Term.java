package ir.daftar.core.kanoon;

import ir.daftar.core.calendar.JalaliDate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A seat's term in Jalali days: held from {@code start} up to, not including, {@code end} (A23, A26 note).
 */
public record Term(JalaliDate start, JalaliDate end) {

    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.compareTo(start) <= 0) {
            throw new IllegalArgumentException("a term ends after it starts");
        }
    }

    /** A26 note: three Jalali years from {@code start} (Esfand 30 of a leap year ends on Esfand 29 or 30 as the year has it). */
    public static Term threeYearsFrom(JalaliDate start) {
        return new Term(start, plusYears(start, 3));
    }

    static JalaliDate plusYears(JalaliDate date, int years) {
        int year = date.year() + years;
        int day = Math.min(date.day(), JalaliDate.monthLength(year, date.month()));
        return new JalaliDate(year, date.month(), day);
    }

    public boolean heldOn(JalaliDate day) {
        return start.compareTo(day) <= 0 && day.compareTo(end) < 0;
    }

    public LocalDate startDay() {
        return start.toGregorian();
    }

    public LocalDate endDay() {
        return end.toGregorian();
    }

    /** Days from {@code today} to the term's end (0 or less once it has ended). */
    public long daysLeftOn(JalaliDate today) {
        return endDay().toEpochDay() - today.toGregorian().toEpochDay();
    }
}
