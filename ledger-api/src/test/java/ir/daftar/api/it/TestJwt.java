package ir.daftar.api.it;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in identity provider for the tests: an RSA key made here (no network), whose public key
 * the application is configured with, and tokens signed with it.
 */
public final class TestJwt {

    public static final String ISSUER = "https://idp.daftar.test/realms/daftar";
    public static final KeyPair KEYS = rsa();

    private TestJwt() {
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("daftar.security.jwt.issuer-uri", () -> ISSUER);
        registry.add("daftar.security.jwt.public-key", () -> Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()));
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed with {@code keys}, issued by {@code issuer}, valid until {@code expiresAt}, with these claims. */
    public static String token(KeyPair keys, String issuer, Instant expiresAt, Map<String, Object> claims) {
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID("test").build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuer(issuer).issuedAt(expiresAt.minusSeconds(600))
                .expiresAt(expiresAt);
        claims.forEach(set::claim);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), set.build()))
                .getTokenValue();
    }

    public static String token(Map<String, Object> claims) {
        return token(KEYS, ISSUER, Instant.now().plusSeconds(300), claims);
    }
}
