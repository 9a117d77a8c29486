package ir.daftar.projections.store;

import ir.daftar.core.integrity.StoredRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * The event table as Flyway creates it ({@code V1__event_store.sql}) and Axon's JDBC engine writes
 * it: its name and its columns, named here and nowhere else in the code (the migrations aside).
 * Every reader of the raw table builds its SQL from these names and reads a row with {@link #stored}.
 */
public final class EventTable {

    /** The events, one row each, in global order by {@link #GLOBAL_INDEX}. */
    public static final String NAME = "domain_event_entry";
    /** Axon's snapshots (none are taken today; the engine needs the table named). */
    public static final String SNAPSHOT_TABLE = "snapshot_event_entry";

    public static final String GLOBAL_INDEX = "global_index";
    public static final String EVENT_IDENTIFIER = "event_identifier";
    public static final String AGGREGATE_IDENTIFIER = "aggregate_identifier";
    public static final String SEQUENCE_NUMBER = "sequence_number";
    public static final String TYPE = "type";
    public static final String TIME_STAMP = "time_stamp";
    public static final String PAYLOAD_TYPE = "payload_type";
    public static final String PAYLOAD_REVISION = "payload_revision";
    public static final String PAYLOAD = "payload";
    public static final String META_DATA = "meta_data";

    /** Every column, in the order of {@link StoredRecord}'s fields. */
    public static final List<String> COLUMN_NAMES = List.of(GLOBAL_INDEX, EVENT_IDENTIFIER, AGGREGATE_IDENTIFIER,
            SEQUENCE_NUMBER, TYPE, TIME_STAMP, PAYLOAD_TYPE, PAYLOAD_REVISION, PAYLOAD, META_DATA);

    /** {@link #COLUMN_NAMES} as a select list. */
    public static final String COLUMNS = columns("");

    private EventTable() {
    }

    /** The select list with each column qualified by a table alias ({@code columns("e.")}). */
    public static String columns(String alias) {
        return COLUMN_NAMES.stream().map(c -> alias + c).collect(Collectors.joining(", "));
    }

    /** The schema for Axon's JDBC engine: these names (snake_case, Flyway-owned tables). */
    public static EventSchema schema() {
        return EventSchema.builder().eventTable(NAME).snapshotTable(SNAPSHOT_TABLE)
                .globalIndexColumn(GLOBAL_INDEX).eventIdentifierColumn(EVENT_IDENTIFIER)
                .aggregateIdentifierColumn(AGGREGATE_IDENTIFIER).sequenceNumberColumn(SEQUENCE_NUMBER)
                .typeColumn(TYPE).timestampColumn(TIME_STAMP).payloadTypeColumn(PAYLOAD_TYPE)
                .payloadRevisionColumn(PAYLOAD_REVISION).payloadColumn(PAYLOAD).metaDataColumn(META_DATA).build();
    }

    /**
     * Axon's JDBC engine on this table outside the application (operators' tools, tests): the
     * schema above, {@code serializer} for events and snapshots, and no transactions of its own
     * (each statement commits, or joins the caller's).
     */
    public static JdbcEventStorageEngine engine(DataSource dataSource, Serializer serializer) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(schema())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    /** The row under the result set's cursor exactly as stored (columns read by name, so any select order works). */
    public static StoredRecord stored(ResultSet rs) throws SQLException {
        return new StoredRecord(rs.getLong(GLOBAL_INDEX), rs.getString(EVENT_IDENTIFIER), rs.getString(AGGREGATE_IDENTIFIER),
                rs.getLong(SEQUENCE_NUMBER), rs.getString(TYPE), rs.getString(TIME_STAMP), rs.getString(PAYLOAD_TYPE),
                rs.getString(PAYLOAD_REVISION), rs.getBytes(PAYLOAD), rs.getBytes(META_DATA));
    }
}
