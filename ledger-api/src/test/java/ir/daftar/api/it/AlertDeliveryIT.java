package ir.daftar.api.it;

import static ir.daftar.api.it.ApiClient.APPLICANT_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SMS gateway fails and then disappears mid-run: alerts are retried with backoff, land in the
 * dead-letter state after the configured tries (AlertFailed on the notice), and once the gateway is
 * back and an operator retries them, each attempt id is accepted exactly once; nothing is lost.
 * (The schema is shared with the other integration tests: alerts of their notices may pass through
 * this dispatcher too, so the assertions look at this test's attempt ids. Its application context,
 * configured apart, is closed afterwards so that its event processors do not compete with those of the
 * other tests, e.g. during a projection rebuild.)
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AlertDeliveryIT extends PostgresIntegrationTest {

    private static final int MAX_ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A local SMS gateway: answers 503 while failing, 200 otherwise; counts what it accepted per attempt id. */
    static final class Gateway {
        volatile boolean failing = true;
        final AtomicInteger requests = new AtomicInteger();
        final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        final Map<String, String> headerOf = new ConcurrentHashMap<>();
        final int port;
        private HttpServer server;

        Gateway() throws IOException {
            server = start(0);
            port = server.getAddress().getPort();
        }

        private HttpServer start(int onPort) throws IOException {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            s.createContext("/sms", this::handle);
            s.start();
            return s;
        }

        private void handle(HttpExchange exchange) throws IOException {
            requests.incrementAndGet();
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            if (failing) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                String attemptId = body.path("attemptId").asText();
                headerOf.put(attemptId, exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                accepted.computeIfAbsent(attemptId, k -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        }

        void disappear() {
            server.stop(0);
        }

        void comeBack() throws Exception {
            failing = false;
            Instant deadline = Instant.now().plusSeconds(20);
            while (true) {
                try {
                    server = start(port);
                    return;
                } catch (BindException busy) {
                    if (Instant.now().isAfter(deadline)) {
                        throw busy;
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    static final Gateway GATEWAY;

    static {
        try {
            GATEWAY = new Gateway();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void alerts(DynamicPropertyRegistry registry) {
        registry.add("daftar.alerts.dispatcher.enabled", () -> "true");
        registry.add("daftar.alerts.gateway", () -> "http");
        registry.add("daftar.alerts.http.url", () -> "http://127.0.0.1:" + GATEWAY.port + "/sms");
        registry.add("daftar.alerts.http.timeout", () -> "PT2S");
        registry.add("daftar.alerts.max-attempts", () -> String.valueOf(MAX_ATTEMPTS));
        registry.add("daftar.alerts.initial-backoff", () -> "PT0.2S");
        registry.add("daftar.alerts.max-backoff", () -> "PT0.5S");
        registry.add("daftar.alerts.poll-interval", () -> "PT0.1S");
        registry.add("daftar.alerts.lease", () -> "PT10S");
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.disappear();
    }

    @Autowired
    MeterRegistry meters;

    @Test
    void alerts_retry_go_dead_and_after_an_operator_retry_each_attempt_is_delivered_exactly_once() throws Exception {
        double deadBefore = meters.counter("alerts.dead").count();
        String filing = api.officeRouteToSubmission("clerk1001", "legal1001")[0];
        List<String> notices = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String notice = api.ok("court", HttpMethod.POST, "/api/v1/notices", Map.of("filingId", filing,
                    "kind", "SUMMONS", "recipient", Map.of("role", "APPLICANT", "nationalCode", APPLICANT_CODE),
                    "text", "احضاریه " + i)).text("noticeId");
            api.ok("court", HttpMethod.POST, "/api/v1/notices/" + notice + "/deposit", null);
            notices.add(notice);
        }
        List<String> attempts = notices.stream().map(n -> n + ":alert:1").toList();

        // the gateway answers 503, then disappears altogether
        await("the gateway refused some tries", () -> GATEWAY.requests.get() >= 3);
        GATEWAY.disappear();
        await("every alert is dead", () -> attempts.stream().allMatch(a -> "DEAD".equals(status(a))));

        for (String a : attempts) {
            assertThat(jdbc.queryForObject("SELECT total_attempts FROM alert_outbox WHERE attempt_id = ?", Integer.class, a))
                    .isEqualTo(MAX_ATTEMPTS);
        }
        JsonNode dead = api.ok("admin", HttpMethod.GET, "/api/v1/admin/alerts?status=DEAD", null).body().path("alerts");
        List<String> deadIds = new ArrayList<>();
        dead.forEach(d -> {
            deadIds.add(d.path("attemptId").asText());
            if (attempts.contains(d.path("attemptId").asText())) {
                assertThat(d.path("mobile").asText()).isEqualTo("0912***4567");
            }
        });
        assertThat(deadIds).containsAll(attempts);
        assertThat(events("AlertFailed", notices)).isEqualTo(3);
        assertThat(events("AlertSent", notices)).isZero();
        assertThat(GATEWAY.accepted).doesNotContainKeys(attempts.toArray(String[]::new));
        assertThat(meters.counter("alerts.dead").count()).isGreaterThanOrEqualTo(deadBefore + 3);

        // the gateway comes back; the operator retries the dead letters
        GATEWAY.comeBack();
        for (String a : attempts) {
            assertThat(api.call("admin", HttpMethod.POST, "/api/v1/admin/alerts/" + a + "/retry", null).status())
                    .isEqualTo(202);
        }
        await("every alert is sent", () -> attempts.stream().allMatch(a -> "SENT".equals(status(a))));
        Thread.sleep(1000); // a few more dispatcher rounds: nothing may go out again

        for (String a : attempts) {
            assertThat(GATEWAY.accepted.get(a)).as(a).hasValue(1);
            assertThat(GATEWAY.headerOf.get(a)).isEqualTo(a);
        }
        assertThat(events("AlertSent", notices)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM alert_outbox WHERE status IN ('PENDING', 'FAILED', 'DEAD') "
                + "AND filing_id = ?", Long.class, filing)).isZero();
        var again = api.call("admin", HttpMethod.POST, "/api/v1/admin/alerts/" + attempts.get(0) + "/retry", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("ALERT_NOT_DEAD");

        awaitProjections();
        JsonNode state = api.ok("court", HttpMethod.GET, "/api/v1/notices/" + notices.get(0), null).body();
        assertThat(state.path("alert").path("status").asText()).isEqualTo("SENT");
        assertThat(state.path("status").asText()).isEqualTo("SERVED");
        assertThat(state.path("servedAt").asText()).isNotEmpty();

        api.ok("admin", HttpMethod.POST, "/api/v1/admin/alerts/" + attempts.get(0) + "/delivery-report",
                Map.of("delivered", true));
        assertThat(events("AlertDelivered", notices)).isEqualTo(1);
    }

    private String status(String attemptId) {
        List<String> s = jdbc.queryForList("SELECT status FROM alert_outbox WHERE attempt_id = ?", String.class, attemptId);
        return s.isEmpty() ? null : s.get(0);
    }

    private long events(String type, List<String> notices) {
        long n = 0;
        for (String notice : notices) {
            n += jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "AND payload_type LIKE ?", Long.class, notice, "%$" + type);
        }
        return n;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
