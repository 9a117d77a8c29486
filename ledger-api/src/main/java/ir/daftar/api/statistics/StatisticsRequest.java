package ir.daftar.api.statistics;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Digits;
import ir.daftar.projections.statistics.Dimension;
import ir.daftar.projections.statistics.Period;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A report's parameters, read from the query string: the Tehran days {@code from} and {@code to} (a Jalali
 * {@code 1404/03/01} or a Gregorian {@code 2025-05-22}; by default from the first day of the current Jalali year to
 * today), {@code asOf} (an ISO-8601 instant: the figures as they were then; by default now), {@code period} (DAY,
 * MONTH, YEAR, ALL) and {@code by} (OFFICE, PROVINCE, ROUTE, KIND, AUTHORITY, NONE). A malformed one is a 400
 * naming it.
 */
record StatisticsRequest(LocalDate from, LocalDate to, Instant asOf, Period period, Dimension by) {

    /** At most this many days in one report (about eleven years). */
    static final int MAX_DAYS = 4_000;

    static StatisticsRequest read(String from, String to, String asOf, String period, String by, Period defaultPeriod,
                                  Dimension defaultBy, Clock clock) {
        LocalDate today = TehranTime.dayOf(clock.instant());
        LocalDate end = to == null || to.isBlank() ? today : day("to", to);
        LocalDate start = from == null || from.isBlank() ? new JalaliDate(JalaliDate.of(end).year(), 1, 1).toGregorian()
                : day("from", from);
        if (end.isBefore(start)) {
            throw InvalidInput.of("to", "BEFORE_FROM", "to is before from");
        }
        if (end.toEpochDay() - start.toEpochDay() > MAX_DAYS) {
            throw InvalidInput.of("from", "TOO_LONG", "at most " + MAX_DAYS + " days in one report");
        }
        Instant instant = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                instant = Instant.parse(Digits.toAscii(asOf.strip()));
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("asOf", "INVALID", "an ISO-8601 instant, e.g. 2025-06-21T12:00:00Z");
            }
        }
        return new StatisticsRequest(start, end, instant, choice("period", period, Period.class, defaultPeriod),
                choice("by", by, Dimension.class, defaultBy));
    }

    private static LocalDate day(String field, String raw) {
        String text = Digits.toAscii(raw.strip());
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
            if (text.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
                return JalaliDate.parse(text).toGregorian();
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            // named below
        }
        throw InvalidInput.of(field, "INVALID", "a Jalali date (1404/03/01) or a Gregorian one (2025-05-22)");
    }

    private static <E extends Enum<E>> E choice(String field, String raw, Class<E> type, E fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "INVALID", "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
