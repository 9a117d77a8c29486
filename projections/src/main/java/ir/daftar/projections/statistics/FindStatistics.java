package ir.daftar.projections.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The statistics' facts of the Tehran days {@code from} to {@code to} (inclusive) as they were at {@code asOf}: only
 * the events recorded at or before that instant count (ADR 1100). {@code asOf} null: everything recorded so far.
 */
public record FindStatistics(LocalDate from, LocalDate to, Instant asOf) {

    public FindStatistics {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }
}
