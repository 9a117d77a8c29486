package ir.daftar.ops.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import ir.daftar.api.DaftarApplication;
import ir.daftar.api.it.ApiClient;
import ir.daftar.api.it.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one PostgreSQL schema (docs/scale-out.md): they split the pooled
 * processors' segments between them (token_entry owners), both process, then one dies and the other takes
 * its segments over, with nothing lost and nothing applied twice.
 *
 * <p>"Dies": instance B's connection pool is closed under it first, so it can neither finish what it was
 * doing nor release its claims (as after kill -9 or a lost network), and only then is its context closed.
 * The claims it held stay in token_entry under its name until they time out; A takes them then.
 * ops/scale/two-instances.sh does the same with two real processes and kill -9.
 *
 * <p>Besides the projections, each instance runs a probe processor ({@code scale-probe}, two segments) that
 * writes one row per event it handles, with the instance's name, in the same transaction as its token and
 * without any idempotence: a row twice would be an event applied twice, a missing row an event lost.
 */
class TwoInstancesIT {

    static {
        DaftarApplication.disableUpdateChecker();
    }

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(4);
    private static final Set<String> PROCESSORS = Set.of("case-status", "case-history", "scale-probe");

    private final String schema = "it_scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String probeTable = schema + "_probe.handled";
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private JdbcTemplate db;

    @Test
    void two_instances_split_the_segments_and_the_survivor_takes_over_a_killed_ones_with_nothing_lost_or_doubled()
            throws Exception {
        createSchemas();
        ConfigurableApplicationContext a = start("instance-a");
        db = new JdbcTemplate(a.getBean(DataSource.class));
        awaitTrue("instance-a owns every segment", Duration.ofSeconds(20),
                () -> PROCESSORS.stream().allMatch(p -> owners(p).equals(Map.of(0, "instance-a", 1, "instance-a"))));

        ConfigurableApplicationContext b = start("instance-b");
        awaitTrue("the segments are split, one per instance", Duration.ofSeconds(20),
                () -> PROCESSORS.stream().allMatch(p -> Set.copyOf(owners(p).values())
                        .equals(Set.of("instance-a", "instance-b"))));
        Map<String, Map<Integer, String>> split = new HashMap<>();
        PROCESSORS.forEach(p -> split.put(p, owners(p)));

        // both instances take commands and both process events: file until each has handled some filing's events
        ApiClient viaA = client(a);
        ApiClient viaB = client(b);
        List<String[]> filings = new ArrayList<>();
        long joined = maxGlobalIndex();
        for (int i = 0; i < 16 && !(handledSince(joined, "instance-a") && handledSince(joined, "instance-b")); i++) {
            filings.add(firstHalf(i % 2 == 0 ? viaA : viaB));
            awaitProbe();
        }
        assertThat(handledSince(joined, "instance-a")).as("instance-a processed events after instance-b joined").isTrue();
        assertThat(handledSince(joined, "instance-b")).as("instance-b processed events").isTrue();
        List<String> filingsOfB = filings.stream().map(f -> f[0]).filter(f -> handledBy(f).equals(Set.of("instance-b")))
                .toList();
        assertThat(filingsOfB).as("filings whose events went to instance-b's segment").isNotEmpty();

        // kill instance-b: its pool goes first, so it cannot release its claims; then the rest of it
        b.getBean(HikariDataSource.class).close();
        b.close();
        started.remove(b);
        Map<String, Map<Integer, String>> afterKill = new HashMap<>();
        PROCESSORS.forEach(p -> afterKill.put(p, owners(p)));
        Instant killedAt = Instant.now();

        // instance-a takes over once instance-b's claims time out, and goes on with instance-b's filings
        awaitTrue("instance-a owns every segment again", CLAIM_TIMEOUT.plusSeconds(20),
                () -> PROCESSORS.stream().allMatch(p -> owners(p).equals(Map.of(0, "instance-a", 1, "instance-a"))));
        Duration takeover = Duration.between(killedAt, Instant.now());
        List<String> codes = new ArrayList<>();
        for (String[] f : filings) {
            codes.add(secondHalf(viaA, f));
        }
        awaitProbe();
        // both projections: case-status and case-history are separate processors and catch up each at its own pace
        awaitTrue("projections caught up", Duration.ofSeconds(20),
                () -> caseHistoryComplete(filings) && codes.stream().allMatch(this::submitted));

        // the split really was one segment each, and instance-b's claims outlived it until they timed out
        split.values().forEach(o -> assertThat(Set.copyOf(o.values())).containsExactlyInAnyOrder("instance-a", "instance-b"));
        assertThat(afterKill.values().stream().flatMap(o -> o.values().stream()))
                .as("claims left behind by the killed instance (owners right after the kill)").contains("instance-b");
        assertThat(takeover).as("takeover time").isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        // instance-b's filings went on in instance-a after the kill: it processes instance-b's former segment
        for (String f : filingsOfB) {
            assertThat(handledBy(f)).as("filing %s: events handled before and after the kill", f)
                    .containsExactlyInAnyOrder("instance-a", "instance-b");
        }

        System.out.printf("two instances: split %s; after the kill %s; takeover in %d ms; %d filings%n", split, afterKill,
                takeover.toMillis(), filings.size());

        // nothing lost, nothing applied twice: every stored event handled exactly once by the probe
        long events = db.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        assertThat(db.queryForObject("SELECT count(*) FROM " + probeTable, Long.class)).isEqualTo(events);
        assertThat(db.queryForObject("SELECT count(DISTINCT event_id) FROM " + probeTable, Long.class)).isEqualTo(events);
        assertThat(db.queryForObject("SELECT count(*) FROM domain_event_entry e WHERE NOT EXISTS (SELECT 1 FROM "
                + probeTable + " h WHERE h.event_id = e.event_identifier)", Long.class)).isZero();

        // and in the projections: a case-history row per filing event, every tracking code once, submitted
        assertThat(caseHistoryComplete(filings)).isTrue();
        assertThat(codes).doesNotHaveDuplicates().hasSize(filings.size());
        for (String code : codes) {
            assertThat(db.queryForList("SELECT status FROM case_status WHERE tracking_code = ?", String.class, code))
                    .as("tracking code %s", code).containsExactly("SUBMITTED");
        }
    }

