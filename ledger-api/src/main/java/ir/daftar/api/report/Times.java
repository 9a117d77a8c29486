package ir.daftar.api.report;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.common.Digits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Times as people send them: an ISO-8601 instant ({@code 2026-05-08T21:40:00Z}), a time with an
 * offset ({@code 2026-05-09T01:10:00+03:30}), or a local time or date read in Tehran; Persian digits allowed.
 */
public final class Times {

    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private Times() {
    }

    /** The instant, or a 400 naming the field. */
    public static Instant instant(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = Digits.toAscii(raw.strip());
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(text).atZone(TEHRAN).toInstant();
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(text).atStartOfDay(TEHRAN).toInstant();
                    } catch (DateTimeParseException notDate) {
                        throw InvalidInput.of(field, "INVALID", "an ISO-8601 time, e.g. 2026-05-08T21:40:00Z");
                    }
                }
            }
        }
    }
}
