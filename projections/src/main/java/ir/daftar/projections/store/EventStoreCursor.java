package ir.daftar.projections.store;

import static ir.daftar.projections.store.EventTable.AGGREGATE_IDENTIFIER;
import static ir.daftar.projections.store.EventTable.COLUMNS;
import static ir.daftar.projections.store.EventTable.EVENT_IDENTIFIER;
import static ir.daftar.projections.store.EventTable.GLOBAL_INDEX;
import static ir.daftar.projections.store.EventTable.NAME;
import static ir.daftar.projections.store.EventTable.PAYLOAD;
import static ir.daftar.projections.store.EventTable.SEQUENCE_NUMBER;

import ir.daftar.core.inspection.LedgerEntry;
import ir.daftar.core.integrity.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * Reads the event store ({@link EventTable}) in global order through a JDBC cursor:
 * rows are fetched a batch at a time and each event is deserialized with the ledger's event
 * serializer and handed on before the next is read, so a replay of years of events needs the
 * memory of one batch. Read-only, in one transaction (a consistent snapshot on PostgreSQL).
 */
public final class EventStoreCursor {

    /** Rows fetched per round trip. */
    public static final int FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final Serializer serializer;

    public EventStoreCursor(DataSource dataSource, Serializer serializer) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.serializer = Objects.requireNonNull(serializer, "serializer");
    }

    /** The global index of the last event stored now (0 when the store is empty). */
    public long head() {
        try (Connection c = dataSource.getConnection()) {
            return StoredEvents.head(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the head of the event store", e);
        }
    }

    /**
     * Streams every event with a global index up to {@code head}, in order, to {@code consumer};
     * stops early when the consumer returns false. Returns the number of events read.
     */
    public long streamAll(long head, Predicate<LedgerEntry> consumer) {
        return query("SELECT " + COLUMNS + " FROM " + NAME + " WHERE " + GLOBAL_INDEX + " <= ? ORDER BY " + GLOBAL_INDEX,
                consumer, head);
    }

    /** Streams the events of one aggregate (a filing, an office, an inspection) in their order. */
    public long streamAggregate(String aggregateId, Predicate<LedgerEntry> consumer) {
        return query("SELECT " + COLUMNS + " FROM " + NAME + " WHERE " + AGGREGATE_IDENTIFIER + " = ? ORDER BY "
                + SEQUENCE_NUMBER,
                consumer, aggregateId);
    }

    /** One event by its id, or null. */
    public LedgerEntry find(String eventId) {
        LedgerEntry[] found = new LedgerEntry[1];
        query("SELECT " + COLUMNS + " FROM " + NAME + " WHERE " + EVENT_IDENTIFIER + " = ?", e -> {
            found[0] = e;
            return false;
        }, eventId);
        return found[0];
    }

    /** The payload of one event as the JSON text stored, or null. */
    public String payloadJson(String eventId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT " + PAYLOAD + " FROM " + NAME + " WHERE " + EVENT_IDENTIFIER + " = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        }
    }

    private long query(String sql, Predicate<LedgerEntry> consumer, Object parameter) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            // PostgreSQL streams with a cursor only inside a transaction; H2 spills large results to disk
            c.setAutoCommit(false);
            long count = 0;
            try (PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(FETCH_SIZE);
                s.setObject(1, parameter);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        count++;
                        if (!consumer.test(entry(rs))) {
                            break;
                        }
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        }
    }

    private LedgerEntry entry(ResultSet rs) throws SQLException {
        StoredRecord stored = EventTable.stored(rs);
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(stored.payload(), byte[].class,
                stored.payloadType(), stored.payloadRevision()));
        if (payload == null) {
            payload = new UnknownSerializedType(serializer, new SimpleSerializedObject<>(new byte[0], byte[].class,
                    stored.payloadType(), null));
        }
        Map<String, ?> metaData = stored.metaData() == null ? Map.of()
                : serializer.<byte[], MetaData>deserialize(new SerializedMetaData<>(stored.metaData(), byte[].class));
        return new LedgerEntry(stored.globalIndex(), stored.eventId(), stored.aggregateType(), stored.aggregateId(),
                stored.sequenceNumber(), timestamp(stored.timestamp()), payload, metaData);
    }

    /** Axon writes the timestamp as an ISO-8601 string. */
    static Instant timestamp(String stored) {
        try {
            return Instant.parse(stored);
        } catch (DateTimeParseException notUtc) {
            return OffsetDateTime.parse(stored).toInstant();
        }
    }
}
