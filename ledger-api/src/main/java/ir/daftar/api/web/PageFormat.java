package ir.daftar.api.web;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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
        return instant == null ? "" : jalali(Date.from(instant), "yyyy/MM/dd HH:mm");
    }

    /** The Jalali date of an instant in Tehran. */
    public String date(Instant instant) {
        return instant == null ? "" : jalali(Date.from(instant), "yyyy/MM/dd");
    }

    /** The Jalali date of a calendar day (a due date). */
    public String day(LocalDate day) {
        return day == null ? "" : jalali(Date.from(day.atTime(12, 0).atZone(TEHRAN_ZONE).toInstant()), "yyyy/MM/dd");
    }

    /** The Gregorian date and time in Tehran, e.g. {@code 2026-12-03 10:30}, ASCII digits (for a title). */
    public String gregorian(Instant instant) {
        return instant == null ? "" : GREGORIAN.format(instant);
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

    /** ICU's formats are costly to build (a page shows dozens of dates) and not thread-safe: one per thread. */
    private static final ThreadLocal<Map<String, SimpleDateFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private static String jalali(Date date, String pattern) {
        boolean persian = persian();
        SimpleDateFormat format = FORMATS.get().computeIfAbsent((persian ? "fa " : "en ") + pattern, key -> {
            // a pattern, not a skeleton: exactly yyyy/MM/dd HH:mm in either language
            SimpleDateFormat f = new SimpleDateFormat(pattern, persian ? PERSIAN_DIGITS : LATIN_DIGITS);
            f.setTimeZone(TEHRAN);
            return f;
        });
        return format.format(date);
    }
}
