package ir.daftar.core.inspection;

import java.time.Instant;

/**
 * One act in an office's replayed activity: what happened (event type), to what (a filing, the
 * office, an inspection), by whom in which role, when it was recorded and when it happened.
 */
public record ActivityEntry(long globalIndex, String eventId, String eventType, String subjectId, String actorId,
                            String actorRole, String actorOfficeId, Instant recordedAt, Instant occurredAt) {

    static ActivityEntry of(LedgerEntry e, String subjectId) {
        return new ActivityEntry(e.globalIndex(), e.eventId(), e.eventType(), subjectId, e.actorId(), e.actorRole(),
                e.officeId(), e.recordedAt(), e.occurredAt());
    }
}
