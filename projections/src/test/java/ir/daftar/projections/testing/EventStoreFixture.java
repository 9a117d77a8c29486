package ir.daftar.projections.testing;

import ir.daftar.projections.store.EventTable;
import ir.daftar.projections.store.LedgerJson;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An in-memory H2 database with the application's event store (ledger-api's migrations, read
 * from the source tree) and this module's projection tables, written to through Axon's own JDBC
 * storage engine on the ledger store's schema ({@link EventTable#engine}), as the operators' tools
 * write it, with the ledger's Jackson serializer ({@link LedgerJson}).
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
        this.serializer = LedgerJson.serializer();
        this.engine = EventTable.engine(h2, serializer);
    }

    public void append(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void close() {
        jdbc.execute("SHUTDOWN");
    }
}
