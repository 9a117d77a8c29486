package ir.daftar.api.integrity;

import ir.daftar.core.integrity.EventHash;
import ir.daftar.core.integrity.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chains stored events to their predecessors: given the rows exactly as they were stored (read in
 * the caller's transaction by {@link ir.daftar.projections.store.StoredEvents}), computes each
 * event's hash over its canonical form and the hash of the event before it in its aggregate
 * stream, and records both in {@code event_chain}. Plain JDBC on the given connection, so it runs
 * inside the event store's append and inside a Flyway migration.
 */
public final class EventChainWriter {

    private EventChainWriter() {
    }

    /**
     * Chains the given rows (in global order). The predecessor of an event is found earlier in the
     * same batch or in {@code event_chain}; an event whose predecessor is not chained is refused, so
     * that a stream can never continue from an unchained (possibly forged) event.
     */
    public static void chain(Connection c, List<StoredRecord> rows) throws SQLException {
        Map<String, byte[]> lastHashInBatch = new HashMap<>();
        Map<String, Long> lastSeqInBatch = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO event_chain (global_index, event_identifier, "
                + "aggregate_identifier, sequence_number, event_hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (StoredRecord e : rows) {
                byte[] previous;
                if (e.sequenceNumber() == 0) {
                    previous = EventHash.GENESIS;
                } else if (lastSeqInBatch.getOrDefault(e.aggregateId(), Long.MIN_VALUE) == e.sequenceNumber() - 1) {
                    previous = lastHashInBatch.get(e.aggregateId());
                } else {
                    previous = chainedHash(c, e.aggregateId(), e.sequenceNumber() - 1);
                }
                byte[] hash = EventHash.of(e, previous);
                insert.setLong(1, e.globalIndex());
                insert.setString(2, e.eventId());
                insert.setString(3, e.aggregateId());
                insert.setLong(4, e.sequenceNumber());
                insert.setBytes(5, hash);
                insert.setBytes(6, previous);
                insert.addBatch();
                lastHashInBatch.put(e.aggregateId(), hash);
                lastSeqInBatch.put(e.aggregateId(), e.sequenceNumber());
            }
            insert.executeBatch();
        }
    }

    private static byte[] chainedHash(Connection c, String aggregateId, long sequenceNumber) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT event_hash FROM event_chain WHERE aggregate_identifier = ? AND sequence_number = ?")) {
            s.setString(1, aggregateId);
            s.setLong(2, sequenceNumber);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getBytes(1);
                }
            }
        }
        throw new IllegalStateException("event " + sequenceNumber + " of stream " + aggregateId
                + " is not chained: the stream cannot be continued");
    }
}
