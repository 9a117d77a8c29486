package ir.daftar.api.alert;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The alert gateway chosen by {@code daftar.alerts.gateway}; scheduling for the dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertProperties.class)
@EnableScheduling
class AlertConfiguration {

    @Bean
    AlertGateway alertGateway(AlertProperties properties) {
        return switch (properties.gateway()) {
            case "log" -> new LogFileAlertGateway(Path.of(properties.logFile()));
            case "http" -> {
                if (properties.http().url() == null || properties.http().url().isBlank()) {
                    throw new IllegalStateException("daftar.alerts.gateway=http needs daftar.alerts.http.url");
                }
                yield new HttpSmsAlertGateway(URI.create(properties.http().url()), properties.http().timeout());
            }
            default -> throw new IllegalStateException("daftar.alerts.gateway must be log or http, not "
                    + properties.gateway());
        };
    }
}
