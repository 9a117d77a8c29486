package ir.daftar.api.config.privacy;

import ir.daftar.projections.privacy.HmacPersonalDataHasher;
import ir.daftar.projections.privacy.PersonalDataHasher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** National codes are kept in read models only as keyed hashes (HMAC-SHA256). */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    PersonalDataHasher personalDataHasher(@Value("${daftar.privacy.hash-key}") String key) {
        if (key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("daftar.privacy.hash-key must be at least 32 bytes");
        }
        return new HmacPersonalDataHasher(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
