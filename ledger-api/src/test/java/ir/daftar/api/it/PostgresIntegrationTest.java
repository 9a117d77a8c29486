package ir.daftar.api.it;

import ir.daftar.api.DaftarApplication;
import ir.daftar.api.admin.ProjectionRebuilder;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application over HTTP on a real PostgreSQL, with the demo offices and accounts. The SMS
 * alert dispatcher is off (contexts are cached and share the schema): AlertDeliveryIT turns it on.
 */
@SpringBootTest(classes = DaftarApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"daftar.demo.enabled=true", "daftar.alerts.dispatcher.enabled=false",
                "daftar.status.rate-limit.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1"})
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

    protected ApiClient api;

    @BeforeEach
    protected void client() {
        api = new ApiClient(rest);
    }

    protected void awaitProjections() throws InterruptedException {
        for (String name : projections.projectionNames()) {
            if (!projections.awaitCaughtUp(name, Duration.ofSeconds(30))) {
                throw new AssertionError("projection " + name + " did not catch up");
            }
        }
    }

    protected long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
