package ir.daftar.api.web;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the pages show of dates and numbers ({@code ${@fmt.…}} in the templates): the Jalali date everywhere,
 * in Tehran time, with Persian digits on Persian pages; the Gregorian date beside it for a title (hover) or
 * where a due date must be read both ways; numbers and codes with Persian digits on Persian pages.
 */
@Component("fmt")
public class PageFormat {

    private static final ULocale PERSIAN_DIGITS = new ULocale("fa_IR@calendar=persian");
    private static final ULocale LATIN_DIGITS = new ULocale("en_US@calendar=persian");
    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");
    private static final ZoneId TEHRAN_ZONE = ZoneId.of("Asia/Tehran");
    private static final DateTimeFormatter GREGORIAN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(TEHRAN_ZONE);
    private static final DateTimeFormatter GREGORIAN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    /** The Jalali date and time, e.g. {@code ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰} (English pages: {@code 1405/09/12 10:30}). */
    public String dateTime(Instant instant) {
        return instant == null ? "" : jalali(instant.toEpochMilli(), true);
    }

    /** The Jalali date of an instant in Tehran. */
    public String date(Instant instant) {
        return instant == null ? "" : jalali(instant.toEpochMilli(), false);
    }

    /** The Jalali date of a calendar day (a due date). */
    public String day(LocalDate day) {
        return day == null ? "" : jalali(day.atTime(12, 0).atZone(TEHRAN_ZONE).toInstant().toEpochMilli(), false);
    }

    /** The Gregorian date and time in Tehran, e.g. {@code 2026-12-03 10:30}, ASCII digits (for a title). */
    public String gregorian(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime t = LocalDateTime.ofInstant(instant, TEHRAN_ZONE);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return GREGORIAN.format(instant);
        }
        char[] out = new char[16];
        put(out, 0, t.getYear(), 4, '0');
        out[4] = '-';
        put(out, 5, t.getMonthValue(), 2, '0');
        out[7] = '-';
        put(out, 8, t.getDayOfMonth(), 2, '0');
        out[10] = ' ';
        put(out, 11, t.getHour(), 2, '0');
        out[13] = ':';
        put(out, 14, t.getMinute(), 2, '0');
        return new String(out);
    }

    /** The Gregorian calendar day, e.g. {@code 2026-12-03}. */
    public String gregorianDay(LocalDate day) {
        return day == null ? "" : GREGORIAN_DATE.format(day);
    }

    /** The instant for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A number or code with Persian digits on Persian pages, as it is on English ones. */
    public String n(Object value) {
        if (value == null) {
            return "";
        }
        return persian() ? Jalali.digits(value) : String.valueOf(value);
    }

    /** An amount of rials, grouped by thousands, e.g. {@code ۱٬۲۵۰٬۰۰۰}. */
    public String rials(Long amount) {
        if (amount == null) {
            return "";
        }
        String grouped = String.format(Locale.ROOT, "%,d", amount);
        return persian() ? Jalali.digits(grouped).replace(',', '٬') : grouped;
    }

    /** The page's language: {@code fa} or {@code en}. */
    public String lang() {
        return persian() ? "fa" : "en";
    }

    /** The page's direction. */
    public String dir() {
        return persian() ? "rtl" : "ltr";
    }

    private static boolean persian() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /**
     * ICU's Persian calendar (not thread-safe, and costly to build: one per thread) gives the Jalali fields in Tehran;
     * the text is written here, digit by digit, as ICU's {@code yyyy/MM/dd HH:mm} pattern writes it
     * ({@code PageFormatTest} compares the two over a century of instants in both languages). Formatting through
     * ICU's {@code SimpleDateFormat} was a seventh of the bytes the status page allocated per answer
     * (docs/performance.md, 2026-12-04 evening).
     */
    private static final ThreadLocal<PersianCalendar> CALENDARS = ThreadLocal.withInitial(() -> new PersianCalendar(TEHRAN,
            ULocale.ROOT));

    private static String jalali(long epochMillis, boolean withTime) {
        PersianCalendar calendar = CALENDARS.get();
        calendar.setTimeInMillis(epochMillis);
        int year = calendar.get(Calendar.YEAR);
        if (calendar.get(Calendar.ERA) != 0 || year < 1 || year > 9999) {
            return icu(epochMillis, withTime ? "yyyy/MM/dd HH:mm" : "yyyy/MM/dd");
        }
        char zero = persian() ? '۰' : '0';
        char[] out = new char[withTime ? 16 : 10];
        put(out, 0, year, 4, zero);
        out[4] = '/';
        put(out, 5, calendar.get(Calendar.MONTH) + 1, 2, zero);
        out[7] = '/';
        put(out, 8, calendar.get(Calendar.DAY_OF_MONTH), 2, zero);
        if (withTime) {
            out[10] = ' ';
            put(out, 11, calendar.get(Calendar.HOUR_OF_DAY), 2, zero);
            out[13] = ':';
            put(out, 14, calendar.get(Calendar.MINUTE), 2, zero);
        }
        return new String(out);
    }

    /** {@code value} in {@code width} digits from {@code zero} on (zero-padded), at {@code at}. */
    private static void put(char[] out, int at, int value, int width, char zero) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) (zero + value % 10);
            value /= 10;
        }
    }

    /** ICU's own formatting, for what the digit-by-digit path does not write (years outside 1-9999), and the test. */
    static String icu(long epochMillis, String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, persian() ? PERSIAN_DIGITS : LATIN_DIGITS);
        f.setTimeZone(TEHRAN);
        return f.format(new Date(epochMillis));
    }
}
