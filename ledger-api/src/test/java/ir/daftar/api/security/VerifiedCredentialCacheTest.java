package ir.daftar.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialCacheTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };

    @Test
    void a_verified_password_is_not_checked_with_bcrypt_again_within_the_ttl() {
        VerifiedCredentialCache cache = new VerifiedCredentialCache(counting, 60_000);
        String hash = cache.encode("secret-1");
        assertThat(cache.matches("secret-1", hash)).isTrue();
        assertThat(cache.matches("secret-1", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void a_wrong_password_always_goes_to_bcrypt_and_fails() {
        VerifiedCredentialCache cache = new VerifiedCredentialCache(counting, 60_000);
        String hash = cache.encode("secret-1");
        assertThat(cache.matches("secret-1", hash)).isTrue();
        assertThat(cache.matches("secret-2", hash)).isFalse();
        assertThat(cache.matches("secret-2", hash)).isFalse();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void a_changed_hash_ends_the_cached_match_and_expiry_ends_it_too() throws InterruptedException {
        VerifiedCredentialCache cache = new VerifiedCredentialCache(counting, 1);
        String hash = cache.encode("secret-1");
        assertThat(cache.matches("secret-1", hash)).isTrue();
        String newHash = cache.encode("secret-3");
        assertThat(cache.matches("secret-1", newHash)).isFalse();
        Thread.sleep(5);
        assertThat(cache.matches("secret-1", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(3);
    }
}
