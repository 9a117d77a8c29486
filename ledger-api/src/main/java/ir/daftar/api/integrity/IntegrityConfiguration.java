package ir.daftar.api.integrity;

import java.time.Clock;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tamper-evident event store: Axon's JDBC engine that chains every event it appends (this bean
 * replaces the one Axon's JDBC auto-configuration would make, built the same way), and the
 * checkpointer that seals the global stream with signed Merkle roots.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrityProperties.class)
@EnableScheduling
public class IntegrityConfiguration {

    /** Only with our own JDBC store: under the axonserver profile Axon Server stores the events (and nothing chains them). */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 @Value("${daftar.performance.event-fetch-size:100}") int fetchSize) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                // events read per query, by a processor's stream and by an aggregate's replay (docs/performance.md)
                .batchSize(fetchSize)
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema);
        return new ChainedJdbcEventStorageEngine(builder, transactionManager);
    }

    @Bean
    CheckpointSigner checkpointSigner(IntegrityProperties properties,
                                      @Value("${spring.datasource.url:}") String databaseUrl) {
        return CheckpointSigner.from(properties, databaseUrl.startsWith("jdbc:h2:"));
    }

    @Bean
    LedgerCheckpointer ledgerCheckpointer(JdbcTemplate jdbc, TransactionTemplate tx, CheckpointSigner signer,
                                          IntegrityProperties properties) {
        return new LedgerCheckpointer(jdbc, tx, signer, properties, Clock.systemUTC());
    }
}
