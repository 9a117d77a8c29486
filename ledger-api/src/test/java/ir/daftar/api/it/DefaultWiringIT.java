package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.integrity.ChainedJdbcEventStorageEngine;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Without the axonserver profile nothing of Axon Server is wired, although its connector is on the class
 * path: the events go to our JDBC store with its hash chain, commands stay in the process.
 */
class DefaultWiringIT extends PostgresIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_default_is_the_chained_jdbc_event_store_and_a_local_command_bus() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(ChainedJdbcEventStorageEngine.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(SimpleCommandBus.class);
        assertThat(context.getBeansOfType(AxonServerConnectionManager.class)).isEmpty();
    }
}
