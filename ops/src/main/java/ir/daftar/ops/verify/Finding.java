package ir.daftar.ops.verify;

/**
 * What the verifier found wrong first. The kinds an operator must tell apart: an event whose
 * stored bytes changed, an event that is gone, an event that was never legitimately written, an
 * event out of its place, a checkpoint that is not what the key signed, and events no valid
 * checkpoint vouches for yet.
 */
public record Finding(Kind kind, long globalIndex, String aggregateId, Long sequenceNumber, String eventId, String detail) {

    public enum Kind { ALTERED, DELETED, INSERTED, REORDERED, CHECKPOINT_INVALID, UNSEALED }

    public boolean isTampering() {
        return kind != Kind.UNSEALED;
    }

    public String describe() {
        StringBuilder s = new StringBuilder(kind.name()).append(": ");
        s.append("global index ").append(globalIndex);
        if (aggregateId != null) {
            s.append(", aggregate ").append(aggregateId);
        }
        if (sequenceNumber != null) {
            s.append(", sequence ").append(sequenceNumber);
        }
        if (eventId != null) {
            s.append(", event id ").append(eventId);
        }
        return s.append(" - ").append(detail).toString();
    }
}
