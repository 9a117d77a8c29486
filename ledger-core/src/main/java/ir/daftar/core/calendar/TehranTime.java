package ir.daftar.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Instants are stored in UTC; days are counted in Tehran. */
public final class TehranTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");

    private TehranTime() {
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
