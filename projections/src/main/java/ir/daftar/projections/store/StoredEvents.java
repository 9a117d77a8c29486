package ir.daftar.projections.store;

import static ir.daftar.projections.store.EventTable.AGGREGATE_IDENTIFIER;
import static ir.daftar.projections.store.EventTable.COLUMNS;
import static ir.daftar.projections.store.EventTable.EVENT_IDENTIFIER;
import static ir.daftar.projections.store.EventTable.GLOBAL_INDEX;
import static ir.daftar.projections.store.EventTable.NAME;
import static ir.daftar.projections.store.EventTable.SEQUENCE_NUMBER;

import ir.daftar.core.integrity.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads events exactly as stored ({@link StoredRecord}: the bytes at rest, not deserialized), on the
 * caller's connection and in the caller's transaction: by global index range, by event id, or all
 * of them in global order through a cursor. For the tamper evidence (chaining, sealing, verifying),
 * which hashes the stored bytes. The migration that chained the events of upgraded ledgers reads
 * through {@link #after}, so its result for a given table never changes.
 */
public final class StoredEvents {

    /** Event ids bound per statement when reading by id. */
    private static final int IDS_PER_STATEMENT = 500;

    private StoredEvents() {
    }

    /** The events with a global index above {@code after}, in global order, at most {@code max} of them. */
    public static List<StoredRecord> after(Connection c, long after, int max) throws SQLException {
        List<StoredRecord> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM " + NAME + " WHERE " + GLOBAL_INDEX
                + " > ? ORDER BY " + GLOBAL_INDEX)) {
            s.setLong(1, after);
            s.setMaxRows(max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(EventTable.stored(rs));
                }
            }
        }
        return rows;
    }

    /** The events with the given ids that are stored, in global order. */
    public static List<StoredRecord> byIds(Connection c, Collection<String> eventIds) throws SQLException {
        List<StoredRecord> rows = new ArrayList<>(eventIds.size());
        List<String> ids = new ArrayList<>(eventIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM " + NAME + " WHERE "
                    + EVENT_IDENTIFIER + " IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(EventTable.stored(rs));
                    }
                }
            }
        }
        rows.sort(Comparator.comparingLong(StoredRecord::globalIndex));
        return rows;
    }

    /** The global index of an aggregate's event at {@code sequenceNumber}, if stored. */
    public static Optional<Long> globalIndexOf(Connection c, String aggregateId, long sequenceNumber)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + GLOBAL_INDEX + " FROM " + NAME + " WHERE "
                + AGGREGATE_IDENTIFIER + " = ? AND " + SEQUENCE_NUMBER + " = ?")) {
            s.setString(1, aggregateId);
            s.setLong(2, sequenceNumber);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The global index of the last event stored (0 when there is none). */
    public static long head(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(" + GLOBAL_INDEX + "), 0) FROM " + NAME);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Every event in global order, pulled one at a time through a cursor that fetches {@code fetchSize}
     * rows per round trip (on PostgreSQL only inside a transaction: the caller turns auto-commit off).
     */
    public static InGlobalOrder inGlobalOrder(Connection c, int fetchSize) throws SQLException {
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM " + NAME + " ORDER BY " + GLOBAL_INDEX);
        try {
            s.setFetchSize(fetchSize);
            return new InGlobalOrder(s, s.executeQuery());
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** An open cursor over every event in global order. */
    public static final class InGlobalOrder implements AutoCloseable {

        private final PreparedStatement statement;
        private final ResultSet rows;

        private InGlobalOrder(PreparedStatement statement, ResultSet rows) {
            this.statement = statement;
            this.rows = rows;
        }

        /** The next event, or null after the last. */
        public StoredRecord next() throws SQLException {
            return rows.next() ? EventTable.stored(rows) : null;
        }

        @Override
        public void close() throws SQLException {
            try {
                rows.close();
            } finally {
                statement.close();
            }
        }
    }
}
