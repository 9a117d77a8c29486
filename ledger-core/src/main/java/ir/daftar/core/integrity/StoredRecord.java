package ir.daftar.core.integrity;

import java.util.Objects;

/**
 * One event as it is stored in the event table: the exact bytes at rest, not the Java object.
 * The hash of an event is taken over these fields, so a change of a single stored byte shows.
 *
 * @param globalIndex     position in the global stream
 * @param eventId         the event's unique identifier
 * @param aggregateId     the aggregate stream it belongs to
 * @param sequenceNumber  its position in that stream (0 for the first)
 * @param aggregateType   the aggregate type, or null for an event outside any aggregate
 * @param timestamp       the recording time exactly as stored
 * @param payloadType     the payload's type name
 * @param payloadRevision the payload's revision, or null
 * @param payload         the serialized payload bytes
 * @param metaData        the serialized metadata bytes, or null
 */
public record StoredRecord(long globalIndex, String eventId, String aggregateId, long sequenceNumber, String aggregateType,
                          String timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {

    public StoredRecord {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(aggregateId, "aggregate id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payloadType, "payload type");
        Objects.requireNonNull(payload, "payload");
    }

    /** How the event is named in a report: global index, stream and position, id. */
    public String describe() {
        return "global index " + globalIndex + ", aggregate " + aggregateId + ", sequence " + sequenceNumber
                + ", event id " + eventId;
    }

    @Override
    public String toString() {
        return "StoredRecord[" + describe() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredRecord other && globalIndex == other.globalIndex && eventId.equals(other.eventId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(globalIndex, eventId);
    }
}
