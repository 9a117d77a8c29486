package ir.daftar.api.scale;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code daftar.scale.*}: how this instance shares the event processors with the others on the same
 * database. {@code node-id} names it in {@code token_entry.owner} and {@code processing_node} (default:
 * Axon's own, {@code pid@host}); {@code balance-interval} is how often it heartbeats and gives up
 * segments above its fair share; {@code claim-extension-threshold} is how long an idle segment keeps
 * its claim before refreshing it (must stay below {@code axon.eventhandling.tokenstore.claim-timeout}).
 */
@ConfigurationProperties("daftar.scale")
public record ScaleOutProperties(String nodeId, Boolean balance, Duration balanceInterval,
                                 Duration claimExtensionThreshold) {

    public ScaleOutProperties {
        nodeId = nodeId == null || nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId.trim();
        balance = balance == null || balance;
        balanceInterval = balanceInterval == null ? Duration.ofSeconds(5) : balanceInterval;
        claimExtensionThreshold = claimExtensionThreshold == null ? Duration.ofSeconds(2) : claimExtensionThreshold;
    }
}
