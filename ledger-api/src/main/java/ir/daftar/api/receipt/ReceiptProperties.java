package ir.daftar.api.receipt;

import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Receipt signing keys ({@code daftar.receipts.keys[n].*}, ADR 1000). With none configured, receipts are signed
 * with the ledger's checkpoint key (ADR 0300). To rotate: give the old key a {@code valid-until} and drop its
 * private key, add the new key with its private key and a {@code valid-from}; keep the old public key listed
 * for as long as its receipts are to verify.
 *
 * @param keys every receipt key ever in force, retired ones too
 */
@ConfigurationProperties("daftar.receipts")
public record ReceiptProperties(List<KeyEntry> keys) {

    public ReceiptProperties {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /**
     * @param publicKey  Base64 X.509 Ed25519 public key
     * @param privateKey Base64 PKCS#8 private key, only for the key that signs now (from a secret)
     * @param validFrom  when it began to sign (empty: from the start)
     * @param validUntil when it stopped signing (empty: still in force)
     */
    public record KeyEntry(String publicKey, String privateKey, Instant validFrom, Instant validUntil) {
    }
}
