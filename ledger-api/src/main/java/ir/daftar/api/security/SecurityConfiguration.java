package ir.daftar.api.security;

import ir.daftar.api.demo.DemoAccounts;
import ir.daftar.api.problem.ProblemWriter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request is authenticated except the public status lookup (which needs the tracking
 * code and the applicant's national code), the API document and health. Deny by default.
 * The API is stateless HTTP Basic without cookies, so there is no session for CSRF to ride on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
public class SecurityConfiguration {

    static final String[] OFFICE_ROLES = {"OFFICE_CLERK", "OFFICE_LEGAL_EXPERT", "OFFICE_IT_EXPERT", "OFFICE_MANAGER"};

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public UserDetailsService users(AccountProperties properties, DemoAccounts demo) {
        Map<String, DaftarPrincipal> byName = new HashMap<>();
        for (AccountProperties.Account a : properties.getAccounts()) {
            byName.put(a.username(), new DaftarPrincipal(a.username(), a.password(), a.actorId(), a.role(), a.officeId(),
                    a.authorityId()));
        }
        demo.accounts().forEach(p -> byName.putIfAbsent(p.username(), p));
        return username -> {
            DaftarPrincipal p = byName.get(username);
            if (p == null) {
                throw new UsernameNotFoundException("unknown account");
            }
            return p;
        };
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
        String[] staffAndApplicant = concat(OFFICE_ROLES, "APPLICANT");
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) ->
                        problems.write(req, res, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                problems.write(req, res, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN, "FORBIDDEN")))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/status/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/filings/*/contact-details").hasRole("APPLICANT")
                        .requestMatchers(HttpMethod.POST, "/api/v1/filings", "/api/v1/filings/**").hasAnyRole(staffAndApplicant)
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/*/history")
                        .hasAnyRole(concat(OFFICE_ROLES, "COURT_STAFF", "ADMIN"))
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/*").hasAnyRole(concat(staffAndApplicant, "COURT_STAFF", "ADMIN"))
                        .requestMatchers(HttpMethod.POST, "/api/v1/offices", "/api/v1/offices/**").hasAnyRole("GD_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/offices/**").hasAnyRole("GD_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/offices", "/api/v1/offices/**")
                        .hasAnyRole(concat(OFFICE_ROLES, "GD_OFFICER", "ADMIN", "INSPECTOR"))
                        .requestMatchers(HttpMethod.GET, "/api/v1/court-fee/**", "/api/v1/authorities").authenticated()
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                        // inspections (A28, A33, A37): inspectors act, the inspected office answers, the GD reads reports
                        .requestMatchers(HttpMethod.POST, "/api/v1/inspections/*/requests/*/answer").hasAnyRole(OFFICE_ROLES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/inspections", "/api/v1/inspections/**").hasRole("INSPECTOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/inspections/*/report", "/api/v1/inspections/*/report.html")
                        .hasAnyRole("INSPECTOR", "GD_OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/inspections/**").hasRole("INSPECTOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/*/access-log").hasRole("APPLICANT")
                        .anyRequest().denyAll());
        return http.build();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
