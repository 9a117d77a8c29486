package ir.daftar.api.security;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The pages (issue 15): the same accounts and roles as the API, signed in by a form into a session instead of
 * HTTP Basic on every request, with CSRF protection on every form, sign-out, and the session ending after
 * {@code server.servlet.session.timeout} of inactivity. Wrong passwords are throttled as on the API
 * ({@link LoginThrottle}). Deny by default; which role may open which page is stated once more, page by page and
 * role by role, in {@code AccessMatrixIT}. The data a page shows is then limited by the same per-feature policy
 * beans as the API, because a page controller calls its feature's API controller.
 *
 * <p>The pages load nothing from elsewhere: scripts, styles and the font come from the application itself
 * ({@code /assets}), which the content security policy enforces.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurityConfiguration {

    /** Every path the pages answer; everything else (the API, its document, actuator) is the API's chain. */
    static final String[] PAGE_PATHS = {"/", "/status", "/login", "/logout", "/home", "/denied", "/lang/*", "/my", "/my/**",
        "/office", "/office/**", "/court", "/court/**", "/inspector", "/inspector/**", "/admin", "/admin/**",
        "/assets/**", "/favicon.ico", "/statistics", "/scorecard", "/receipts/**",
        "/reprimands", "/discipline", "/discipline/**",
        // the Kanoon board members' page (issue 18, A27; ADR 1310)
        "/kanoon/**",
        "/governance/**"};

    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Where each role lands after signing in (and on {@code /home}). */
    public static String landing(DaftarPrincipal user) {
        return switch (user.role()) {
            case APPLICANT -> "/my/filings";
            case OFFICE_CLERK, OFFICE_LEGAL_EXPERT, OFFICE_IT_EXPERT, OFFICE_MANAGER -> "/office";
            case COURT_STAFF -> "/court";
            case INSPECTOR -> "/inspector";
            case GD_OFFICER, ADMIN -> "/admin";
            case BOARD_MEMBER -> "/discipline";
            default -> "/";
        };
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("DAFTAR-CSRF");
        tokens.setCookieCustomizer(c -> c.sameSite("Strict").httpOnly(true).path("/"));
        return tokens;
    }

    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle logins) throws Exception {
        http
                .securityMatcher(PAGE_PATHS)
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler((request, response, auth) -> {
                            logins.succeeded(request);
                            String target = auth.getPrincipal() instanceof DaftarPrincipal p ? landing(p) : "/";
                            response.sendRedirect(request.getContextPath() + target);
                        })
                        .failureHandler((request, response, ex) -> {
                            logins.formFailed(request);
                            response.sendRedirect(request.getContextPath() + "/login?error");
                        })
                        .permitAll())
                // CSRF: the token in a cookie, not in a session, so that an anonymous visitor of the status page costs
                // the server no session; each form carries it (Thymeleaf adds the hidden field), masked per page
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .addFilterBefore(logins.formGate(), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e
                        // not signed in: to the sign-in form, saying so when the session has ended
                        .authenticationEntryPoint((request, response, ex) -> response.sendRedirect(request.getContextPath()
                                + (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                                ? "/login?expired" : "/login")))
                        // a role the page is not for, or a form without its CSRF token: 403 with a page saying so
                        .accessDeniedPage("/denied"))
                .headers(h -> h
                        // the headers are the same for every page: written before the page, so the response is not
                        // wrapped to catch its commit (the status page's profile, docs/performance.md)
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        })
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")))
                .authorizeHttpRequests(auth -> auth
                        // public: the status page (tracking code + national code), sign-in, the language switch, assets
                        .requestMatchers(HttpMethod.GET, "/", "/status", "/login", "/lang/*", "/assets/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/status").permitAll()
                        // statistics (issue 20, ADR 1100): the public office scorecard; the reports for the Center head, the GD
                        .requestMatchers(HttpMethod.GET, "/scorecard").permitAll()
                        .requestMatchers(HttpMethod.GET, "/statistics").hasAnyRole("CENTER_HEAD", "GD_OFFICER", "ADMIN")
                        .requestMatchers("/denied").permitAll()
                        .requestMatchers(HttpMethod.GET, "/home").authenticated()
                        // pages (issue 15): applicant
                        .requestMatchers("/my", "/my/**").hasRole("APPLICANT")
                        // pages (issue 15): GD / admin: the offices for the General Directorate and administrators,
                        // the rest (projections, alerts, ledger) for administrators only
                        .requestMatchers("/admin", "/admin/offices", "/admin/offices/**").hasAnyRole("GD_OFFICER", "ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // pages (issue 15): inspector (A28: which inspections, the controller's InspectionAccess)
                        .requestMatchers("/inspector", "/inspector/**").hasRole("INSPECTOR")
                        // pages (issue 15): court staff
                        .requestMatchers("/court", "/court/**").hasRole("COURT_STAFF")
                        // pages: the office counter (A5-A7); a document's conformity is the legal expert's verdict
                        .requestMatchers(HttpMethod.POST, "/office/filings/*/documents/*/conformity")
                        .hasRole("OFFICE_LEGAL_EXPERT")
                        .requestMatchers("/office", "/office/**")
                        .hasAnyRole("OFFICE_CLERK", "OFFICE_LEGAL_EXPERT", "OFFICE_IT_EXPERT", "OFFICE_MANAGER")
                        // signed receipts (issue 21): printed for whoever may read the case (FilingAccess, NoticeAccess);
                        // anyone may check one
                        .requestMatchers(HttpMethod.GET, "/receipts/verify").permitAll()
                        .requestMatchers(HttpMethod.POST, "/receipts/verify").permitAll()
                        .requestMatchers(HttpMethod.GET, "/receipts/filings/*/office-confirmation", "/receipts/filings/*/payments/*")
                        .hasAnyRole("OFFICE_CLERK", "OFFICE_LEGAL_EXPERT", "OFFICE_IT_EXPERT", "OFFICE_MANAGER", "APPLICANT",
                                "COURT_STAFF", "INSPECTOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/receipts/notices/*/proof-of-service")
                        .hasAnyRole("COURT_STAFF", "APPLICANT", "ADMIN")
                        // discipline (issue 19, ADR 1200): the public list of reprimands; a board's docket for its
                        // members, the GD and the Center head; a case's record as the API reads it; the chair's ruling;
                        // the GD's and the Center head's referral and notification
                        .requestMatchers(HttpMethod.GET, "/reprimands").permitAll()
                        .requestMatchers(HttpMethod.GET, "/discipline", "/discipline/boards/*")
                        .hasAnyRole("BOARD_MEMBER", "GD_OFFICER", "CENTER_HEAD")
                        .requestMatchers(HttpMethod.GET, "/discipline/cases/*")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD", "BOARD_MEMBER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/discipline/cases/*/rulings").hasRole("BOARD_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/discipline/cases/*/referral",
                                "/discipline/cases/*/rulings/*/notification").hasAnyRole("GD_OFFICER", "CENTER_HEAD")
                        // the Kanoon board's meetings, elections and published counts (issue 18, A27; ADR 1310)
                        .requestMatchers(HttpMethod.GET, "/kanoon/*/meetings").hasRole("KANOON_BOARD_MEMBER")
                        // governance pages (issues 17, 18), each act for the role the API lets take it:
                        // the establishment of offices (A14, A22(a); ADR 0920)
                        .requestMatchers(HttpMethod.GET, "/governance/office-calls", "/governance/office-calls/**")
                        .hasAnyRole("GD_OFFICER", "CENTER_HEAD", "COUNCIL_MEMBER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/governance/office-calls/*/applications/*/decision",
                                "/governance/office-calls/*/applications/*/manager").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/governance/office-calls", "/governance/office-calls/**")
                        .hasRole("GD_OFFICER")
                        // office licences (A22(b), A24; ADR 0900): the Council proposes, the GD opines, the Center head decides
                        .requestMatchers(HttpMethod.GET, "/governance/licences", "/governance/offices/*/licence")
                        .hasAnyRole("COUNCIL_MEMBER", "GD_OFFICER", "CENTER_HEAD", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/governance/offices/*/licence/decisions").hasRole("COUNCIL_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/governance/offices/*/licence/decisions/*/opinion").hasRole("GD_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/governance/offices/*/licence/decisions/*/decision").hasRole("CENTER_HEAD")
                        // office service fee schedules (A22(c), A24; ADR 0921): Council, GD, Center head, Head of the Judiciary
                        .requestMatchers(HttpMethod.GET, "/governance/fee-schedules")
                        .hasAnyRole("COUNCIL_MEMBER", "GD_OFFICER", "CENTER_HEAD", "HEAD_OF_JUDICIARY", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/governance/fee-schedules").hasRole("COUNCIL_MEMBER")
                        .requestMatchers(HttpMethod.POST, "/governance/fee-schedules/*/opinion").hasRole("GD_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/governance/fee-schedules/*/decision").hasRole("CENTER_HEAD")
                        .requestMatchers(HttpMethod.POST, "/governance/fee-schedules/*/confirmation").hasRole("HEAD_OF_JUDICIARY")
                        // the Kanoons (A25, A26, A28; ADR 1300): their coverage, a board's seats, roster and orders
                        .requestMatchers(HttpMethod.GET, "/governance/kanoons", "/governance/kanoons/*")
                        .hasAnyRole("KANOON_BOARD_MEMBER", "GD_OFFICER", "CENTER_HEAD", "COUNCIL_MEMBER", "ADMIN")
                        .anyRequest().denyAll());
        return http.build();
    }
}
