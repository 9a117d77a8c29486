package ir.daftar.api.integrity;

import ir.daftar.core.integrity.EventHash;
import ir.daftar.core.integrity.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chains stored events to their predecessors: reads the rows exactly as they were stored (in the
 * caller's transaction), computes each event's hash over its canonical form and the hash of the
 * event before it in its aggregate stream, and records both in {@code event_chain}. Plain JDBC on
 * the given connection, so it runs inside the event store's append and inside a Flyway migration.
 */
public final class EventChainWriter {

    static final String EVENT_COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    private EventChainWriter() {
    }

    /** Reads the stored rows of the given event ids, in global order. */
    public static List<StoredRecord> readStored(Connection c, Collection<String> eventIds) throws SQLException {
        List<StoredRecord> rows = new ArrayList<>(eventIds.size());
        List<String> ids = new ArrayList<>(eventIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT " + EVENT_COLUMNS
                    + " FROM domain_event_entry WHERE event_identifier IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(stored(rs));
                    }
                }
            }
        }
        rows.sort(java.util.Comparator.comparingLong(StoredRecord::globalIndex));
        return rows;
    }

    public static StoredRecord stored(ResultSet rs) throws SQLException {
        return new StoredRecord(rs.getLong("global_index"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("type"),
                rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getBytes("payload"), rs.getBytes("meta_data"));
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
