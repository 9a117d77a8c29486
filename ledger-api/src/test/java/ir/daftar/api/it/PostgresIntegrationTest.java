package ir.daftar.api.it;

import ir.daftar.api.DaftarApplication;
import ir.daftar.api.admin.ProjectionRebuilder;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application over HTTP on a real PostgreSQL, with the demo offices and accounts. The SMS
 * alert dispatcher is off (contexts are cached and share the schema): AlertDeliveryIT turns it on. The
 * one-pass rebuild works in batches of 20 events, so that even the tests' small stores take it through
 * several batches.
 */
@SpringBootTest(classes = DaftarApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"daftar.demo.enabled=true", "daftar.alerts.dispatcher.enabled=false",
                "daftar.status.rate-limit.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1", "daftar.rebuild.batch-size=20"})
public abstract class PostgresIntegrationTest {

    static {
        DaftarApplication.disableUpdateChecker();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        TestAccounts.register(registry);
        TestJwt.register(registry);
    }

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ProjectionRebuilder projections;
    @Autowired
    private EventProcessingConfiguration processing;

    protected ApiClient api;

    @BeforeEach
    protected void client() {
        api = new ApiClient(rest);
    }

    /**
     * Waits until every projection has processed the events stored so far. Only segments this context is
     * working on report a position, and several contexts of one test JVM share the schema and the token
     * owner name: when one of them is closed it releases claims this one is using, whose work packages then
     * stop until they are claimed again. So a projection counts as caught up only while this context holds
     * all of its segments, none of them in error.
     */
    protected void awaitProjections() throws InterruptedException {
        for (String name : projections.projectionNames()) {
            Instant deadline = Instant.now().plusSeconds(30);
            while (!(holdsEverySegment(name) && projections.awaitCaughtUp(name, Duration.ofMillis(200))
                    && holdsEverySegment(name))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("projection " + name + " did not catch up");
                }
                Thread.sleep(50);
            }
        }
    }

    private boolean holdsEverySegment(String name) {
        Integer segments = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                Integer.class, name);
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .map(p -> p.processingStatus().values().stream().filter(s -> !s.isErrorState()).count())
                .orElse(0L) >= (segments == null ? 1 : Math.max(1, segments));
    }

    protected long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
