package ir.daftar.core.notice;

import ir.daftar.core.calendar.JalaliDate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline as computed when the notice was served: the rule, the day of service (Tehran), and
 * the last day on which the act is in time ({@code dueDate}, Gregorian; {@link #dueDateJalali()}
 * for people). Kept in the event so a later change of the holiday list rewrites nothing.
 */
public record Deadline(DeadlineRule rule, LocalDate serviceDate, LocalDate dueDate) {

    public Deadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    public JalaliDate dueDateJalali() {
        return JalaliDate.of(dueDate);
    }
}
