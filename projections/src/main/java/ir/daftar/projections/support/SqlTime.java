package ir.daftar.projections.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in the projection tables' {@code TIMESTAMP WITH TIME ZONE} columns, the same on PostgreSQL and H2:
 * both keep microseconds, so an instant is truncated to them before it is written or compared, and written
 * at UTC.
 */
public final class SqlTime {

    private SqlTime() {
    }

    /** The instant as the tables keep it: truncated to microseconds. */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The value to write in a time column: truncated to microseconds, at UTC; null stays null. */
    public static OffsetDateTime column(Instant instant) {
        return instant == null ? null : micros(instant).atOffset(ZoneOffset.UTC);
    }

    /** The instant read from a time column, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
