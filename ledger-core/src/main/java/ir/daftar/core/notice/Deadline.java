package ir.daftar.core.notice;

import ir.daftar.core.calendar.JalaliDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A deadline as computed when the notice was served: the rule, the day of service (Tehran), and
 * the last day on which the act is in time ({@code dueDate}, Gregorian; {@link #dueDateJalali()}
 * for people). Kept in the event so a later change of the holiday list rewrites nothing.
 *
 * <p>{@code holidayListVersion} names the holiday list it was computed with and
 * {@code provisionalHolidays} the provisional (computed lunar) holidays the due date was moved
 * past (ADR 0800). Both are absent from events recorded before they existed: the version is then
 * null and the list empty.
 */
public record Deadline(DeadlineRule rule, LocalDate serviceDate, LocalDate dueDate, String holidayListVersion,
                       List<LocalDate> provisionalHolidays) {

    public Deadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        provisionalHolidays = provisionalHolidays == null ? List.of() : List.copyOf(provisionalHolidays);
    }

    public Deadline(DeadlineRule rule, LocalDate serviceDate, LocalDate dueDate) {
        this(rule, serviceDate, dueDate, null, List.of());
    }

    public JalaliDate dueDateJalali() {
        return JalaliDate.of(dueDate);
    }

    /** Whether the due date rests on a provisional holiday: it would be earlier without one. */
    public boolean restsOnProvisionalHoliday() {
        return !provisionalHolidays.isEmpty();
    }

    /** The same deadline in law: same rule, service day, due date and provisional holidays. */
    public boolean sameDatesAs(Deadline other) {
        return other != null && rule.equals(other.rule) && serviceDate.equals(other.serviceDate)
                && dueDate.equals(other.dueDate) && provisionalHolidays.equals(other.provisionalHolidays);
    }
}
