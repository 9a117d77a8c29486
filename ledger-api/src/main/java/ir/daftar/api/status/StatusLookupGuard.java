package ir.daftar.api.status;

import ir.daftar.api.problem.DatabaseUnavailable;
import ir.daftar.api.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A12: the public status lookup is rate limited per client (a token bucket per address), answered
 * {@code 429} with {@code Retry-After} beyond the limit; other clients are not affected. The
 * client is the connection's address, or the first {@code X-Forwarded-For} hop when the connection
 * comes from a configured trusted proxy. A refused lookup is logged too: when the database is down,
 * the refusal cannot be logged and the answer is {@code 503} instead.
 */
@Configuration(proxyBeanMethods = false)
class StatusLookupGuard {

    static final String CLIENT = StatusLookupGuard.class.getName() + ".client";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statusRateLimit(
            @Value("${daftar.status.rate-limit.capacity:10}") int capacity,
            @Value("${daftar.status.rate-limit.refill-per-minute:10}") int refillPerMinute,
            @Value("${daftar.status.rate-limit.trusted-proxies:}") List<String> trustedProxies,
            ProblemWriter problems, StatusLookupLog lookups) {
        RateLimiter limiter = new RateLimiter(capacity, refillPerMinute, 100_000, System::nanoTime);
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String client = client(request, trustedProxies);
                request.setAttribute(CLIENT, client);
                Duration wait = limiter.acquire(client);
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
                    response.setHeader("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
                    problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/v1/status/*");
        registration.setName("statusRateLimit");
        return registration;
    }

    static String client(HttpServletRequest request, List<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && trustedProxies.contains(remote)) {
            String first = forwarded.split(",")[0].trim();
            if (first.matches("[0-9A-Fa-f:.]{2,45}")) {
                return first;
            }
        }
        return remote;
    }
}
