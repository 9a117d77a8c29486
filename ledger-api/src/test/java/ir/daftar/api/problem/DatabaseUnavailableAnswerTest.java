package ir.daftar.api.problem;

import static ir.daftar.api.problem.DatabaseUnavailableTest.ioError;
import static ir.daftar.api.problem.DatabaseUnavailableTest.poolTimedOut;
import static ir.daftar.api.problem.DatabaseUnavailableTest.refused;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ir.daftar.api.config.WebConfiguration;
import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a client gets when the database is down, whichever layer noticed: the advice answers each
 * chain observed in an outage with a 503 problem and Retry-After (never the 200 with an empty body
 * Spring MVC gives a failure it takes for a client that went away). The status-lookup filter, which
 * runs before any controller, is StatusLookupGuardTest.
 */
class DatabaseUnavailableAnswerTest {

    /** The chains of the outage runs, by what surfaced them. */
    private static final Map<String, Supplier<Exception>> CHAINS = Map.of(
            "controller-sql", () -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimedOut(refused())),
            "dead-pooled-connection", () -> new DataAccessResourceFailureException("PreparedStatementCallback",
                    ioError(new EOFException())),
            "command", () -> new EventStoreException("An event could not be persisted", ioError(new SocketException("Broken pipe"))),
            "command-distributed", () -> new CommandExecutionException("failed", new CannotCreateTransactionException(
                    "Could not open JDBC Connection for transaction", poolTimedOut(refused()))),
            "query", () -> new CompletionException(new CannotCreateTransactionException(
                    "Could not open JDBC Connection for transaction", poolTimedOut(refused()))),
            "lookup-log", () -> new IllegalStateException("could not log a status lookup", new ExecutionException(
                    new CannotCreateTransactionException("Could not open JDBC Connection for transaction", poolTimedOut(refused())))),
            "not-an-outage", () -> new BadSqlGrammarException("query", "SELECT nothing",
                    new SQLException("relation does not exist", "42P01")));

    @RestController
    static class Failing {
        @GetMapping("/fail/{chain}")
        String fail(@PathVariable String chain) throws Exception {
            throw CHAINS.get(chain).get();
        }
    }

    private final Problems problems = new Problems(messages());
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ApiExceptionHandler(problems))
            .setLocaleResolver(new WebConfiguration().localeResolver())
            .build();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void every_chain_of_an_outage_is_a_503_problem_with_retry_after() throws Exception {
        for (String chain : new String[] {"controller-sql", "dead-pooled-connection", "command", "command-distributed", "query",
                "lookup-log"}) {
            mvc.perform(get("/fail/" + chain).header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS)))
                    .andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.title").value("The database is unavailable; try again in a few seconds"))
                    .andExpect(jsonPath("$.detail").value(containsString("Idempotency-Key")));
        }
    }

    @Test
    void persian_by_default() throws Exception {
        mvc.perform(get("/fail/query"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("پایگاه داده موقتاً در دسترس نیست؛ چند ثانیه بعد دوباره تلاش کنید"));
    }

    @Test
    void another_storage_failure_is_a_500_with_no_detail() throws Exception {
        mvc.perform(get("/fail/not-an-outage").header("Accept-Language", "en"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist("Retry-After"))
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(jsonPath("$.detail").doesNotExist());
    }
}
