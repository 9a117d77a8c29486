package ir.daftar.projections.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice and its service state. Dates of service and due dates are shown in both calendars:
 * {@code dueDate} (ISO, Gregorian) and {@code dueDateJalali} ({@code 1405/01/26}).
 */
public record NoticeView(
        String noticeId,
        String filingId,
        String authorityId,
        String kind,
        Recipient recipient,
        String text,
        List<String> documentSha256,
        String status,
        Instant issuedAt,
        Instant depositedAt,
        Channel channel,
        Instant servedAt,
        Deadline deadline,
        Instant viewedAt,
        String viewChannel,
        Alert alert,
        String lackOfAccess,
        Instant withdrawnAt) {

    public record Recipient(String role, String nationalCodeMasked, String name) {
    }

    /** The mobile and electronic address in force when the notice was deposited (A7). */
    public record Channel(String mobile, String electronicAddress) {
    }

    /**
     * The deadline in force. {@code holidayListVersion} names the holiday list it was computed with (null for a
     * deadline computed before lists had versions); {@code restsOnProvisionalHoliday} says the due date was moved
     * past a lunar holiday the official list has not confirmed yet ({@code provisionalHolidays}), so it may
     * change; {@code previousDueDate} and {@code recomputedAt} are set when a change of the official list moved
     * it (ADR 0800).
     */
    public record Deadline(String kind, int days, LocalDate serviceDate, String serviceDateJalali, LocalDate dueDate,
                           String dueDateJalali, String holidayListVersion, boolean restsOnProvisionalHoliday,
                           List<LocalDate> provisionalHolidays, List<String> provisionalHolidaysJalali,
                           LocalDate previousDueDate, String previousDueDateJalali, Instant recomputedAt) {
    }

    /** The SMS alert: NONE, SENT, DELIVERED or FAILED. Never service. */
    public record Alert(String status, String attemptId, Instant at) {
    }
}
