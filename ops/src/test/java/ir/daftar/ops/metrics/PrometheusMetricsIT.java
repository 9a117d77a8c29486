package ir.daftar.ops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.it.ApiClient;
import ir.daftar.api.it.PostgresIntegrationTest;
import ir.daftar.api.it.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * What operators scrape from /actuator/prometheus after a filing: command counts and latencies per command
 * type, lag and capacity per processing group, notices and SMS alerts, JVM and connection pool; and the
 * Grafana dashboard (ops/grafana/daftar-dashboard.json) asks only for series that are really there.
 * Metrics export is on ({@code @AutoConfigureObservability}: Boot turns it off in tests), so this context
 * differs from the shared one: it gets a schema of its own, the alert dispatcher on, and is closed afterwards.
 */
@AutoConfigureObservability(tracing = false)
@DirtiesContext
@TestPropertySource(properties = {"daftar.alerts.dispatcher.enabled=true", "daftar.alerts.log-file=target/alerts.log"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusMetricsIT extends PostgresIntegrationTest {

    private static final String SCHEMA = "it_metrics_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final Path DASHBOARD = Path.of("grafana", "daftar-dashboard.json");
    /** The office route's commands (A6), each of which the filing below sends once. */
    private static final List<String> OFFICE_ROUTE = List.of("StartFiling", "VerifyIdentity", "DigitizeDocument",
            "RecordApplicantConfirmation", "AssessCourtFee", "RecordCourtFeePayment", "VerifyDocumentConformity",
            "RegisterContactDetails", "AcknowledgeNotificationUndertaking", "IssueTrackingCode",
            "SubmitToCompetentAuthority");
    private static final List<String> PROCESSING_GROUPS = List.of("case-status", "case-history", "paper-files",
            "notices", "alert-outbox", "reports", "inspection-list", "deadline-recomputation");

    private String scrape;

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresTestDatabase.URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @BeforeAll
    void fileAndScrape() throws InterruptedException {
        client();
        api.officeRouteToSubmission("clerk1001", "legal1001");
        awaitProjections();
        ResponseEntity<String> r = rest.withBasicAuth("admin", ApiClient.PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        scrape = r.getBody();
    }

    @Test
    void the_scrape_is_for_administrators_only() {
        assertThat(rest.withBasicAuth("clerk1001", ApiClient.PASSWORD).getForEntity("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void commands_are_counted_and_timed_per_command_type() {
        for (String command : OFFICE_ROUTE) {
            assertThat(value("commandBus_allTimer_seconds_count", "payloadType=\"" + command + "\""))
                    .as(command).isGreaterThanOrEqualTo(1);
            assertThat(scrape).contains("commandBus_allTimer_seconds{payloadType=\"" + command + "\",quantile=\"0.99\"}");
            assertThat(scrape).contains("commandBus_failureCounter_total{payloadType=\"" + command + "\"}");
        }
    }

    @Test
    void event_processors_report_lag_and_capacity_per_processing_group() {
        for (String group : PROCESSING_GROUPS) {
            assertThat(scrape).as(group).contains("eventProcessor_latency{processorName=\"" + group + "\"}");
            assertThat(scrape).as(group).containsPattern("eventProcessor_capacity\\{[^}]*processorName=\"" + group + "\"");
        }
        assertThat(value("eventProcessor_processedCounter_total", "processorName=\"case-status\"")).isPositive();
    }

    @Test
    void notices_alerts_jvm_and_the_connection_pool_are_there() {
        for (String name : List.of("notices_issued_total", "notices_deposited_total", "notice_time_to_view_seconds_count",
                "alerts_sent_total", "alerts_failed_total", "alerts_dead_total", "hikaricp_connections_active",
                "hikaricp_connections_pending", "hikaricp_connections_max")) {
            assertThat(seriesNames(scrape)).as(name).contains(name);
        }
        assertThat(scrape).containsPattern("jvm_memory_used_bytes\\{area=\"heap\"");
    }

    @Test
    void every_metric_the_grafana_dashboard_asks_for_is_in_the_scrape() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        Set<String> asked = new TreeSet<>();
        int targets = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertThat(panel.path("targets")).as("panel %s", panel.path("title")).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                targets++;
                Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{").matcher(target.path("expr").asText());
                int found = 0;
                while (m.find()) {
                    asked.add(m.group(1));
                    found++;
                }
                assertThat(found).as("metrics in %s", target.path("expr")).isPositive();
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            Matcher m = Pattern.compile("label_values\\(([a-zA-Z_:][a-zA-Z0-9_:]*)").matcher(variable.path("query").asText());
            while (m.find()) {
                asked.add(m.group(1));
            }
        }
        assertThat(targets).isGreaterThanOrEqualTo(15);
        assertThat(asked).contains("commandBus_allTimer_seconds_count", "eventProcessor_latency", "eventProcessor_capacity",
                "alerts_dead_total", "jvm_memory_used_bytes", "hikaricp_connections_pending");
        assertThat(seriesNames(scrape)).containsAll(asked);
    }

    private static Set<String> seriesNames(String text) {
        Set<String> names = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private double value(String name, String label) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(label)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no series " + name + "{" + label + "} in the scrape");
    }
}
