package ir.daftar.api.integrity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tamper evidence settings ({@code daftar.integrity.*}): the checkpoint signing key and how often
 * and how large checkpoints are.
 *
 * @param privateKey Base64 PKCS#8 Ed25519 private key that signs checkpoints (production: from a secret)
 * @param publicKey  Base64 X.509 Ed25519 public key matching it (give it to whoever verifies)
 * @param keyFile    where the embedded default keeps a key pair it generated, when no key is configured
 * @param interval   how often settled events are sealed into checkpoints
 * @param maxEvents  the most events one checkpoint covers
 * @param settle     how long an observed global index must be old before it is sealed (in-flight appends)
 */
@ConfigurationProperties("daftar.integrity")
public record IntegrityProperties(String privateKey, String publicKey, String keyFile, Duration interval, Integer maxEvents,
                                  Duration settle) {

    public IntegrityProperties {
        interval = interval == null ? Duration.ofSeconds(10) : interval;
        maxEvents = maxEvents == null ? 1000 : maxEvents;
        settle = settle == null ? Duration.ofSeconds(2) : settle;
        if (maxEvents < 1) {
            throw new IllegalArgumentException("daftar.integrity.max-events must be positive");
        }
    }
}
