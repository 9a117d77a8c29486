package ir.daftar.api.alert;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code daftar.alerts.*}: which gateway sends SMS alerts ({@code log} or {@code http}), how often
 * and how long the dispatcher retries (exponential backoff from {@code initialBackoff}, capped at
 * {@code maxBackoff}, dead after {@code maxAttempts} tries).
 */
@ConfigurationProperties("daftar.alerts")
public record AlertProperties(String gateway, String logFile, Http http, int maxAttempts, Duration initialBackoff,
                              Duration maxBackoff, Duration pollInterval, int batchSize, Duration lease) {

    public AlertProperties {
        gateway = gateway == null ? "log" : gateway;
        logFile = logFile == null ? "./data/alerts.log" : logFile;
        http = http == null ? new Http(null, Duration.ofSeconds(10)) : http;
        maxAttempts = maxAttempts < 1 ? 6 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(10) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(30) : maxBackoff;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        batchSize = batchSize < 1 ? 20 : batchSize;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
    }

    /** The SMS gateway's URL ({@code daftar.alerts.http.url}) and the time one request may take. */
    public record Http(String url, Duration timeout) {
        public Http {
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }
    }

    /** The wait before try {@code n + 1} after {@code n} failed tries: initial × 2^(n−1), capped. */
    public Duration backoffAfter(int failedTries) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failedTries && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
