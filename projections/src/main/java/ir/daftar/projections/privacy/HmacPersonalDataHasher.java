package ir.daftar.projections.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of the identifier's UTF-8 bytes under a secret key, as 64 lowercase hexadecimal
 * digits. The key comes from the application's secret configuration, never from the database
 * that holds the hashes; it must be at least 32 bytes (the output size of SHA-256). Changing the
 * key makes every stored hash unmatchable until the projections are rebuilt.
 */
public final class HmacPersonalDataHasher implements PersonalDataHasher {

    /** Shorter keys weaken HMAC-SHA256 below its 256-bit output (RFC 2104, section 3). */
    public static final int MINIMUM_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public HmacPersonalDataHasher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("the HMAC key must be at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        byte[] copy = Arrays.copyOf(key, key.length);
        this.key = new SecretKeySpec(copy, ALGORITHM);
        Arrays.fill(copy, (byte) 0);
        newMac(); // fails here, not on first use, if the JVM lacks the algorithm
    }

    @Override
    public String hash(String personalIdentifier) {
        Objects.requireNonNull(personalIdentifier, "personalIdentifier");
        // a Mac is not thread-safe; event processors and query handlers run on many threads, each with its own,
        // initialised once (looking one up and keying it cost more than the hash on the status lookup's path)
        Mac mac = macs.get();
        return HexFormat.of().formatHex(mac.doFinal(personalIdentifier.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "HmacPersonalDataHasher[HmacSHA256]";
    }
}
