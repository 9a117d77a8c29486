package ir.daftar.projections.casehistory;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * The timeline of a case: the filing's own events and the events of other aggregates about it
 * (notices, reports, preliminary paper files), in the order the query asked for (by default, by
 * when each act happened, with the recording time beside it).
 */
public record CaseHistoryView(String filingId, List<Entry> entries) {

    public CaseHistoryView {
        entries = List.copyOf(entries);
    }

    /**
     * One event: its type (simple name, e.g. {@code TrackingCodeIssued}), its message id, when it
     * was recorded, who acted in which role and office (from the event's metadata; null when
     * absent), and the event's payload as JSON. {@code seq} is its position in its own stream
     * ({@code source}, {@code sourceId}: {@code Filing} and the filing id for the filing's events).
     * {@code occurredAt} is when the act happened: earlier than {@code recordedAt} for paper-origin
     * work registered after the fact (A10), otherwise equal to it. {@code category} groups the
     * events for filtering: FILING, COURT, REPORT, PAPER, NOTICE. For a notice's event,
     * {@code noticeId} names the notice and {@code channel} is the channel it used (A7: the contact
     * details in force at deposit; the mobile an alert went to); both are null for other events.
     */
    public record Entry(
            long seq,
            String eventType,
            String eventId,
            Instant recordedAt,
            String actorId,
            String actorRole,
            String officeId,
            JsonNode details,
            Instant occurredAt,
            String category,
            String source,
            String sourceId,
            String authorityId,
            String reportingBodyId,
            String noticeId,
            Channel channel) {

        /** A filing event that happened when it was recorded. */
        public Entry(long seq, String eventType, String eventId, Instant recordedAt, String actorId, String actorRole,
                     String officeId, JsonNode details) {
            this(seq, eventType, eventId, recordedAt, actorId, actorRole, officeId, details, recordedAt,
                    CaseTimeline.category(CaseHistoryRepository.FILING_STREAM, eventType), CaseHistoryRepository.FILING_STREAM,
                    null, null, null, null, null);
        }

        /** The registration delay: how long after the act it was recorded (zero when recorded as it happened). */
        public java.time.Duration delay() {
            return java.time.Duration.between(occurredAt, recordedAt);
        }
    }

    /** The category of a filing's own event (FILING, COURT or PAPER), as the projection files it. */
    public static String categoryOfFilingEvent(String eventType) {
        return CaseTimeline.category(CaseHistoryRepository.FILING_STREAM, eventType);
    }

    /** The mobile and electronic address a notice went to (either may be null: an alert uses only the mobile). */
    public record Channel(String mobile, String electronicAddress) {
    }
}
