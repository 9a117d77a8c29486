package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.DaftarApplication;
import ir.daftar.api.it.ApiClient.Response;
import ir.daftar.core.filing.TrackingCode;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away and comes back (docs/database-outage.md), in the suite: the app reaches
 * PostgreSQL through a {@link TcpProxy} that the test cuts, so no cluster is stopped. While it is cut,
 * every path that needs the database answers 503 {@code application/problem+json} with
 * {@code DATABASE_UNAVAILABLE} and {@code Retry-After}: a controller's own query, a command, a query,
 * the status lookup and its refusal by the rate-limit filter; health is DOWN, readiness is not. Restored,
 * the app recovers by itself and the projections catch up. The long run under load, with PostgreSQL
 * really stopped, is ops/reliability/db-outage.sh.
 */
@SpringBootTest(classes = DaftarApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"daftar.demo.enabled=true", "daftar.alerts.dispatcher.enabled=false",
                "daftar.status.rate-limit.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1",
                // each 503 waits this long for a connection; the shipped 3 s is measured by the ops script
                "spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageIT {

    static {
        DaftarApplication.disableUpdateChecker();
    }

    /** A schema of its own: this context's event processors never share tokens with the other tests' contexts. */
    private static final String SCHEMA = "it_outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private static final URI DATABASE = URI.create(PostgresTestDatabase.URL.substring("jdbc:".length()));
    private static final TcpProxy PROXY = proxy();

    private static TcpProxy proxy() {
        try {
            return new TcpProxy(DATABASE.getHost(), DATABASE.getPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + DATABASE.getPath() + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchemaAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                    PostgresTestDatabase.PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            } catch (SQLException ignored) {
                // a leftover schema is harmless
            }
        }));
    }

    @Autowired
    TestRestTemplate rest;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(rest);
    }

    private Response lookup(String client, String code) {
        return api.call(null, HttpMethod.GET, "/api/v1/status/" + code + "?nationalCode=" + ApiClient.APPLICANT_CODE, null,
                Map.of("X-Forwarded-For", client));
    }

    @Test
    void while_the_database_is_gone_every_path_answers_503_and_afterwards_the_app_recovers_by_itself() throws Exception {
        String filing = api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"))
                .text("filingId");
        Random codes = new Random(5); // a new code each time: failed lookups of one code are limited too
        for (int i = 0; i < 10; i++) { // this client's whole allowance: its next lookup is refused by the filter
            assertThat(lookup("203.0.113.50", TrackingCode.random(codes).value()).status()).isEqualTo(404);
        }
        String verify = "/api/v1/filings/" + filing + "/identity-verification";
        Map<String, String> smartCard = Map.of("method", "NATIONAL_SMART_CARD");

        PROXY.cut();
        try {
            // a dead pooled connection or a refused new one, whichever the pool has at hand
            unavailable(api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("1000")));
            unavailable(api.call("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("1000")));
            unavailable(api.call("clerk1001", HttpMethod.POST, verify, smartCard));
            unavailable(api.call("court", HttpMethod.GET, "/api/v1/filings/" + filing + "/history", null));
            unavailable(lookup("198.51.100.50", TrackingCode.random(codes).value()));
            unavailable(lookup("203.0.113.50", TrackingCode.random(codes).value()));
            Response health = api.call(null, HttpMethod.GET, "/actuator/health", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.text("status")).isEqualTo("DOWN");
            assertThat(api.call(null, HttpMethod.GET, "/actuator/health/readiness", null).status()).isEqualTo(200);
        } finally {
            PROXY.restore();
        }
        Instant restored = Instant.now();

        await("health UP", () -> api.call(null, HttpMethod.GET, "/actuator/health", null), r -> r.status() == 200);
        await("the identity verification accepted", () -> api.call("clerk1001", HttpMethod.POST, verify, smartCard),
                r -> r.status() == 202);
        await("the history with both events", () -> api.call("court", HttpMethod.GET, "/api/v1/filings/" + filing + "/history",
                null), r -> r.status() == 200 && r.body().path("entries").toString().contains("IdentityVerified"));
        // Axon's processors retry after a failure with a back-off that doubles up to 60 s: the longer the outage,
        // the longer the catch-up (docs/database-outage.md)
        System.out.println("caught up " + Duration.between(restored, Instant.now()).toMillis() + " ms after the database came back");
    }

    private static void unavailable(Response r) {
        assertThat(r.status()).as("%s", r.body()).isEqualTo(503);
        assertThat(r.headers().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "application/problem+json");
        assertThat(r.text("code")).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(r.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(r.body().toString()).doesNotContain("Exception").doesNotContain("trace");
    }

    private static void await(String what, Supplier<Response> call, Predicate<Response> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Response last = call.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                // what the processors were doing, for whoever reads a failed run's output
                StringBuilder dump = new StringBuilder("threads when '" + what + "' gave up:");
                Thread.getAllStackTraces().forEach((t, stack) -> {
                    dump.append("\n\"").append(t.getName()).append("\" ").append(t.getState());
                    for (StackTraceElement frame : stack) {
                        dump.append("\n    at ").append(frame);
                    }
                });
                System.out.println(dump);
                throw new AssertionError(what + ": not within 60 s; last answer " + last.status() + " " + last.body());
            }
            Thread.sleep(250);
            last = call.get();
        }
    }
}
