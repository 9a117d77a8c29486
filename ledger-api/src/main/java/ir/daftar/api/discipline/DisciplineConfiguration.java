package ir.daftar.api.discipline;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ADR 1200: a technical failure while executing a ruling must not be skipped. The application's processors log a
 * failed event and go on; the ruling executor's propagates it instead, so its processor stops the segment and tries
 * the event again (each execution is idempotent, so trying again is safe).
 */
@Configuration(proxyBeanMethods = false)
class DisciplineConfiguration {

    @Bean
    ConfigurerModule rulingExecutionRetries() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                RulingExecutor.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
