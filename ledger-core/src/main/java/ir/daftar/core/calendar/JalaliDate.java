package ir.daftar.core.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import ir.daftar.core.common.Digits;
import java.time.LocalDate;

/**
 * A day of the Solar Hijri (Jalali) calendar, the calendar dates are shown to people in.
 * Conversion to and from the Gregorian calendar follows Borkowski's table of the breaks in the
 * 33-year leap cycle (as the jalaali libraries do), valid for the years 1 to 3177; a test checks
 * it against ICU's Persian calendar. Written {@code 1405/01/26}.
 */
public record JalaliDate(int year, int month, int day) implements Comparable<JalaliDate> {

    private static final int[] BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
            2192, 2262, 2324, 2394, 2456, 3178};

    public JalaliDate {
        if (year < 1 || year >= 3178 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            throw new IllegalArgumentException("not a Jalali date: " + year + "/" + month + "/" + day);
        }
    }

    /** Reads {@code 1405/01/26} (or with dashes, or Persian digits). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JalaliDate parse(String text) {
        String t = Digits.toAscii(text == null ? "" : text.strip());
        String[] parts = t.split("[/\\-]");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a Jalali date is written yyyy/mm/dd");
        }
        try {
            return new JalaliDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a Jalali date is written yyyy/mm/dd");
        }
    }

    public static JalaliDate of(LocalDate gregorian) {
        long epochDay = gregorian.toEpochDay();
        int gy = gregorian.getYear();
        int jy = gy - 621;
        Cal r = cal(jy);
        long firstDay = LocalDate.of(gy, 3, r.march).toEpochDay();
        long k = epochDay - firstDay;
        if (k >= 0) {
            if (k <= 185) {
                return new JalaliDate(jy, 1 + (int) (k / 31), (int) (k % 31) + 1);
            }
            k -= 186;
        } else {
            jy -= 1;
            k += 179;
            if (r.leap == 1) {
                k += 1;
            }
        }
        return new JalaliDate(jy, 7 + (int) (k / 30), (int) (k % 30) + 1);
    }

    public LocalDate toGregorian() {
        Cal r = cal(year);
        long first = LocalDate.of(r.gy, 3, r.march).toEpochDay();
        return LocalDate.ofEpochDay(first + (month - 1) * 31L - (month / 7) * (month - 7L) + day - 1);
    }

    public static boolean isLeapYear(int year) {
        return cal(year).leap == 0;
    }

    public static int monthLength(int year, int month) {
        if (month <= 6) {
            return 31;
        }
        if (month <= 11) {
            return 30;
        }
        return isLeapYear(year) ? 30 : 29;
    }

    @Override
    public int compareTo(JalaliDate other) {
        return Integer.compare(year * 400 + month * 32 + day, other.year * 400 + other.month * 32 + other.day);
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("%04d/%02d/%02d", year, month, day);
    }

    private record Cal(int leap, int gy, int march) {
    }

    /** Borkowski: leap position in the 33-year cycle, Gregorian year of Farvardin 1, and its day in March. */
    private static Cal cal(int jy) {
        int gy = jy + 621;
        int leapJ = -14;
        int jp = BREAKS[0];
        if (jy < jp || jy >= BREAKS[BREAKS.length - 1]) {
            throw new IllegalArgumentException("Jalali year out of range: " + jy);
        }
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            int jm = BREAKS[i];
            jump = jm - jp;
            if (jy < jm) {
                break;
            }
            leapJ = leapJ + jump / 33 * 8 + (jump % 33) / 4;
            jp = jm;
        }
        int n = jy - jp;
        leapJ = leapJ + n / 33 * 8 + ((n % 33) + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ += 1;
        }
        int leapG = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
        int march = 20 + leapJ - leapG;
        if (jump - n < 6) {
            n = n - jump + (jump + 4) / 33 * 33;
        }
        int leap = (((n + 1) % 33) - 1) % 4;
        if (leap == -1) {
            leap = 4;
        }
        return new Cal(leap, gy, march);
    }
}
