package ir.daftar.api.security;

import io.micrometer.core.instrument.MeterRegistry;
import ir.daftar.api.problem.ProblemWriter;
import ir.daftar.api.problem.Problems;
import ir.daftar.api.problem.TooManyRequests;
import ir.daftar.api.throttle.ClientAddress;
import ir.daftar.api.throttle.FailureThrottle;
import ir.daftar.api.throttle.FailureThrottle.Backoff;
import ir.daftar.api.throttle.ThrottleMeters;
import ir.daftar.projections.privacy.PersonalDataHasher;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A12: sign-in with a local account (HTTP Basic) is throttled after wrong passwords, per account and
 * client address, per account, and per client across accounts ({@link FailureThrottle}). Beyond the free
 * failures (5 per account from one address, 10 per account from everywhere, 30 per address) the key is
 * paused for 2 s, 4 s, 8 s, ... at most 5 min; a paused sign-in is answered 429 {@code LOGIN_THROTTLED}
 * with {@code Retry-After}, without the password being checked, right or wrong. A success resets the
 * account's count for that address. An address that has not failed on the account is not held by the
 * account's own pause, so an attacker elsewhere cannot lock the owner out. Bearer tokens are not
 * concerned: the identity provider throttles its own sign-in.
 *
 * <p>{@link #gate()} stands before Spring's Basic authentication filter and {@link #outcome()} after it;
 * a wrong password reaches {@link #failed(HttpServletRequest)} from the Basic entry point before the 401
 * is written, so the next attempt already sees it.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String ATTEMPT = LoginThrottle.class.getName() + ".attempt";

    private final FailureThrottle throttle;
    private final ClientAddress clients;
    private final ProblemWriter problemWriter;
    private final Problems problems;
    private final PersonalDataHasher hasher;
    private final ThrottleMeters meters;

    LoginThrottle(@Value("${daftar.security.login-throttle.free-failures-per-account-and-client:5}") int perPair,
                  @Value("${daftar.security.login-throttle.free-failures-per-account:10}") int perAccount,
                  @Value("${daftar.security.login-throttle.free-failures-per-client:30}") int perClient,
                  @Value("${daftar.security.login-throttle.base-delay:2s}") Duration base,
                  @Value("${daftar.security.login-throttle.max-delay:5m}") Duration max,
                  @Value("${daftar.security.login-throttle.forget-after:1h}") Duration forgetAfter,
                  @Value("${daftar.security.login-throttle.max-entries:50000}") int maxEntries,
                  ClientAddress clients, ProblemWriter problemWriter, Problems problems, PersonalDataHasher hasher,
                  MeterRegistry meters) {
        this.throttle = new FailureThrottle(new Backoff(perPair, base, max), new Backoff(perAccount, base, max),
                new Backoff(perClient, base, max), forgetAfter, maxEntries, System::nanoTime);
        this.clients = clients;
        this.problemWriter = problemWriter;
        this.problems = problems;
        this.hasher = hasher;
        this.meters = new ThrottleMeters(meters, "login");
    }

    /** Before Basic authentication: refuses a paused sign-in, else lets it through and keeps its attempt. */
    OncePerRequestFilter gate() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String header = request.getHeader(HttpHeaders.AUTHORIZATION);
                if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                    chain.doFilter(request, response);
                    return;
                }
                FailureThrottle.Attempt attempt = throttle.begin(username(header),
                        ClientAddress.limitKey(clients.of(request)));
                if (attempt.refused()) {
                    meters.refused();
                    response.setHeader(HttpHeaders.RETRY_AFTER,
                            Long.toString(TooManyRequests.retryAfterSeconds(attempt.retryAfter())));
                    problemWriter.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED", p -> {
                        p.setDetail(problems.text("detail.LOGIN_THROTTLED", null));
                        p.setProperty("article", "A12");
                    });
                    return;
                }
                request.setAttribute(ATTEMPT, attempt);
                try {
                    chain.doFilter(request, response);
                } finally {
                    attempt.release();
                }
            }
        };
    }

    /** After Basic authentication: a request that got this far signed in with the right password. */
    OncePerRequestFilter outcome() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (request.getAttribute(ATTEMPT) instanceof FailureThrottle.Attempt attempt
                        && auth instanceof UsernamePasswordAuthenticationToken && auth.isAuthenticated()) {
                    attempt.succeeded();
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** From the Basic entry point: the password (or the account) was wrong. */
    void failed(HttpServletRequest request) {
        failed(request, username(request.getHeader(HttpHeaders.AUTHORIZATION)));
    }

    private void failed(HttpServletRequest request, String username) {
        if (!(request.getAttribute(ATTEMPT) instanceof FailureThrottle.Attempt attempt)) {
            return;
        }
        Duration pause = attempt.failed();
        if (!pause.isZero()) {
            meters.paused();
            String client = hasher.hash("client:" + clients.of(request));
            log.warn("Sign-in to account '{}' paused for {} s for client {} after repeated failures (A12)",
                    printable(username), pause.toSeconds(), client.substring(0, Math.min(16, client.length())));
        }
    }

    /**
     * The pages' sign-in form (POST {@code /login}): the same throttle as Basic sign-in. A paused sign-in is sent back
     * to the form with {@code ?throttled} and the wait, without the password being checked.
     */
    OncePerRequestFilter formGate() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String username = request.getParameter("username");
                FailureThrottle.Attempt attempt = throttle.begin(username == null ? "" : username,
                        ClientAddress.limitKey(clients.of(request)));
                if (attempt.refused()) {
                    meters.refused();
                    long wait = TooManyRequests.retryAfterSeconds(attempt.retryAfter());
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
                    response.sendRedirect(request.getContextPath() + "/login?throttled=" + wait);
                    return;
                }
                request.setAttribute(ATTEMPT, attempt);
                try {
                    chain.doFilter(request, response);
                } finally {
                    attempt.release();
                }
            }
        };
    }

    /** From the sign-in form's success handler. */
    void succeeded(HttpServletRequest request) {
        if (request.getAttribute(ATTEMPT) instanceof FailureThrottle.Attempt attempt) {
            attempt.succeeded();
        }
    }

    /** From the sign-in form's failure handler: the password (or the account) was wrong. */
    void formFailed(HttpServletRequest request) {
        String username = request.getParameter("username");
        failed(request, username == null ? "" : username);
    }

    /** The account named in a Basic header; empty when the header cannot be read. */
    static String username(String header) {
        try {
            String token = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = token.indexOf(':');
            return colon < 0 ? "" : token.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    private static String printable(String username) {
        String shown = username.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
        return shown.length() > 64 ? shown.substring(0, 64) + "..." : shown;
    }
}
