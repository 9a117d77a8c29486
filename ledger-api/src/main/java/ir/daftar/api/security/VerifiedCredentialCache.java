package ir.daftar.api.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Stateless HTTP Basic checks the password on every request, and BCrypt is deliberately slow
 * (tens of milliseconds of CPU). This decorator remembers, for a few minutes, that a password
 * matched a stored hash: the key is an HMAC, under a random per-process secret, of the stored
 * hash and the password, so neither is kept. Changing a password changes the stored hash, which
 * ends the cached match; a wrong password always goes to BCrypt.
 */
final class VerifiedCredentialCache implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final long ttlMillis;
    private final byte[] secret = new byte[32];
    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    VerifiedCredentialCache(PasswordEncoder delegate, long ttlMillis) {
        this.delegate = delegate;
        this.ttlMillis = ttlMillis;
        new SecureRandom().nextBytes(secret);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = key(rawPassword, encodedPassword);
        long now = System.currentTimeMillis();
        Long until = verifiedUntil.get(key);
        if (until != null && until > now) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
            verifiedUntil.put(key, now + ttlMillis);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String key(CharSequence raw, String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(encoded.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
