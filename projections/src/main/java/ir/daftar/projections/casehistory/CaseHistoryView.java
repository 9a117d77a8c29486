package ir.daftar.projections.casehistory;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** Every event of a filing, ordered by its sequence number in the filing's stream. */
public record CaseHistoryView(String filingId, List<Entry> entries) {

    public CaseHistoryView {
        entries = List.copyOf(entries);
    }

    /**
     * One event: its type (simple name, e.g. {@code TrackingCodeIssued}), its message id, when it
     * was recorded, who acted in which role and office (from the event's metadata; null when
     * absent), and the event's payload as JSON.
     */
    public record Entry(
            long seq,
            String eventType,
            String eventId,
            Instant recordedAt,
            String actorId,
            String actorRole,
            String officeId,
            JsonNode details) {
    }
}
