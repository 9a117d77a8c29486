package ir.daftar.api.integrity;

import ir.daftar.projections.store.StoredEvents;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, plus the hash chain: after Axon appends a batch of events, the same
 * transaction reads them back as stored ({@link StoredEvents}) and chains them ({@link EventChainWriter}). If chaining
 * fails, the append fails with it: no event is ever stored without its link.
 */
public class ChainedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactions;

    public ChainedJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder, TransactionManager transactions) {
        super(builder);
        this.transactions = transactions;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            try (Connection c = getConnection()) {
                EventChainWriter.chain(c, StoredEvents.byIds(c,
                        events.stream().map(EventMessage::getIdentifier).toList()));
            } catch (SQLException e) {
                throw new EventStoreException("could not chain the appended events", e);
            }
        });
    }
}
