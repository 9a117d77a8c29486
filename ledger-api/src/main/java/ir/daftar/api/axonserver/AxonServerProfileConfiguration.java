package ir.daftar.api.axonserver;

import org.axonframework.config.EventProcessingConfigurer.PooledStreamingProcessorConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only with Axon Server ({@code axonserver} profile, docs/axon-server.md; Axon's auto-configuration supplies
 * the event store and the buses). A new processor's segments start from the first event without asking the
 * server for its tail (a null token means the same), so an instance starts while Axon Server is still coming
 * up or unreachable and catches up once the connector has connected; otherwise the processors' start would
 * fail after their retries. Applied with the other pooled-processor defaults (ScaleOutConfiguration).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
public class AxonServerProfileConfiguration {

    @Bean
    public PooledStreamingProcessorConfiguration startFromTheFirstEventWithoutAskingTheServer() {
        return (config, builder) -> builder.initialToken(source -> null);
    }
}
