package ir.daftar.api.input;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.common.Digits;
import ir.daftar.core.calendar.JalaliDate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as people send them: an ISO-8601 instant ({@code 2026-05-08T21:40:00Z}), a time with an
 * offset ({@code 2026-05-09T01:10:00+03:30}), a local time or date read in Tehran, or a Jalali date
 * with an optional time read in Tehran ({@code 1405/02/19}, {@code 1405/02/19 01:10}); Persian digits
 * allowed. Anything before {@link #EARLIEST} or from {@link #END} on is refused: no act of this ledger
 * happened in 1900, and a year like 20260 is a typing slip.
 */
public final class Times {

    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    /** The first instant a time of this ledger may name (acts of paper files registered late included). */
    public static final Instant EARLIEST = LocalDate.of(2000, 1, 1).atStartOfDay(TEHRAN).toInstant();
    /** The first instant a time of this ledger may no longer name. */
    public static final Instant END = LocalDate.of(2100, 1, 1).atStartOfDay(TEHRAN).toInstant();

    private static final Pattern JALALI = Pattern.compile("(1[2-5]\\d{2}/\\d{1,2}/\\d{1,2})(?:[ T](\\d{1,2}:\\d{2}(?::\\d{2})?))?");

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H:mm[:ss]");

    private Times() {
    }

    /** The instant, or a 400 naming the field: INVALID when it is not a time, DATE_OUT_OF_RANGE when implausible. */
    public static Instant instant(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant instant = parse(Digits.toAscii(raw.strip()));
        if (instant == null) {
            throw InvalidInput.of(field, "INVALID", "an ISO-8601 time, e.g. 2026-05-08T21:40:00Z, or a Jalali date, e.g. 1405/02/19 01:10");
        }
        return inRange(field, instant);
    }

    /** The instant, or a 400 naming the field (DATE_OUT_OF_RANGE) when it is outside 2000-01-01 to 2099-12-31 in Tehran. */
    public static Instant inRange(String field, Instant instant) {
        if (instant.isBefore(EARLIEST) || !instant.isBefore(END)) {
            throw InvalidInput.of(field, "DATE_OUT_OF_RANGE", "from 2000-01-01 to 2099-12-31");
        }
        return instant;
    }

    private static Instant parse(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            // fall through to the next form
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            // fall through
        }
        try {
            return LocalDateTime.parse(text).atZone(TEHRAN).toInstant();
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return LocalDate.parse(text).atStartOfDay(TEHRAN).toInstant();
        } catch (DateTimeParseException notDate) {
            // fall through
        }
        Matcher jalali = JALALI.matcher(text);
        if (!jalali.matches()) {
            return null;
        }
        try {
            LocalDate day = JalaliDate.parse(jalali.group(1)).toGregorian();
            LocalTime time = jalali.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(jalali.group(2), CLOCK_TIME);
            return day.atTime(time).atZone(TEHRAN).toInstant();
        } catch (DateTimeException | IllegalArgumentException notJalali) {
            return null;
        }
    }
}
