package ir.daftar.api.receipt;

import ir.daftar.core.integrity.CheckpointKeys;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The receipt keys of this instance (ADR 1000): every key published, and for the ones this instance may sign
 * with, the signing function. The key that signs is the one in force now with the latest start.
 */
public final class ReceiptKeyRing {

    /** A key this instance can sign with. */
    public record SigningKey(PublishedKeys.Key key, UnaryOperator<byte[]> sign) {
    }

    private final PublishedKeys published;
    private final List<SigningKey> signing;

    public ReceiptKeyRing(PublishedKeys published, List<SigningKey> signing) {
        this.published = published;
        this.signing = List.copyOf(signing);
    }

    /**
     * The configured receipt keys, or, with none, the checkpoint key for receipts too; the checkpoint key is
     * always published for checkpoints, so that the offline command can check a receipt's inclusion.
     */
    public static ReceiptKeyRing of(ReceiptProperties properties, PublicKey checkpointKey, UnaryOperator<byte[]> checkpointSign) {
        List<PublishedKeys.Key> keys = new ArrayList<>();
        List<SigningKey> signing = new ArrayList<>();
        String checkpointKid = CheckpointKeys.keyId(checkpointKey);
        boolean checkpointListed = false;
        for (ReceiptProperties.KeyEntry e : properties.keys()) {
            PublicKey pk = CheckpointKeys.publicKey(e.publicKey());
            Set<String> purposes = new HashSet<>(Set.of(PublishedKeys.RECEIPT));
            if (CheckpointKeys.keyId(pk).equals(checkpointKid)) {
                purposes.add(PublishedKeys.CHECKPOINT);
                checkpointListed = true;
            }
            PublishedKeys.Key key = PublishedKeys.Key.of(pk, e.validFrom(), e.validUntil(), purposes);
            keys.add(key);
            if (e.privateKey() != null && !e.privateKey().isBlank()) {
                PrivateKey sk = CheckpointKeys.privateKey(e.privateKey());
                byte[] probe = "daftar-receipt-key-check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                if (!CheckpointKeys.verify(pk, probe, CheckpointKeys.sign(sk, probe))) {
                    throw new IllegalStateException("daftar.receipts.keys: key " + key.kid()
                            + ": the private key does not match the public key");
                }
                signing.add(new SigningKey(key, bytes -> CheckpointKeys.sign(sk, bytes)));
            }
        }
        if (properties.keys().isEmpty()) {
            PublishedKeys.Key key = PublishedKeys.Key.of(checkpointKey, null, null,
                    Set.of(PublishedKeys.RECEIPT, PublishedKeys.CHECKPOINT));
            keys.add(key);
            signing.add(new SigningKey(key, checkpointSign));
        } else if (!checkpointListed) {
            keys.add(PublishedKeys.Key.of(checkpointKey, null, null, Set.of(PublishedKeys.CHECKPOINT)));
        }
        return new ReceiptKeyRing(new PublishedKeys(keys), signing);
    }

    public PublishedKeys published() {
        return published;
    }

    /** The key that signs at {@code now}: in force then, the latest to begin. */
    public Optional<SigningKey> signingKeyAt(Instant now) {
        return signing.stream().filter(s -> s.key().validAt(now))
                .max(Comparator.comparing(s -> s.key().validFrom() == null ? Instant.MIN : s.key().validFrom()));
    }
}
