package ir.daftar.api.security;

import ir.daftar.core.common.ActorRole;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Production sign-in through OpenID Connect / JWT (A12): a standard OAuth2 resource server, on only
 * when an identity provider is configured ({@code daftar.security.jwt.issuer-uri}, or a
 * {@code jwk-set-uri}, or a fixed RSA {@code public-key}). Local accounts stay for the embedded
 * default. A token names one Daftar role ({@code role} claim, or a {@code roles} list holding exactly
 * one), the person ({@code actor_id}, else {@code sub}), and the office ({@code office_id}) or
 * authority ({@code authority_id}) the role requires; a token that does not is refused (401).
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    @Bean
    @ConditionalOnExpression("'${daftar.security.jwt.issuer-uri:}' != '' or '${daftar.security.jwt.jwk-set-uri:}' != '' "
            + "or '${daftar.security.jwt.public-key:}' != ''")
    JwtDecoder daftarJwtDecoder(@Value("${daftar.security.jwt.issuer-uri:}") String issuer,
                                @Value("${daftar.security.jwt.jwk-set-uri:}") String jwkSetUri,
                                @Value("${daftar.security.jwt.public-key:}") String publicKey,
                                @Value("${daftar.security.jwt.audience:}") String audience) throws Exception {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(issuer.isBlank() ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(issuer));
        if (!audience.isBlank()) {
            validators.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong audience", null)));
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(validators);
        if (!publicKey.isBlank()) {
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.replaceAll("\\s", ""))));
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (!jwkSetUri.isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // discovery on first use, so that the application starts while the identity provider is away
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    @Bean
    Converter<Jwt, AbstractAuthenticationToken> daftarJwtPrincipal() {
        return JwtConfiguration::principal;
    }

    static AbstractAuthenticationToken principal(Jwt jwt) {
        Set<ActorRole> roles = new LinkedHashSet<>();
        Object single = jwt.getClaims().get("role");
        Object many = jwt.getClaims().get("roles");
        if (single != null) {
            role(single.toString()).ifPresent(roles::add);
        }
        if (many instanceof Collection<?> list) {
            list.forEach(r -> role(String.valueOf(r)).ifPresent(roles::add));
        }
        if (roles.size() != 1) {
            throw new InvalidBearerTokenException("the token must name exactly one Daftar role");
        }
        ActorRole role = roles.iterator().next();
        String actorId = jwt.getClaimAsString("actor_id") != null ? jwt.getClaimAsString("actor_id") : jwt.getSubject();
        String office = jwt.getClaimAsString("office_id");
        String authority = jwt.getClaimAsString("authority_id");
        if (actorId == null || actorId.isBlank() || (role.isOfficeStaff() && office == null)
                || (role == ActorRole.COURT_STAFF && authority == null)) {
            throw new InvalidBearerTokenException("the token lacks the person, office or authority its role needs");
        }
        DaftarPrincipal principal = new DaftarPrincipal(jwt.getSubject() == null ? actorId : jwt.getSubject(), null, actorId,
                role, office, authority);
        return new DaftarAuthentication(principal, jwt.getTokenValue());
    }

    private static java.util.Optional<ActorRole> role(String claim) {
        String name = claim.startsWith("ROLE_") ? claim.substring(5) : claim;
        try {
            ActorRole role = ActorRole.valueOf(name);
            return role == ActorRole.SYSTEM ? java.util.Optional.empty() : java.util.Optional.of(role);
        } catch (IllegalArgumentException notOurs) {
            return java.util.Optional.empty();
        }
    }

    /** A signed-in person whose identity came from a token: the same principal as a local account's. */
    static final class DaftarAuthentication extends AbstractAuthenticationToken {
        private final DaftarPrincipal principal;
        private final String token;

        DaftarAuthentication(DaftarPrincipal principal, String token) {
            super(principal.getAuthorities());
            this.principal = principal;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String toString() {
            return "DaftarAuthentication[" + principal + "]";
        }
    }
}
