package ir.daftar.api.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.Date;

/**
 * Dates as Iranians read them: the Jalali (Persian) calendar, Tehran time, Persian digits (ICU); for the
 * inspection report and the pages ({@link PageFormat}).
 */
public final class Jalali {

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

    private Jalali() {
    }

    /** e.g. {@code ۱۴۰۴/۰۳/۱۱، ساعت ۰۹:۰۰}. */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        DateFormat date = DateFormat.getPatternInstance("yyyy/MM/dd", PERSIAN);
        DateFormat time = DateFormat.getPatternInstance("HH:mm", PERSIAN);
        date.setTimeZone(TEHRAN);
        time.setTimeZone(TEHRAN);
        Date d = Date.from(instant);
        return date.format(d) + "، ساعت " + time.format(d);
    }

    /** e.g. {@code ۱۴۰۴/۰۳/۱۱}. */
    public static String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        DateFormat date = DateFormat.getPatternInstance("yyyy/MM/dd", PERSIAN);
        date.setTimeZone(TEHRAN);
        return date.format(Date.from(instant));
    }

    /** ASCII digits to Persian digits. */
    public static String digits(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }
}
