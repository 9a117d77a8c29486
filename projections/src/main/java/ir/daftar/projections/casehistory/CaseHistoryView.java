package ir.daftar.projections.casehistory;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * Every event of a filing, ordered by its sequence number in the filing's stream, with the events
 * of the case's notices (A8) placed among them in the order they were recorded.
 */
public record CaseHistoryView(String filingId, List<Entry> entries) {

    public CaseHistoryView {
        entries = List.copyOf(entries);
    }

    /**
     * One event: its type (simple name, e.g. {@code TrackingCodeIssued}), its message id, when it
     * was recorded, who acted in which role and office (from the event's metadata; null when
     * absent), and the event's payload as JSON. For a notice's event, {@code seq} is its number in the
     * notice's stream, {@code noticeId} names the notice and {@code channel} is the channel it used
     * (A7: the contact details in force at deposit; the mobile an alert went to); both are null for
     * the filing's own events.
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
            String noticeId,
            Channel channel) {
    }

    /** The mobile and electronic address a notice went to (either may be null: an alert uses only the mobile). */
    public record Channel(String mobile, String electronicAddress) {
    }
}
