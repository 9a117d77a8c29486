package ir.daftar.api.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.problem.ProblemWriter;
import ir.daftar.api.problem.Problems;
import ir.daftar.api.throttle.ClientAddress;
import jakarta.servlet.Filter;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * A12: a lookup beyond the rate limit is refused by a filter, before any controller, and the refusal
 * is logged. With the database down the refusal cannot be logged: the answer is the same 503 problem
 * the controllers give, not a servlet error.
 */
class StatusLookupGuardTest {

    // as Spring Boot builds it: problem properties at the top level of the document
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final StatusLookupLog lookups = mock(StatusLookupLog.class);
    private final Filter guard = new StatusLookupGuard()
            .statusRateLimit(1, 1, new ClientAddress(List.of()),
                    new ProblemWriter(new Problems(new StaticMessageSource()), json, new AcceptHeaderLocaleResolver()), lookups)
            .getFilter();

    private MockHttpServletResponse lookUp() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/status/1234567890123455");
        request.setRemoteAddr("203.0.113.5");
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void beyond_the_limit_a_logged_429() throws Exception {
        assertThat(lookUp().getStatus()).isEqualTo(200);
        MockHttpServletResponse limited = lookUp();
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(json.readTree(limited.getContentAsByteArray()).path("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
    }

    @Test
    void beyond_the_limit_with_the_database_down_a_503_problem() throws Exception {
        // what StatusLookupLog.record threw in the outage runs
        doThrow(new IllegalStateException("could not log a status lookup", new ExecutionException(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001",
                                new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                                        new ConnectException("Connection refused")))))))
                .when(lookups).record(any(), isNull(), isNull(), eq(StatusLookupLog.Outcome.LIMITED));
        assertThat(lookUp().getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = lookUp();
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(json.readTree(refused.getContentAsByteArray()).path("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
    }

    @Test
    void beyond_the_limit_another_failure_is_not_hidden() {
        doThrow(new IllegalStateException("the status lookup log is shut down"))
                .when(lookups).record(any(), isNull(), isNull(), eq(StatusLookupLog.Outcome.LIMITED));
        assertThatThrownBy(() -> {
            lookUp();
            lookUp();
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("shut down");
    }
}
