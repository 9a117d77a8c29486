package ir.daftar.api.security;

import ir.daftar.api.problem.ProblemWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Every request is authenticated except the public status lookup (which needs the tracking
 * code and the applicant's national code), the API document with its Swagger UI, and health. Deny by default.
 * The API is stateless HTTP Basic without cookies, so there is no session for CSRF to ride on.
 * Repeated wrong passwords pause further sign-ins of that account from that address ({@link LoginThrottle}).
 *
 * <p>Access rules have two homes. The URL table below is the coarse gate: which roles may call an
 * endpoint at all (stated once more, for every endpoint and role, by {@code AccessMatrixIT}). Which
 * data a role may then see (its own office's filings, its own authority's cases, its own notices) is
 * one policy bean per feature, next to its controller: {@code filing.FilingAccess}, {@code notice.NoticeAccess},
 * {@code report.ReportAccess}, {@code office.OfficeAccess}, {@code inspection.InspectionAccess} and
 * {@code access.AccessLogAccess}. Controllers ask their policy; they do not test roles themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
public class SecurityConfiguration {

    static final String[] OFFICE_ROLES = {"OFFICE_CLERK", "OFFICE_LEGAL_EXPERT", "OFFICE_IT_EXPERT", "OFFICE_MANAGER"};

    /** Swagger UI, served by the application from its own copy of the web jar (springdoc): no CDN. */
    static final String[] SWAGGER_UI = {"/swagger-ui.html", "/swagger-ui/**"};

    /** Swagger UI's page runs its own scripts and styles (inline styles too) and fetches the document from here. */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    /**
     * No observation of the security filters: with observations on, Spring Security wraps each of its filters in an
     * observation decorator on every request, which the status lookup's profile showed costing more than the lookup's
     * own query (docs/performance.md). Requests are still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, its character checks without a regular expression ({@link FirewallCharacters}). */
    @Bean
    static WebSecurityCustomizer firewall() {
        return web -> web.httpFirewall(FirewallCharacters.firewall());
    }

    /** BCrypt (and the other Spring Security formats), with recent successful checks remembered for five minutes. */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return new VerifiedCredentialCache(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 5 * 60_000L);
    }

    /**
     * The local accounts of {@code daftar.security.accounts}, then those of every {@link AccountSource}
     * (the demo accounts of the embedded default); a configured account wins over a supplied one of the same name.
     */
    @Bean
    public UserDetailsService users(AccountProperties properties, ObjectProvider<AccountSource> sources) {
        Map<String, DaftarPrincipal> byName = new HashMap<>();
        for (AccountProperties.Account a : properties.getAccounts()) {
            byName.put(a.username(), new DaftarPrincipal(a.username(), a.password(), a.actorId(), a.role(), a.officeId(),
                    a.authorityId(), a.reportingBodyId()));
        }
        sources.orderedStream().flatMap(s -> s.accounts().stream()).forEach(p -> byName.putIfAbsent(p.username(), p));
        return username -> {
            DaftarPrincipal p = byName.get(username);
            if (p == null) {
                throw new UsernameNotFoundException("unknown account");
            }
            return p;
        };
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, ObjectProvider<JwtDecoder> jwt,
                                   Converter<Jwt, AbstractAuthenticationToken> jwtPrincipal, LoginThrottle logins)
            throws Exception {
        String[] staffAndApplicant = concat(OFFICE_ROLES, "APPLICANT");
        JwtDecoder decoder = jwt.getIfAvailable();
        if (decoder != null) { // OpenID Connect / JWT beside the local accounts (JwtConfiguration)
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(jwtPrincipal))
                    .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED")));
        }
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) -> {
                    logins.failed(req); // a wrong password counts before the 401 is sent
                    problems.write(req, res, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
                }))
                // A12: wrong passwords pause further sign-ins (LoginThrottle)
                .addFilterBefore(logins.gate(), BasicAuthenticationFilter.class)
                .addFilterAfter(logins.outcome(), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                problems.write(req, res, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN, "FORBIDDEN")))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin"))
                        .addHeaderWriter(swaggerUiPolicy()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/status/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, SWAGGER_UI).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        // reports, paper-origin cases and the court side (A9-A11, A13)
                        .requestMatchers(HttpMethod.POST, "/api/v1/filings/*/case-registration", "/api/v1/filings/*/return",
                                "/api/v1/paper-complaints", "/api/v1/reports/*/acknowledgement").hasRole("COURT_STAFF")
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports", "/api/v1/paper-files").hasRole("REPORTING_BODY")
                        .requestMatchers(HttpMethod.GET, "/api/v1/paper-files")
                        .hasAnyRole("COURT_STAFF", "INSPECTOR", "GD_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/reporting-bodies", "/api/v1/reporting-bodies/**")
                        .hasAnyRole("GD_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/reporting-bodies/*")
                        .hasAnyRole("GD_OFFICER", "ADMIN", "REPORTING_BODY", "COURT_STAFF")
                        // notices and electronic service (A7, A8)
                        .requestMatchers(HttpMethod.GET, "/api/v1/notices/inbox").hasRole("APPLICANT")
                        .requestMatchers(HttpMethod.POST, "/api/v1/notices/*/view", "/api/v1/notices/*/lack-of-access")
                        .hasRole("APPLICANT")
                        .requestMatchers(HttpMethod.POST, "/api/v1/notices", "/api/v1/notices/**").hasRole("COURT_STAFF")
                        .requestMatchers(HttpMethod.GET, "/api/v1/notices/*").hasAnyRole("COURT_STAFF", "APPLICANT", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/*/notices").hasAnyRole("COURT_STAFF", "ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/filings/*/contact-details").hasRole("APPLICANT")
                        // office service charges (A37-12; ADR 0921, revisited): office staff only, before the filings' rule
                        .requestMatchers(HttpMethod.POST, "/api/v1/filings/*/office-service-charges").hasAnyRole(OFFICE_ROLES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/filings", "/api/v1/filings/**").hasAnyRole(staffAndApplicant)
                        // reads (issue 12): the applicant's own filings and history; a filing's summary (A5-A7, A12, A13)
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/mine").hasRole("APPLICANT")
                        // pages (issue 15): court staff: the filings waiting at their own authority (A13)
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/incoming").hasRole("COURT_STAFF")
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/office").hasAnyRole(OFFICE_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/*/history")
                        .hasAnyRole(concat(staffAndApplicant, "COURT_STAFF", "ADMIN"))
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/*")
                        .hasAnyRole(concat(staffAndApplicant, "COURT_STAFF", "INSPECTOR", "ADMIN"))
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports").hasAnyRole("REPORTING_BODY", "COURT_STAFF")
                        // office licences (A22(b), A24; ADR 0900): the Council proposes, the GD opines, the Center head decides
                        .requestMatchers(HttpMethod.POST, "/api/v1/offices/*/licence/decisions").hasRole("COUNCIL_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/offices/*/licence/decisions/*/opinion").hasRole("GD_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/offices/*/licence/decisions/*/decision").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.GET, "/api/v1/offices/*/licence")
                        .hasAnyRole(concat(OFFICE_ROLES, "COUNCIL_MEMBER", "GD_OFFICER", "CENTER_HEAD", "INSPECTOR", "ADMIN"))
                        // staff vetting (A16-A21; ADR 0910): the evidence of each hire, personal data, the GD's
                        .requestMatchers(HttpMethod.GET, "/api/v1/offices/*/vetting").hasAnyRole("GD_OFFICER", "ADMIN")
                        // establishment of offices (A14, A22(a); ADR 0920): the GD calls, vets and proposes, the Center head
                        // decides and appoints the manager; a direct registration is only the administrator's, for offices
                        // established before the ledger
                        .requestMatchers(HttpMethod.POST, "/api/v1/office-calls/*/applications/*/decision",
                                "/api/v1/office-calls/*/applications/*/manager").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/api/v1/office-calls", "/api/v1/office-calls/**").hasRole("GD_OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/office-calls/*")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD", "COUNCIL_MEMBER", "ADMIN")
                        // office service fee schedules (A22(c), A24; ADR 0921): Council, GD, Center head, Head of the Judiciary
                        .requestMatchers(HttpMethod.POST, "/api/v1/office-fee-schedules").hasRole("COUNCIL_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/office-fee-schedules/*/opinion").hasRole("GD_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/office-fee-schedules/*/decision").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/api/v1/office-fee-schedules/*/confirmation")
                        .hasRole("HEAD_OF_JUDICIARY")
                        .requestMatchers(HttpMethod.POST, "/api/v1/office-fee-schedules/*/postings").hasAnyRole(OFFICE_ROLES)
                        // the court-fee tariffs' approval trail (A22(c); ADR 0921, revisited): the same four steps
                        .requestMatchers(HttpMethod.POST, "/api/v1/court-fee/tariff-versions").hasRole("COUNCIL_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/court-fee/tariff-versions/*/opinion").hasRole("GD_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/court-fee/tariff-versions/*/decision").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/api/v1/court-fee/tariff-versions/*/confirmation")
                        .hasRole("HEAD_OF_JUDICIARY")
                        .requestMatchers(HttpMethod.GET, "/api/v1/office-fee-schedules").authenticated()
                        // the office's record as of any instant and the GD's work queue (ADR 0930); the manager reads
                        // only their own office's record (OfficeAccess)
                        .requestMatchers(HttpMethod.GET, "/api/v1/offices/*/record")
                        .hasAnyRole("OFFICE_MANAGER", "GD_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/office-work-queue").hasAnyRole("GD_OFFICER", "CENTER_HEAD", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/offices").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/offices/**").hasAnyRole("GD_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/offices/**").hasAnyRole("GD_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/offices", "/api/v1/offices/**")
                        .hasAnyRole(concat(OFFICE_ROLES, "GD_OFFICER", "ADMIN", "INSPECTOR"))
                        .requestMatchers(HttpMethod.GET, "/api/v1/court-fee/**", "/api/v1/authorities").authenticated()
                        // statistics (issue 20, ADR 1100): the scorecard is public; the reports by who reads them
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/scorecard").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/progress", "/api/v1/statistics/offices/evaluation")
                        .hasAnyRole("CENTER_HEAD", "GD_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/offices/performance")
                        .hasAnyRole("INSPECTOR", "GD_OFFICER", "ADMIN")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                        // inspections (A28, A33, A37): inspectors act, the inspected office answers, the GD reads reports
                        .requestMatchers(HttpMethod.POST, "/api/v1/inspections/*/requests/*/answer").hasAnyRole(OFFICE_ROLES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/inspections", "/api/v1/inspections/**").hasRole("INSPECTOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/inspections/*/report", "/api/v1/inspections/*/report.html")
                        .hasAnyRole("INSPECTOR", "GD_OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/inspections", "/api/v1/inspections/**").hasRole("INSPECTOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/*/access-log").hasRole("APPLICANT")
                        // the documents themselves (issue 16, A5, A12): read by whoever may read the case (FilingAccess)
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/*/documents", "/api/v1/filings/*/documents/*/content")
                        .hasAnyRole(concat(staffAndApplicant, "COURT_STAFF", "INSPECTOR", "ADMIN"))
                        // discipline (A34-A38; ADR 1200): boards by the Center head, cases by the GD, rulings by the chair
                        .requestMatchers(HttpMethod.POST, "/api/v1/discipline/boards").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/api/v1/discipline/boards/*/chair").hasRole("BOARD_MEMBER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/discipline/boards/*/docket")
                        .hasAnyRole("BOARD_MEMBER", "GD_OFFICER", "CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/api/v1/discipline/cases")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD", "INSPECTOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/discipline/cases/*/referral",
                                "/api/v1/discipline/cases/*/complaint-withdrawal", "/api/v1/discipline/cases/*/rulings/*/notification")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/api/v1/discipline/cases/*/rulings",
                                "/api/v1/discipline/cases/*/crime-referral").hasRole("BOARD_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/discipline/cases/*/rulings/*/appeal").hasAnyRole(OFFICE_ROLES)
                        .requestMatchers(HttpMethod.POST, "/api/v1/discipline/cases/*/rulings/*/objection").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.GET, "/api/v1/discipline/cases/*")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD", "BOARD_MEMBER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/discipline/offices/*/history")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD", "BOARD_MEMBER", "INSPECTOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/discipline/reprimands").permitAll()
                        // the Kanoons and the Council (issue 18; issue 17 item 4: A23, A25-A28; ADR 1300)
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.GET, "/api/v1/kanoons").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/kanoons/*/board").hasAnyRole("KANOON_BOARD_MEMBER",
                                "GD_OFFICER", "CENTER_HEAD", "COUNCIL_MEMBER", "INSPECTOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons/*/board/proposals")
                        .hasAnyRole("OFFICE_MANAGER", "COUNCIL_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons/*/board/proposals/*/decision",
                                "/api/v1/kanoons/*/board/members/*/reappointment", "/api/v1/kanoons/*/board/members/*/ending")
                        .hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons/*/board/representatives")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons/*/roster", "/api/v1/kanoons/*/inspection-orders")
                        .hasRole("KANOON_BOARD_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/council/proposals").hasRole("GD_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/council/proposals/*/decision",
                                "/api/v1/council/members/*/ending").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.GET, "/api/v1/council").hasAnyRole("GD_OFFICER", "CENTER_HEAD",
                                "COUNCIL_MEMBER", "KANOON_BOARD_MEMBER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/inspection-reports").hasRole("GD_OFFICER")
                        // signed receipts (issue 21, A7, A8, A37-6): issued to whoever may read the case
                        // (FilingAccess, NoticeAccess); the keys and the check are public
                        .requestMatchers(HttpMethod.GET, "/api/v1/filings/*/receipts/office-confirmation",
                                "/api/v1/filings/*/receipts/payments")
                        .hasAnyRole(concat(staffAndApplicant, "COURT_STAFF", "INSPECTOR", "ADMIN"))
                        .requestMatchers(HttpMethod.GET, "/api/v1/notices/*/receipts/proof-of-service")
                        .hasAnyRole("COURT_STAFF", "APPLICANT", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/.well-known/daftar-keys.json").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/receipts/verify").permitAll()
                        // complaints (A28(e)), a Kanoon's dues and budget (A29), delegations (A30); ADR 1320. Anyone
                        // signed in lodges a complaint and reads it (the complainant, the GD and the covering board
                        // only: ComplaintController); the board acts; the GD supervises and delegates
                        .requestMatchers(HttpMethod.POST, "/api/v1/complaints").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/complaints/reported").hasRole("GD_OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/complaints/*").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/complaints/*/review", "/api/v1/complaints/*/report",
                                "/api/v1/complaints/*/disciplinary-case").hasRole("KANOON_BOARD_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons/*/dues", "/api/v1/kanoons/*/dues-invoices",
                                "/api/v1/kanoons/*/dues-payments", "/api/v1/kanoons/*/spending")
                        .hasRole("KANOON_BOARD_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons/*/dues/*/opinion",
                                "/api/v1/kanoons/*/spending/*/supervision", "/api/v1/kanoons/*/delegations",
                                "/api/v1/kanoons/*/delegations/*/withdrawal").hasRole("GD_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons/*/dues/*/decision").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons/*/dues/*/confirmation")
                        .hasRole("HEAD_OF_JUDICIARY")
                        .requestMatchers(HttpMethod.GET, "/api/v1/kanoons/*/ledger", "/api/v1/kanoons/*/delegations")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD", "KANOON_BOARD_MEMBER")
                        // the Kanoon board's meetings, elections and letters (issue 18, A27; ADR 1310): the members
                        // act (the board checks they sit on it); the published counts are read by the overseers too
                        .requestMatchers(HttpMethod.GET, "/api/v1/kanoons/*/meetings").hasAnyRole("KANOON_BOARD_MEMBER",
                                "GD_OFFICER", "CENTER_HEAD", "COUNCIL_MEMBER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/kanoons/*/meetings", "/api/v1/kanoons/*/meetings/*/attendance",
                                "/api/v1/kanoons/*/meetings/*/motions", "/api/v1/kanoons/*/meetings/*/elections",
                                "/api/v1/kanoons/*/meetings/*/elections/*/ballots",
                                "/api/v1/kanoons/*/meetings/*/elections/*/closing", "/api/v1/kanoons/*/deputy",
                                "/api/v1/kanoons/*/letters", "/api/v1/kanoons/*/letters/*/signatures",
                                "/api/v1/kanoons/*/letters/*/issue").hasRole("KANOON_BOARD_MEMBER")
                        // governance pages (issues 17, 18): the calls for applicants listed (A22(a), ADR 0920)
                        .requestMatchers(HttpMethod.GET, "/api/v1/office-calls")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD", "COUNCIL_MEMBER", "ADMIN")
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Everywhere else the policy is {@code default-src 'none'}; Swagger UI's pages get the one they need to run. */
    private static HeaderWriter swaggerUiPolicy() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher ui = new OrRequestMatcher(Arrays.stream(SWAGGER_UI).map(p -> (RequestMatcher) paths.matcher(p)).toList());
        return (request, response) -> {
            if (ui.matches(request)) {
                response.setHeader("Content-Security-Policy", SWAGGER_UI_POLICY);
            }
        };
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
