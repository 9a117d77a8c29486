package ir.daftar.api.status;

import ir.daftar.api.problem.DatabaseUnavailable;
import ir.daftar.api.problem.ProblemWriter;
import ir.daftar.api.problem.TooManyRequests;
import ir.daftar.api.throttle.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A12: the public status lookup is rate limited per client (a token bucket per address, an IPv6 client
 * per /64), answered {@code 429} with {@code Retry-After} beyond the limit; other clients are not
 * affected. The client is the connection's address, or the first {@code X-Forwarded-For} hop when the
 * connection comes from a configured trusted proxy ({@link ClientAddress}). Failed lookups are also
 * limited per tracking code ({@link TrackingCodeThrottle}). A refused lookup is logged too: when the
 * database is down, the refusal cannot be logged and the answer is {@code 503} instead. The public status page
 * ({@code POST /status}) shares the same limit, per client, with the API.
 */
@Configuration(proxyBeanMethods = false)
class StatusLookupGuard {

    static final String CLIENT = StatusLookupGuard.class.getName() + ".client";
    /** On the status page: the lookup was refused by the limit per client, and how long to wait ({@link Duration}). */
    static final String REFUSED = StatusLookupGuard.class.getName() + ".refused";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statusRateLimit(
            @Value("${daftar.status.rate-limit.capacity:10}") int capacity,
            @Value("${daftar.status.rate-limit.refill-per-minute:10}") int refillPerMinute,
            ClientAddress clients, ProblemWriter problems, StatusLookupLog lookups) {
        RateLimiter limiter = new RateLimiter(capacity, refillPerMinute, 100_000, System::nanoTime);
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                // the page's form is not a lookup; only sending it is
                return "/status".equals(request.getServletPath()) && !"POST".equals(request.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String client = clients.of(request);
                request.setAttribute(CLIENT, client);
                Duration wait = limiter.acquire(ClientAddress.limitKey(client));
                if (!wait.isZero()) {
                    try {
                        lookups.record(client, null, null, StatusLookupLog.Outcome.LIMITED);
                    } catch (RuntimeException e) {
                        if (!DatabaseUnavailable.isCause(e)) {
                            throw e;
                        }
                        // outside Spring MVC: the advice never sees this one
                        problems.databaseUnavailable(request, response, e);
                        return;
                    }
                    response.setHeader("Retry-After", Long.toString(TooManyRequests.retryAfterSeconds(wait)));
                    if ("/status".equals(request.getServletPath())) {
                        // the page says so in the person's language (StatusPage), with the same 429 and wait
                        request.setAttribute(REFUSED, wait);
                        chain.doFilter(request, response);
                        return;
                    }
                    problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/v1/status/*", "/status");
        registration.setName("statusRateLimit");
        return registration;
    }
}
