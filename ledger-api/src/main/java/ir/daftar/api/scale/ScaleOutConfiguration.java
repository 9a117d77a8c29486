package ir.daftar.api.scale;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer.PooledStreamingProcessorConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several instances on one database: Axon's JDBC token store, built as its auto-configuration builds
 * it but owned under this instance's {@code daftar.scale.node-id} (two instances must never share an
 * owner name, or both would process the same segment), and idle segments that refresh their claims
 * well within the claim timeout, so a live instance's claims are never taken by another.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScaleOutProperties.class)
public class ScaleOutConfiguration {

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                                 TokenStoreProperties tokenStoreProperties, ScaleOutProperties scale) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .nodeId(scale.nodeId())
                .build();
    }

    @Bean
    public PooledStreamingProcessorConfiguration claimExtension(ScaleOutProperties scale) {
        long threshold = scale.claimExtensionThreshold().toMillis();
        return (config, builder) -> builder.claimExtensionThreshold(threshold);
    }

    /**
     * Axon keeps one default configuration for all pooled processors (a second registration replaces the
     * first), so every bean of that type (this one's claim extension, the axonserver profile's initial token)
     * is applied here, in order; application.yml's per-processor settings come after them.
     */
    @Bean
    public ConfigurerModule pooledProcessorDefaults(ObjectProvider<PooledStreamingProcessorConfiguration> parts) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration((config, builder) -> {
                    PooledStreamingEventProcessor.Builder b = builder;
                    for (PooledStreamingProcessorConfiguration part : parts.orderedStream().toList()) {
                        b = part.apply(config, b);
                    }
                    return b;
                }));
    }
}
