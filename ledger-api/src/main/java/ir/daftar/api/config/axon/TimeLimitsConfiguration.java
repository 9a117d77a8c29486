package ir.daftar.api.config.axon;

import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The time limit on every command, query and processor batch ({@link UnitOfWorkTimeLimits}), in place of Axon's
 * own (switched off with {@code axon.timeout.enabled=false}: its per-handler layer and its per-unit-of-work layer).
 */
@Configuration(proxyBeanMethods = false)
class TimeLimitsConfiguration {

    @Bean(destroyMethod = "close")
    UnitOfWorkTimeLimits unitOfWorkTimeLimits(
            @Value("${daftar.time-limits.warn-after:10s}") Duration warnAfter,
            @Value("${daftar.time-limits.warn-every:1s}") Duration warnEvery,
            @Value("${daftar.time-limits.interrupt-after:60s}") Duration interruptAfter) {
        return new UnitOfWorkTimeLimits(warnAfter, warnEvery, interruptAfter);
    }

    @Bean
    ConfigurerModule unitOfWorkTimeLimitsModule(UnitOfWorkTimeLimits limits) {
        return configurer -> {
            configurer.eventProcessing().registerDefaultHandlerInterceptor(
                    (config, processor) -> limits.interceptor("event processor " + processor));
            configurer.onInitialize(config -> {
                config.commandBus().registerHandlerInterceptor(limits.interceptor("command bus"));
                config.queryBus().registerHandlerInterceptor(limits.interceptor("query bus"));
            });
        };
    }
}
