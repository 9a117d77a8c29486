package ir.daftar.core.inspection;

import ir.daftar.core.common.MetaDataKeys;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * An event as the ledger stored it: its place in the global stream, its ids, when it was
 * recorded, its payload, and its metadata (who acted, in which role and office). What an
 * inspector's replay reads, one at a time.
 *
 * @param aggregateType the aggregate's type ({@code Filing}, {@code Office}, ...), null for events of no aggregate
 */
public record LedgerEntry(long globalIndex, String eventId, String aggregateType, String aggregateId,
                            long sequenceNumber, Instant recordedAt, Object payload, Map<String, ?> metaData) {

    /** Metadata key for when an act happened, when it differs from when it was recorded (A10 paper-origin work). */
    public static final String OCCURRED_AT = "occurredAt";

    public LedgerEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(payload, "payload");
        metaData = metaData == null ? Map.of() : metaData;
    }

    public String actorId() {
        return text(MetaDataKeys.ACTOR_ID);
    }

    public String actorRole() {
        return text(MetaDataKeys.ACTOR_ROLE);
    }

    public String officeId() {
        return text(MetaDataKeys.OFFICE_ID);
    }

    public String authorityId() {
        return text(MetaDataKeys.AUTHORITY_ID);
    }

    /** When the act happened: the metadata's {@value #OCCURRED_AT} if given, else when it was recorded. */
    public Instant occurredAt() {
        String given = text(OCCURRED_AT);
        if (given != null) {
            try {
                return Instant.parse(given);
            } catch (DateTimeParseException ignored) {
                // a malformed value is shown as is in the activity; the recording time stands
            }
        }
        return recordedAt;
    }

    /** The payload type's simple name, e.g. {@code CourtFeePaid}. */
    public String eventType() {
        return payload.getClass().getSimpleName();
    }

    private String text(String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
