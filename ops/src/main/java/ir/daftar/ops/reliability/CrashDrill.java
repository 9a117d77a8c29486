package ir.daftar.ops.reliability;

import com.sun.net.httpserver.HttpServer;
import ir.daftar.ops.verify.VerifyLedger;
import ir.daftar.projections.store.EventTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crash drill (issue 11): the packaged application takes concurrent writes from several clients,
 * is killed with {@code SIGKILL} at a random moment, and is started again on the same data, as many
 * times as asked. After every kill, with the application down, the store itself is read: every
 * acknowledged filing start, identity verification and notice deposit must be there, none twice, every
 * event chained, and every answered status lookup logged. After every restart the projections must
 * show what was acknowledged once they have caught up. At the end the application is stopped with
 * {@code SIGTERM}, every queued SMS alert must have reached the (local) gateway, and the whole ledger
 * must verify: hash chain and signed checkpoints ({@code ops/verify-ledger.sh --allow-unsealed}).
 *
 * <pre>
 * java ... ir.daftar.ops.reliability.CrashDrill --store embedded|postgres [--kills 5] [--clients 4]
 *          [--jar ledger-api/target/daftar-app.jar] [--work DIR] [--postgres-url jdbc:postgresql://127.0.0.1:5432/daftar_test]
 * </pre>
 * Exit status 0 when nothing acknowledged was lost or doubled; 1 otherwise. One report line per kill:
 * {@code kill 3/5 on embedded: acked 412, found 412, duplicates 0; ...}.
 */
public final class CrashDrill {

    private static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/daftar_test";

    /** Where the ledger lives: the application's environment and arguments, and how to read the store directly. */
    record Store(String name, Map<String, String> env, List<String> args, String jdbcUrl, String user, String password,
                 String schema) {

        static Store embedded(Path data) {
            return new Store("embedded", Map.of(), List.of(), "jdbc:h2:file:" + data.toAbsolutePath().resolve("daftar")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", null);
        }

        static Store postgres(String url, String user, String password) {
            String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new Store("postgres", Map.of("DAFTAR_DB_URL", withSchema, "DAFTAR_DB_USER", user,
                    "DAFTAR_DB_PASSWORD", password), List.of("--spring.flyway.schemas=" + schema,
                    "--spring.flyway.default-schema=" + schema), withSchema, user, password, schema);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }

        void drop() {
            if (schema != null) {
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (SQLException ignored) {
                    // a leftover schema of a drill is harmless
                }
            }
        }
    }

    /** The outcome: one line per kill and at the end, and whether every promise held. */
    public record Report(List<String> lines, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private final Store store;
    private final Path jar;
    private final Path work;
    private final int kills;
    private final int clients;
    private final PrintStream out;
    private final List<String> lines = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Workload.Acknowledged acked = new Workload.Acknowledged();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    CrashDrill(Store store, Path jar, Path work, int kills, int clients, PrintStream out) {
        this.store = store;
        this.jar = jar;
        this.work = work;
        this.kills = kills;
        this.clients = clients;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path work = o.containsKey("work") ? Path.of(o.get("work")) : Files.createTempDirectory("daftar-crash-");
        Report report = run(o.getOrDefault("store", "embedded"), Path.of(o.getOrDefault("jar", "ledger-api/target/daftar-app.jar")),
                work, Integer.parseInt(o.getOrDefault("kills", "5")), Integer.parseInt(o.getOrDefault("clients", "4")),
                o.getOrDefault("postgres-url", DEFAULT_PG_URL), System.out);
        System.exit(report.passed() ? 0 : 1);
    }

    public static Report run(String storeName, Path jar, Path work, int kills, int clients, String postgresUrl, PrintStream out)
            throws Exception {
        Files.createDirectories(work);
        Store store = "postgres".equals(storeName)
                ? Store.postgres(postgresUrl, System.getenv().getOrDefault("DAFTAR_TEST_DB_USER", "postgres"),
                        System.getenv().getOrDefault("DAFTAR_TEST_DB_PASSWORD", "postgres"))
                : Store.embedded(work.resolve("data"));
        try {
            return new CrashDrill(store, jar, work, kills, clients, out).run();
        } finally {
            store.drop();
        }
    }

    private Report run() throws Exception {
        try (SmsGateway gateway = new SmsGateway()) {
            Map<String, String> env = new LinkedHashMap<>(store.env());
            env.put("DAFTAR_DATA_DIR", work.resolve("data").toAbsolutePath().toString());
            env.put("DAFTAR_DEMO", "true");
            env.put("DAFTAR_ALERT_GATEWAY", "http");
            env.put("DAFTAR_ALERT_HTTP_URL", "http://127.0.0.1:" + gateway.port() + "/sms");
            env.put("DAFTAR_CHECKPOINT_INTERVAL", "1s");
            List<String> args = new ArrayList<>(store.args());
            // a claim left by a killed dispatcher is taken again after the lease: short here, two minutes by default
            args.addAll(List.of("--daftar.alerts.lease=PT5S", "--daftar.alerts.poll-interval=PT0.2S",
                    "--daftar.alerts.initial-backoff=PT0.5S", "--daftar.integrity.settle=PT0.5S"));
            Path log = work.resolve("daftar.log");
            Set<String> seenBefore = Set.of();
            for (int k = 1; k <= kills; k++) {
                DaftarProcess app = DaftarProcess.start(jar, env, args, log);
                Duration ready = app.awaitReady(Duration.ofSeconds(180));
                Workload load = new Workload(app.baseUrl(), acked);
                if (k > 1) {
                    checkProjections(app, "restart " + k + " (ready in " + ready.toMillis() + " ms)", seenBefore);
                    resend(load);
                }
                Set<String> before = Set.copyOf(acked.filings);
                long commandsBefore = acked.commands.get();
                load.start(clients);
                // a random moment, once the load is well under way
                awaitCommands(commandsBefore + 100, Duration.ofSeconds(30));
                Thread.sleep(ThreadLocalRandom.current().nextLong(0, 2500));
                app.kill();
                load.stop();
                checkStore("kill " + k + "/" + kills + " on " + store.name(), acked.commands.get() - commandsBefore);
                Set<String> round = new HashSet<>(acked.filings);
                round.removeAll(before);
                seenBefore = round;
            }
            DaftarProcess app = DaftarProcess.start(jar, env, args, log);
            app.awaitReady(Duration.ofSeconds(180));
            resend(new Workload(app.baseUrl(), acked));
            checkProjections(app, "final restart on " + store.name(), Set.copyOf(acked.filings));
            checkAlerts(gateway);
            Set<String> alerted = Set.copyOf(acked.depositedNotices);
            // SIGTERM under load: requests in flight finish or are refused cleanly, claims are released
            Workload load = new Workload(app.baseUrl(), acked);
            long commandsBefore = acked.commands.get();
            load.start(clients);
            awaitCommands(commandsBefore + 50, Duration.ofSeconds(30));
            long stopping = System.nanoTime();
            int exit = app.terminate(Duration.ofSeconds(60));
            long stopMillis = (System.nanoTime() - stopping) / 1_000_000;
            load.stop();
            report("SIGTERM under load: exit " + exit + " after " + stopMillis + " ms");
            if (exit == -1) {
                failures.add("SIGTERM did not stop the application within 60 s");
            }
            checkStore("after SIGTERM on " + store.name(), acked.commands.get() - commandsBefore);
            checkClaimsReleased();
            if (acked.serverErrors.get() > 0) {
                failures.add(acked.serverErrors.get() + " answers were server errors (5xx other than 503)");
            }
            checkOutboxSent(alerted);
            verifyLedger();
        }
        return new Report(List.copyOf(lines), List.copyOf(failures));
    }

    private void resend(Workload load) throws IOException, InterruptedException {
        int pending = acked.unanswered.size();
        int resent = load.resendUnanswered();
        report("filing starts cut off by the kill, sent again with their idempotency keys: " + pending + ", answered "
                + resent);
        if (resent < pending) {
            failures.add((pending - resent) + " filing starts sent again after a restart were not answered");
        }
    }

    private void awaitCommands(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acked.commands.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (acked.commands.get() < target) {
            failures.add("the load did not get going: " + acked.commands.get() + " commands acknowledged");
        }
    }

    /** With the application down: what the store itself holds. */
    private void checkStore(String when, long commandsThisRound) throws SQLException {
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        long duplicates;
        long unchained;
        long lookups;
        Map<String, String> outbox = new LinkedHashMap<>();
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT aggregate_identifier, payload_type FROM " + EventTable.NAME + " "
                    + "WHERE payload_type LIKE '%FilingStarted' OR payload_type LIKE '%IdentityVerified' "
                    + "OR payload_type LIKE '%NoticeDeposited'")) {
                while (rs.next()) {
                    String type = rs.getString(2).replaceAll(".*[$.]", "");
                    byType.computeIfAbsent(type, t -> new HashSet<>()).add(rs.getString(1));
                }
            }
            duplicates = single(s, "SELECT COUNT(*) FROM (SELECT aggregate_identifier, payload_type FROM "
                    + EventTable.NAME + " "
                    + "WHERE payload_type LIKE '%FilingStarted' OR payload_type LIKE '%IdentityVerified' "
                    + "OR payload_type LIKE '%NoticeDeposited' GROUP BY aggregate_identifier, payload_type "
                    + "HAVING COUNT(*) > 1) d")
                    + single(s, "SELECT COUNT(*) - COUNT(DISTINCT event_identifier) FROM " + EventTable.NAME);
            unchained = single(s, "SELECT COUNT(*) FROM " + EventTable.NAME + " d WHERE NOT EXISTS "
                    + "(SELECT 1 FROM event_chain c WHERE c.global_index = d.global_index)");
            lookups = single(s, "SELECT COUNT(*) FROM status_lookup_log");
            try (ResultSet rs = s.executeQuery("SELECT notice_id, status FROM alert_outbox")) {
                while (rs.next()) {
                    outbox.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        long filingsFound = count(acked.filings, byType.get("FilingStarted"));
        long identityFound = count(acked.identityVerified, byType.get("IdentityVerified"));
        long noticesFound = count(acked.depositedNotices, byType.get("NoticeDeposited"));
        report(String.format("%s: acked %d, found %d, duplicates %d (filings started; %d commands acknowledged in this run); "
                        + "identity verified acked %d, found %d; notices deposited acked %d, found %d; events unchained %d; "
                        + "status lookups answered %d, logged %d; alerts queued %d",
                when, acked.filings.size(), filingsFound, duplicates, commandsThisRound, acked.identityVerified.size(),
                identityFound, acked.depositedNotices.size(), noticesFound, unchained, acked.lookups.get(), lookups,
                outbox.size()));
        if (filingsFound < acked.filings.size() || identityFound < acked.identityVerified.size()
                || noticesFound < acked.depositedNotices.size()) {
            failures.add(when + ": acknowledged writes missing from the store");
        }
        if (duplicates > 0) {
            failures.add(when + ": " + duplicates + " duplicated events");
        }
        if (unchained > 0) {
            failures.add(when + ": " + unchained + " events without their hash-chain row");
        }
        if (lookups < acked.lookups.get()) {
            failures.add(when + ": " + (acked.lookups.get() - lookups) + " answered status lookups missing from the lookup log");
        }
    }

    /** After a restart: once the projections caught up, every acknowledged filing has its history (court-side read model). */
    private void checkProjections(DaftarProcess app, String when, Set<String> filings) throws Exception {
        long started = System.nanoTime();
        Set<String> missing = new HashSet<>(filings);
        long deadline = started + Duration.ofSeconds(90).toNanos();
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            for (String f : List.copyOf(missing)) {
                if (get(app, "/api/v1/filings/" + f + "/history", "clerk1001") == 200) {
                    missing.remove(f);
                }
            }
            if (!missing.isEmpty()) {
                Thread.sleep(500);
            }
        }
        report(String.format("%s: %d filings checked in the case history, %d missing after %d ms", when, filings.size(),
                missing.size(), (System.nanoTime() - started) / 1_000_000));
        if (!missing.isEmpty()) {
            failures.add(when + ": the projections did not show " + missing.size() + " acknowledged filings, e.g. "
                    + missing.iterator().next());
        }
    }

    /** At least once per attempt id: every deposited notice's alert reaches the gateway; the outbox holds one row each. */
    private void checkAlerts(SmsGateway gateway) throws InterruptedException {
        Set<String> expected = new HashSet<>();
        acked.depositedNotices.forEach(n -> expected.add(n + ":alert:1"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!gateway.accepted.keySet().containsAll(expected) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Set<String> undelivered = new HashSet<>(expected);
        undelivered.removeAll(gateway.accepted.keySet());
        long resent = gateway.accepted.values().stream().mapToInt(AtomicInteger::get).filter(n -> n > 1).count();
        report(String.format("alerts: %d deposited notices, %d alerts received by the gateway, %d undelivered, "
                        + "%d attempt ids received more than once (sent again after a kill; the gateway de-duplicates "
                        + "on the attempt id)", expected.size(), gateway.accepted.size(), undelivered.size(), resent));
        if (!undelivered.isEmpty()) {
            failures.add("alerts never delivered: " + undelivered);
        }
        if (resent > kills) {
            failures.add(resent + " attempt ids were sent more than once: more than one in flight per kill");
        }
    }

    /** After the graceful stop no event processor holds a segment: the next instance claims them at once. */
    private void checkClaimsReleased() throws SQLException {
        long claimed;
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            claimed = single(s, "SELECT COUNT(*) FROM token_entry WHERE owner IS NOT NULL");
        }
        report("event processor segments still claimed after SIGTERM: " + claimed + "; server errors (5xx but 503) "
                + "during the drill: " + acked.serverErrors.get());
        if (claimed > 0) {
            failures.add(claimed + " token claims left behind by a graceful stop");
        }
    }

    /**
     * After the graceful stop: the outbox row of every notice whose alert was delivered is marked sent. (A notice
     * deposited in the last moments before SIGTERM has its alert queued at the next start: the outbox processor
     * goes on from its token.)
     */
    private void checkOutboxSent(Set<String> notices) throws SQLException {
        Map<String, String> status = new LinkedHashMap<>();
        try (Connection c = store.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT notice_id, status FROM alert_outbox")) {
            while (rs.next()) {
                status.put(rs.getString(1), rs.getString(2));
            }
        }
        long notSent = notices.stream().filter(n -> !"SENT".equals(status.get(n))).count();
        report(String.format("alert outbox: %d rows, %d of the %d alerted notices not marked SENT", status.size(), notSent,
                notices.size()));
        if (notSent > 0) {
            failures.add(notSent + " alerts of deposited notices are not marked sent in the outbox");
        }
    }

    private void verifyLedger() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(text, true, StandardCharsets.UTF_8);
        int exit = VerifyLedger.run(new String[] {"--url", store.jdbcUrl(), "--user", store.user(), "--password",
                store.password(), "--public-key-file", work.resolve("data").resolve("ledger-signing-key.properties").toString(),
                "--allow-unsealed"}, print, print);
        String result = text.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("([\\d,]+) events in ([\\d,]+) streams and (\\d+) signed checkpoints verified").matcher(result);
        report("ledger verification: exit " + exit + (m.find() ? ", " + m.group() : ""));
        if (exit != 0) {
            failures.add("the ledger does not verify:\n" + result);
        } else if (m.group(3).equals("0")) {
            failures.add("no signed checkpoint was written during the drill");
        }
    }

    private int get(DaftarProcess app, String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Workload.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void report(String line) {
        lines.add(line);
        out.println(line);
    }

    private static long count(Set<String> acknowledged, Set<String> stored) {
        return stored == null ? 0 : acknowledged.stream().filter(stored::contains).count();
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A local SMS gateway that accepts every alert and counts deliveries per attempt id. */
    static final class SmsGateway implements AutoCloseable {
        final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        private final HttpServer server;

        SmsGateway() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sms", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("\"attemptId\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
                if (m.find()) {
                    accepted.computeIfAbsent(m.group(1), k -> new AtomicInteger()).incrementAndGet();
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
