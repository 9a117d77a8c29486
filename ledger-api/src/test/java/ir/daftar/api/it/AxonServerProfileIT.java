package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.DaftarApplication;
import ir.daftar.api.integrity.ChainedJdbcEventStorageEngine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code axonserver} profile wires Axon Server in for the event store and the command and query buses,
 * with the servers taken from configuration, while tokens and read models stay in PostgreSQL. No Axon Server
 * runs here (it is not on Maven Central): the connector connects in the background and keeps retrying, so
 * the context must start and wire correctly without one. It gets a schema of its own (its processors must
 * not claim the shared schema's tokens) and is closed afterwards.
 */
@SpringBootTest(classes = DaftarApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"daftar.demo.enabled=false", "daftar.alerts.dispatcher.enabled=false",
                "daftar.scale.node-id=axonserver-wiring", "axon.axonserver.servers=127.0.0.1:1",
                "axon.axonserver.reconnect-interval=60000"})
@ActiveProfiles("axonserver")
@DirtiesContext
class AxonServerProfileIT {

    static {
        DaftarApplication.disableUpdateChecker();
    }

    private static final String SCHEMA = "it_axs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresTestDatabase.URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Configuration axon;

    @Test
    void events_commands_and_queries_go_through_axon_server_from_the_configured_servers() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(axon.eventStore()).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(axon.commandBus()).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
        assertThat(context.getBean(AxonServerConfiguration.class).getServers()).isEqualTo("127.0.0.1:1");
    }

    @Test
    void the_ledger_own_jdbc_event_store_and_its_hash_chain_are_not_wired_but_tokens_stay_in_the_database() {
        assertThat(context.getBeansOfType(EventStorageEngine.class).values())
                .noneMatch(ChainedJdbcEventStorageEngine.class::isInstance);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
    }

    @AfterAll
    static void dropSchema() {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException ignored) {
            // a leftover schema is harmless
        }
    }
}
