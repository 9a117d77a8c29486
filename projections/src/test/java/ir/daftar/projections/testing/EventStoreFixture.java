package ir.daftar.projections.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An in-memory H2 database with the application's event store (ledger-api's migrations, read
 * from the source tree) and this module's projection tables, written to through Axon's own JDBC
 * storage engine configured like the application's, with the ledger's Jackson serializer.
 */
public final class EventStoreFixture implements AutoCloseable {

    public final DataSource dataSource;
    public final JdbcTemplate jdbc;
    public final Serializer serializer;
    public final JdbcEventStorageEngine engine;

    public EventStoreFixture() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:es_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2)
                .locations("classpath:db/migration", "filesystem:../ledger-api/src/main/resources/db/migration")
                .load().migrate();
        this.dataSource = h2;
        this.jdbc = new JdbcTemplate(h2);
        this.serializer = JacksonSerializer.builder().objectMapper(ledgerObjectMapper()).build();
        this.engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(h2))
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(schema())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    public static ObjectMapper ledgerObjectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The application's event schema (ledger-api AxonConfiguration). */
    public static EventSchema schema() {
        return EventSchema.builder().eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
                .typeColumn("type").timestampColumn("time_stamp").payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision").payloadColumn("payload").metaDataColumn("meta_data").build();
    }

    public void append(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void close() {
        jdbc.execute("SHUTDOWN");
    }
}