    /**
     * Each instance keeps the filings it handled in its aggregate cache (ADR 0008). A filing whose commands
     * alternate between the two instances finds a cached copy that the other instance has moved on: the append
     * loses on the event store's unique key, the command is sent again on fresh state, and the client never sees
     * the race. Every step lands once, in order.
     */
    @Test
    void a_filing_whose_commands_alternate_between_instances_goes_through_every_step_once() throws Exception {
        createSchemas();
        ConfigurableApplicationContext a = start("instance-a");
        db = new JdbcTemplate(a.getBean(DataSource.class));
        ConfigurableApplicationContext b = start("instance-b");
        ApiClient[] both = {client(a), client(b)};

        for (int i = 0; i < 3; i++) {
            String[] filing = firstHalf(both[i % 2], both[(i + 1) % 2]);
            String code = secondHalf(both[(i + 1) % 2], both[i % 2], filing);

            assertThat(db.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "ORDER BY sequence_number", String.class, filing[0]))
                    .extracting(type -> type.substring(type.lastIndexOf('$') + 1))
                    .containsExactly("FilingStarted", "IdentityVerified", "DocumentDigitized",
                            "ApplicantConfirmedDocuments", "CourtFeeAssessed", "CourtFeePaid", "DocumentConformityVerified",
                            "ContactDetailsRegistered", "NotificationUndertakingAcknowledged", "TrackingCodeIssued",
                            "SubmittedToCompetentAuthority");
            assertThat(code).hasSize(16);
        }
    }

    @AfterEach
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("DROP SCHEMA IF EXISTS " + schema + "_probe CASCADE");
        } catch (SQLException ignored) {
            // a leftover schema is harmless
        }
    }

    // --- the instances ----------------------------------------------------------------------------------------

    private ConfigurableApplicationContext start(String node) {
        String claimInterval = "500";
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", PostgresTestDatabase.URL + "?currentSchema=" + schema);
        p.put("spring.datasource.username", PostgresTestDatabase.USER);
        p.put("spring.datasource.password", PostgresTestDatabase.PASSWORD);
        p.put("spring.flyway.schemas", schema);
        p.put("spring.flyway.default-schema", schema);
        p.put("server.port", "0");
        p.put("spring.jmx.enabled", "false");
        p.put("daftar.demo.enabled", "true");
        p.put("daftar.alerts.dispatcher.enabled", "false");
        p.put("daftar.integrity.interval", "1h");
        p.put("daftar.integrity.key-file", System.getProperty("java.io.tmpdir") + "/" + schema + "-key.properties");
        p.put("daftar.scale.node-id", node);
        p.put("daftar.scale.balance-interval", "PT1S");
        p.put("daftar.scale.claim-extension-threshold", "PT0.5S");
        p.put("daftar.probe.table", probeTable);
        p.put("axon.eventhandling.tokenstore.claim-timeout", CLAIM_TIMEOUT.toMillis() + "ms");
        for (String processor : PROCESSORS) {
            p.put("axon.eventhandling.processors." + processor + ".mode", "pooled");
            p.put("axon.eventhandling.processors." + processor + ".initial-segment-count", "2");
            p.put("axon.eventhandling.processors." + processor + ".thread-count", "2");
            p.put("axon.eventhandling.processors." + processor + ".token-claim-interval", claimInterval);
        }
        // as command-line arguments: they must win over application.yml (default properties would not)
        String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DaftarApplication.class, Probe.class)
                .run(args);
        started.add(context);
        return context;
    }

    /** Writes one row per handled event, with the instance's name, in the transaction that moves its token. */
    @Configuration(proxyBeanMethods = false)
    static class Probe {

        @Bean
        ProbeHandler probeHandler(JdbcTemplate jdbc, Environment env) {
            return new ProbeHandler(jdbc, env.getRequiredProperty("daftar.scale.node-id"),
                    env.getRequiredProperty("daftar.probe.table"));
        }
    }

    @ProcessingGroup("scale-probe")
    static class ProbeHandler {

        private final JdbcTemplate jdbc;
        private final String node;
        private final String table;

        ProbeHandler(JdbcTemplate jdbc, String node, String table) {
            this.jdbc = jdbc;
            this.node = node;
            this.table = table;
        }

        @EventHandler
        void on(Object payload, EventMessage<?> message) {
            String aggregate = message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : "";
            jdbc.update("INSERT INTO " + table + " (event_id, aggregate_id, node) VALUES (?, ?, ?)",
                    message.getIdentifier(), aggregate, node);
        }
    }

    private void createSchemas() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE SCHEMA " + schema + "_probe");
            s.execute("CREATE TABLE " + probeTable + " (event_id VARCHAR(255) NOT NULL, aggregate_id VARCHAR(255) NOT NULL, "
                    + "node VARCHAR(64) NOT NULL, handled_no BIGSERIAL)");
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port)));
    }

    // --- what the database says --------------------------------------------------------------------------------

    private Map<Integer, String> owners(String processor) {
        Map<Integer, String> owners = new HashMap<>();
        db.query("SELECT segment, owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL",
                rs -> {
                    owners.put(rs.getInt(1), rs.getString(2));
                }, processor);
        return owners;
    }

    private long maxGlobalIndex() {
        return db.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }

    private boolean handledSince(long globalIndex, String node) {
        return db.queryForObject("SELECT count(*) FROM " + probeTable + " h JOIN domain_event_entry e "
                + "ON e.event_identifier = h.event_id WHERE e.global_index > ? AND h.node = ?", Long.class,
                globalIndex, node) > 0;
    }

    private Set<String> handledBy(String aggregateId) {
        return Set.copyOf(db.queryForList("SELECT DISTINCT node FROM " + probeTable + " WHERE aggregate_id = ?",
                String.class, aggregateId));
    }

    private boolean submitted(String trackingCode) {
        return db.queryForList("SELECT status FROM case_status WHERE tracking_code = ?", String.class, trackingCode)
                .equals(List.of("SUBMITTED"));
    }

    private void awaitProbe() throws InterruptedException {
        awaitTrue("the probe handled every stored event", Duration.ofSeconds(20), () ->
                db.queryForObject("SELECT count(*) FROM " + probeTable, Long.class)
                        >= db.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class));
    }

    private boolean caseHistoryComplete(List<String[]> filings) {
        for (String[] f : filings) {
            long events = db.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, f[0]);
            long rows = db.queryForObject("SELECT count(*) FROM case_history WHERE filing_id = ?", Long.class, f[0]);
            if (rows != events) {
                return false;
            }
        }
        return true;
    }

    private static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + ": " + what);
            }
            Thread.sleep(100);
        }
    }

    // --- the office route in two halves (A6) ----------------------------------------------------------------------

    /** Start to payment; returns {filingId, documentId}. */
    private static String[] firstHalf(ApiClient api) {
        return firstHalf(api, api);
    }

    /** Start to payment, each command through the other client than the one before; returns {filingId, documentId}. */
    private static String[] firstHalf(ApiClient api, ApiClient other) {
        String f = api.ok("clerk1001", HttpMethod.POST, "/api/v1/filings", ApiClient.officePetition("300000000"))
                .text("filingId");
        String base = "/api/v1/filings/" + f;
        other.ok("clerk1001", HttpMethod.POST, base + "/identity-verification", Map.of("method", "NATIONAL_SMART_CARD"));
        String doc = api.ok("clerk1001", HttpMethod.POST, base + "/documents", ApiClient.document("دادخواست"))
                .text("documentId");
        other.ok("clerk1001", HttpMethod.POST, base + "/applicant-confirmation", null);
        long amount = api.ok("clerk1001", HttpMethod.POST, base + "/court-fee/assessment", null).body()
                .path("amountRials").asLong();
        other.ok("clerk1001", HttpMethod.POST, base + "/court-fee/payment", Map.of("paymentReference",
                "PAY-" + f.substring(0, 8), "amountRials", amount, "receiptNumber", "R-" + f.substring(0, 8)));
        return new String[] {f, doc};
    }

    /** Conformity to submission; returns the tracking code. */
    private static String secondHalf(ApiClient api, String[] filing) {
        return secondHalf(api, api, filing);
    }

    /** Conformity to submission, alternating between the two clients; returns the tracking code. */
    private static String secondHalf(ApiClient api, ApiClient other, String[] filing) {
        String base = "/api/v1/filings/" + filing[0];
        api.ok("legal1001", HttpMethod.POST, base + "/documents/" + filing[1] + "/conformity", Map.of("verdict", "VERIFIED"));
        other.ok("clerk1001", HttpMethod.POST, base + "/contact-details",
                Map.of("mobile", "+98 912 123 4567", "electronicAddress", "sana:1234567890"));
        api.ok("clerk1001", HttpMethod.POST, base + "/notification-undertaking",
                Map.of("signedFormSha256", ApiClient.SIGNED_FORM));
        String code = other.ok("clerk1001", HttpMethod.POST, base + "/tracking-code", null).text("trackingCode");
        api.ok("legal1001", HttpMethod.POST, base + "/submission", null);
        return code;
    }
}
