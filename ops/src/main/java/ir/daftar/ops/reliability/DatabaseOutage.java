package ir.daftar.ops.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import ir.daftar.projections.store.EventTable;
import ir.daftar.projections.store.StoredEvents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Load against a running Daftar while its PostgreSQL is stopped and started again
 * (ops/reliability/db-outage.sh, docs/database-outage.md). Several clients start filings and verify
 * the applicant's identity on them, look up case statuses (one of them beyond its rate limit, so the
 * refusal is logged by the filter before any controller), and read case histories; a poller watches
 * {@code /actuator/health}. In the middle the database is stopped with {@code stopCommand}, kept down,
 * and started with {@code startCommand}. Every answer is recorded, then the rules are checked:
 * <ol>
 *   <li>the outage was seen: some answers were 503 and health went DOWN, then UP again;</li>
 *   <li>no 500, no other 5xx, no answer outside what each call may answer (a command never 200 with
 *       nothing in it), no connection failure or timeout;</li>
 *   <li>every 503 is {@code application/problem+json} with code {@code DATABASE_UNAVAILABLE} and
 *       {@code Retry-After};</li>
 *   <li>every filing acknowledged (201) and every identity verification acknowledged (202) is in the
 *       event store, and, once the projections caught up, in the case history and case status;</li>
 *   <li>every command not acknowledged, sent again after the outage (a start with its Idempotency-Key),
 *       succeeds, and none was recorded twice.</li>
 * </ol>
 * Prints a summary, writes the figures as JSON, and exits 1 if a rule is broken.
 *
 * <p>Usage: {@code DatabaseOutage <base-url> <jdbc-url> <stop-command> <start-command> <results.json>}.
 * System properties: {@code clients} (4), {@code beforeSeconds} (8), {@code outageSeconds} (10),
 * {@code afterSeconds} (5), {@code recoverySeconds} (60: the most the app may take to recover),
 * {@code requestTimeoutSeconds} (20: a client's patience; an answer later than that breaks rule 2).
 */
public final class DatabaseOutage {

    private static final String PASSWORD = "daftar-demo";
    private static final String CLERK = "clerk1001";
    private static final String LEGAL = "legal1001";
    private static final String COURT = "court";
    private static final String NATIONAL_CODE = "0089123451";
    private static final String SIGNED_FORM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String START_BODY = """
            {"route":"OFFICE","kind":"PETITION","claimNature":"FINANCIAL","claimValueRials":"300000000",
             "applicant":{"type":"NATURAL","identifier":"0089123451","name":"زهرا احمدی"},
             "defendants":[{"type":"NATURAL","name":"بهرام کاظمی"}],
             "competentAuthorityId":"TEH-CIV-12","subject":"مطالبه وجه چک"}""";

    /** What each call may answer, outage or not. Anything else breaks rule 2. */
    private static final Map<String, Set<Integer>> ALLOWED = Map.of(
            "start", Set.of(201, 503),
            "identity", Set.of(202, 503),
            "status", Set.of(200, 503),
            "status-limited", Set.of(200, 404, 429, 503),
            "history", Set.of(200, 404, 503));

    private final String base;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final long t0 = System.nanoTime();

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<HealthSample> health = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<HealthSample> readiness = new ConcurrentLinkedQueue<>();
    private final Set<String> ackedFilings = ConcurrentHashMap.newKeySet();
    private final Set<String> ackedIdentities = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> unackedStartKeys = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unackedIdentities = new ConcurrentLinkedQueue<>();
    private final List<String> trackingCodes = new ArrayList<>();
    private volatile String phase = "setup";
    private volatile boolean loading = true;
    private volatile long projectionsCaughtUpAt = -1;

    record Sample(long atMs, String phase, String op, int status, String contentType, String code, boolean retryAfter,
                  long millis) {
    }

    record HealthSample(long atMs, int status, long millis) {
    }

    record Answer(int status, String contentType, JsonNode body, boolean retryAfter) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    private DatabaseOutage(String base, String jdbcUrl) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: DatabaseOutage <base-url> <jdbc-url> <stop-command> <start-command> <results.json>");
            System.exit(2);
        }
        DatabaseOutage run = new DatabaseOutage(args[0], args[1]);
        boolean ok = run.run(args[2], args[3], Path.of(args[4]));
        System.exit(ok ? 0 : 1);
    }

    private long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private boolean run(String stopCommand, String startCommand, Path results) throws Exception {
        int clients = Integer.getInteger("clients", 4);
        int before = Integer.getInteger("beforeSeconds", 8);
        int outage = Integer.getInteger("outageSeconds", 10);
        int after = Integer.getInteger("afterSeconds", 5);
        int recovery = Integer.getInteger("recoverySeconds", 60);

        setUp();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(started("commands-" + i, this::commands));
        }
        threads.add(started("status", () -> lookups("status")));
        threads.add(started("status-limited", () -> lookups("status-limited")));
        threads.add(started("history", this::histories));
        Thread poller = started("health", this::pollHealth);

        phase = "before";
        Thread.sleep(before * 1000L);
        Map<String, Object> pool = poolFigures();

        long stopAt = now();
        phase = "outage";
        long stopTook = shell(stopCommand);
        System.out.printf("database stopped at %.1f s (%d ms): %s%n", stopAt / 1000.0, stopTook, stopCommand);
        Thread.sleep(outage * 1000L);
        long startAt = now();
        long startTook = shell(startCommand);
        long backAt = now();
        phase = "recovery";
        System.out.printf("database started at %.1f s, accepting connections %d ms later: %s%n",
                startAt / 1000.0, startTook, startCommand);

        long deadline = backAt + recovery * 1000L;
        long headAtBack = headIndex();
        Thread catchUp = started("catch-up", () -> projectionsCaughtUpAt = awaitProjectionsAt(headAtBack, deadline));
        while (now() < deadline && (firstHealthUp(backAt) < 0 || firstCommandOk(backAt) < 0)) {
            Thread.sleep(100);
        }
        phase = "after";
        Thread.sleep(after * 1000L);
        loading = false;
        for (Thread t : threads) {
            t.join(30_000);
        }
        poller.join(30_000);
        catchUp.join(recovery * 1000L);
        phase = "retry";

        Map<String, Object> retries = retryUnacknowledged();
        long catchUpStart = now();
        Map<String, Object> caughtUp = awaitCatchUp(recovery);
        Map<String, Object> stored = checkEventStore();

        Report report = new Report(stopAt, startAt, backAt, stopTook, startTook, pool, retries, caughtUp, stored,
                catchUpStart);
        Map<String, Object> figures = report.figures();
        Files.writeString(results, json.writeValueAsString(figures), StandardCharsets.UTF_8);
        report.print();
        return report.violations.isEmpty();
    }

    // ---- set-up: two filings with tracking codes, for the status lookups ----

    private void setUp() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            String f = must(call(null, CLERK, "POST", "/api/v1/filings", START_BODY, Map.of()), 201).text("filingId");
            String p = "/api/v1/filings/" + f;
            must(call(null, CLERK, "POST", p + "/identity-verification", "{\"method\":\"NATIONAL_SMART_CARD\"}", Map.of()), 202);
            String content = Base64.getEncoder().encodeToString(("petition " + f).getBytes(StandardCharsets.UTF_8));
            String doc = must(call(null, CLERK, "POST", p + "/documents",
                    "{\"title\":\"دادخواست\",\"pageCount\":2,\"contentBase64\":\"" + content + "\"}", Map.of()), 201)
                    .text("documentId");
            must(call(null, CLERK, "POST", p + "/applicant-confirmation", null, Map.of()), 202);
            long amount = must(call(null, CLERK, "POST", p + "/court-fee/assessment", null, Map.of()), 201)
                    .body().path("amountRials").asLong();
            must(call(null, CLERK, "POST", p + "/court-fee/payment", "{\"paymentReference\":\"PAY-" + f.substring(0, 8)
                    + "\",\"amountRials\":" + amount + ",\"receiptNumber\":\"R-" + f.substring(0, 8) + "\"}", Map.of()), 201);
            must(call(null, LEGAL, "POST", p + "/documents/" + doc + "/conformity", "{\"verdict\":\"VERIFIED\"}", Map.of()), 202);
            must(call(null, CLERK, "POST", p + "/contact-details",
                    "{\"mobile\":\"09121234567\",\"electronicAddress\":\"sana:1234567890\"}", Map.of()), 201);
            must(call(null, CLERK, "POST", p + "/notification-undertaking", "{\"signedFormSha256\":\"" + SIGNED_FORM + "\"}",
                    Map.of()), 201);
            trackingCodes.add(must(call(null, CLERK, "POST", p + "/tracking-code", null, Map.of()), 201)
                    .text("trackingCode"));
        }
        for (String code : trackingCodes) { // the case-status projection has them before the load starts
            long until = now() + 30_000;
            while (call(null, null, "GET", statusPath(code), null, Map.of("X-Forwarded-For", randomAddress())).status() != 200) {
                if (now() > until) {
                    throw new IllegalStateException("tracking code not found by the status lookup: " + code);
                }
                Thread.sleep(200);
            }
        }
    }

    private Answer must(Answer a, int... expected) {
        for (int e : expected) {
            if (a.status() == e) {
                return a;
            }
        }
        throw new IllegalStateException("set-up call answered " + a.status() + ": " + a.body());
    }

    // ---- the load ----

    private void commands() {
        while (loading) {
            String key = "outage-" + UUID.randomUUID();
            Answer started = call("start", CLERK, "POST", "/api/v1/filings", START_BODY, Map.of("Idempotency-Key", key));
            if (started.status() != 201) {
                unackedStartKeys.add(key);
                pause(started);
                continue;
            }
            String filing = started.text("filingId");
            ackedFilings.add(filing);
            Answer verified = call("identity", CLERK, "POST", "/api/v1/filings/" + filing + "/identity-verification",
                    "{\"method\":\"NATIONAL_SMART_CARD\"}", Map.of());
            if (verified.status() == 202) {
                ackedIdentities.add(filing);
            } else {
                unackedIdentities.add(filing);
                pause(verified);
            }
        }
    }

    /** After a refusal, wait as a well-behaved client would, a little (Retry-After is seconds; the test wants samples). */
    private void pause(Answer a) {
        sleep(a.status() == 503 ? 200 : 50);
    }

    private void lookups(String op) {
        String fixedClient = "192.0.2." + (op.equals("status") ? 10 : 20);
        int i = 0;
        while (loading) {
            String client = op.equals("status") ? randomAddress() : fixedClient;
            call(op, null, "GET", statusPath(trackingCodes.get(i++ % trackingCodes.size())), null, Map.of("X-Forwarded-For", client));
            sleep(op.equals("status") ? 50 : 100);
        }
    }

    private void histories() {
        Random random = new Random(7);
        while (loading) {
            List<String> known = new ArrayList<>(ackedFilings);
            if (!known.isEmpty()) {
                call("history", COURT, "GET", "/api/v1/filings/" + known.get(random.nextInt(known.size())) + "/history",
                        null, Map.of());
            }
            sleep(50);
        }
    }

    /** Health (with the database in it) and readiness (without: see docs/database-outage.md), four times a second. */
    private void pollHealth() {
        while (loading) {
            long at = now();
            Answer a = call(null, null, "GET", "/actuator/health", null, Map.of());
            health.add(new HealthSample(at, a.status(), now() - at));
            at = now();
            a = call(null, null, "GET", "/actuator/health/readiness", null, Map.of());
            readiness.add(new HealthSample(at, a.status(), now() - at));
            sleep(250);
        }
    }

    private static String statusPath(String code) {
        return "/api/v1/status/" + code + "?nationalCode=" + NATIONAL_CODE;
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    // ---- after the outage ----

    /**
     * Sends again every command that was not acknowledged: a start with its Idempotency-Key (the same
     * filing if the first attempt had been recorded after all), an identity verification (202, or 422
     * A6_IDENTITY_ALREADY_VERIFIED if it had been).
     */
    private Map<String, Object> retryUnacknowledged() throws SQLException {
        Set<String> storedBefore = filingsInEventStore();
        int starts = 0;
        int startsAlreadyRecorded = 0;
        int startsFailed = 0;
        Map<String, String> idByKey = new HashMap<>();
        for (String key : unackedStartKeys) {
            starts++;
            Answer a = call(null, CLERK, "POST", "/api/v1/filings", START_BODY, Map.of("Idempotency-Key", key));
            if (a.status() != 201) {
                startsFailed++;
                continue;
            }
            String id = a.text("filingId");
            idByKey.put(key, id);
            ackedFilings.add(id);
            if (storedBefore.contains(id)) {
                startsAlreadyRecorded++;
            }
        }
        int again = 0;
        for (String key : unackedStartKeys) { // the same key again: the same filing, never a second one
            Answer a = call(null, CLERK, "POST", "/api/v1/filings", START_BODY, Map.of("Idempotency-Key", key));
            if (a.status() == 201 && a.text("filingId").equals(idByKey.get(key))) {
                again++;
            }
        }
        int identities = 0;
        int identitiesAlreadyRecorded = 0;
        int identitiesFailed = 0;
        for (String filing : unackedIdentities) {
            identities++;
            Answer a = call(null, CLERK, "POST", "/api/v1/filings/" + filing + "/identity-verification",
                    "{\"method\":\"NATIONAL_SMART_CARD\"}", Map.of());
            if (a.status() == 202) {
                ackedIdentities.add(filing);
            } else if (a.status() == 422 && "A6_IDENTITY_ALREADY_VERIFIED".equals(a.text("code"))) {
                ackedIdentities.add(filing);
                identitiesAlreadyRecorded++;
            } else {
                identitiesFailed++;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startsRetried", starts);
        m.put("startsAlreadyRecordedBeforeRetry", startsAlreadyRecorded);
        m.put("startsFailedOnRetry", startsFailed);
        m.put("startsSameFilingOnSecondRetry", again);
        m.put("identityVerificationsRetried", identities);
        m.put("identityVerificationsAlreadyRecorded", identitiesAlreadyRecorded);
        m.put("identityVerificationsFailedOnRetry", identitiesFailed);
        return m;
    }

    /** Waits until every acknowledged filing's history shows its acknowledged events and every projection is at the head. */
    private Map<String, Object> awaitCatchUp(int seconds) throws Exception {
        long started = now();
        long deadline = started + seconds * 1000L;
        long head = headIndex();
        Set<String> missing = new HashSet<>(ackedFilings);
        while (!missing.isEmpty() && now() < deadline) {
            for (String filing : List.copyOf(missing)) {
                Answer a = call(null, CLERK, "GET", "/api/v1/filings/" + filing + "/history", null, Map.of());
                if (a.status() == 200 && historyHas(a.body(), filing)) {
                    missing.remove(filing);
                }
            }
            if (!missing.isEmpty()) {
                Thread.sleep(500);
            }
        }
        long historiesAt = now();
        boolean projectionsAtHead = false;
        while (now() < deadline && !(projectionsAtHead = projectionsReached(head))) {
            Thread.sleep(250);
        }
        Set<String> statusMissing = new HashSet<>(ackedFilings);
        statusMissing.removeAll(inCaseStatus(ackedFilings));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filingsChecked", ackedFilings.size());
        m.put("historiesMissing", missing.size());
        m.put("historiesCompleteAfterMs", historiesAt - started);
        m.put("caseStatusRowsMissing", statusMissing.size());
        m.put("projectionsAtHead", projectionsAtHead);
        m.put("headIndex", head);
        return m;
    }

    private boolean historyHas(JsonNode history, String filing) {
        Set<String> types = new HashSet<>();
        history.path("entries").forEach(e -> types.add(e.path("eventType").asText()));
        return types.contains("FilingStarted") && (!ackedIdentities.contains(filing) || types.contains("IdentityVerified"));
    }

    /** When every projection had handled every event stored before the database came back (-1: not before the deadline). */
    private long awaitProjectionsAt(long head, long deadline) {
        while (now() < deadline) {
            if (projectionsReached(head)) {
                return now();
            }
            sleep(250);
        }
        return -1;
    }

    private boolean projectionsReached(long head) {
        Answer a = call(null, "admin", "GET", "/api/v1/admin/projections", null, Map.of());
        if (a.status() != 200) {
            return false;
        }
        for (JsonNode p : a.body()) {
            if (p.path("position").asLong() < head) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> checkEventStore() throws SQLException {
        Map<String, Set<String>> types = new HashMap<>();
        Map<String, Integer> starts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement s = c.prepareStatement(
                     "SELECT aggregate_identifier, payload_type FROM " + EventTable.NAME
                             + " WHERE aggregate_identifier = ANY (?)")) {
            Array ids = c.createArrayOf("varchar", ackedFilings.toArray());
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String type = rs.getString(2);
                    String simple = type.substring(Math.max(type.lastIndexOf('$'), type.lastIndexOf('.')) + 1);
                    types.computeIfAbsent(id, k -> new HashSet<>()).add(simple);
                    if (simple.equals("FilingStarted")) {
                        starts.merge(id, 1, Integer::sum);
                    }
                }
            }
        }
        long filingsLost = ackedFilings.stream().filter(f -> !types.getOrDefault(f, Set.of()).contains("FilingStarted")).count();
        long identitiesLost = ackedIdentities.stream()
                .filter(f -> !types.getOrDefault(f, Set.of()).contains("IdentityVerified")).count();
        long twice = starts.values().stream().filter(n -> n > 1).count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filingsAcknowledged", ackedFilings.size());
        m.put("filingsLost", filingsLost);
        m.put("identityVerificationsAcknowledged", ackedIdentities.size());
        m.put("identityVerificationsLost", identitiesLost);
        m.put("filingsStartedTwice", twice);
        return m;
    }

    private Set<String> filingsInEventStore() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT aggregate_identifier FROM " + EventTable.NAME
                             + " WHERE payload_type LIKE '%FilingStarted'")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private Set<String> inCaseStatus(Collection<String> filings) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement s = c.prepareStatement("SELECT filing_id FROM case_status WHERE filing_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("varchar", filings.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private long headIndex() throws SQLException, InterruptedException {
        for (int attempt = 1; ; attempt++) { // just started, the database may still refuse a moment
            try {
                return queryHead();
            } catch (SQLException e) {
                if (attempt == 20) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private long queryHead() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            return StoredEvents.head(c);
        }
    }

    /** The pool's connection waits under the load before the outage: what a shorter connection-timeout must stay above. */
    private Map<String, Object> poolFigures() {
        Map<String, Object> m = new LinkedHashMap<>();
        Answer a = call(null, "admin", "GET", "/actuator/prometheus", null, Map.of("Accept", "text/plain"));
        if (a.status() != 200) {
            return m;
        }
        for (String line : a.body().asText().split("\n")) {
            for (String metric : List.of("hikaricp_connections_acquire_seconds_max", "hikaricp_connections_acquire_seconds_count",
                    "hikaricp_connections_acquire_seconds_sum", "hikaricp_connections_timeout_total",
                    "hikaricp_connections_max")) {
                if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                    m.put(metric, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
                }
            }
        }
        return m;
    }

    // ---- HTTP and the shell ----

    private Answer call(String op, String user, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(Integer.getInteger("requestTimeoutSeconds", 20)))
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(b::header);
        String samplePhase = phase;
        long at = now();
        Answer a;
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode node;
            try {
                node = r.body().isEmpty() ? json.missingNode() : json.readTree(r.body());
            } catch (IOException notJson) {
                node = json.getNodeFactory().textNode(r.body());
            }
            a = new Answer(r.statusCode(), type, node, r.headers().firstValue("Retry-After").isPresent());
        } catch (IOException e) {
            a = new Answer(-1, "", json.getNodeFactory().textNode(e.getClass().getSimpleName()), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            a = new Answer(-1, "", json.getNodeFactory().textNode("interrupted"), false);
        }
        if (op != null) {
            String code = a.body().isObject() ? a.body().path("code").asText("") : a.status() < 0 ? a.body().asText() : "";
            samples.add(new Sample(at, samplePhase, op, a.status(), a.contentType(), code, a.retryAfter(), now() - at));
        }
        return a;
    }

    private static long shell(String command) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("command failed: " + command);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static Thread started(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.start();
        return t;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long firstHealthUp(long after) {
        return health.stream().filter(h -> h.atMs() >= after && h.status() == 200).mapToLong(HealthSample::atMs).min()
                .orElse(-1);
    }

    private long firstCommandOk(long after) {
        return samples.stream().filter(s -> s.atMs() >= after && (s.op().equals("start") || s.op().equals("identity"))
                && s.status() / 100 == 2).mapToLong(s -> s.atMs() + s.millis()).min().orElse(-1);
    }

    // ---- the report ----

    private final class Report {

        final List<String> violations = new ArrayList<>();
        final Map<String, Object> figures = new LinkedHashMap<>();

        Report(long stopAt, long startAt, long backAt, long stopTook, long startTook, Map<String, Object> pool,
               Map<String, Object> retries, Map<String, Object> caughtUp, Map<String, Object> stored, long catchUpStart) {
            List<Sample> all = new ArrayList<>(samples);
            List<Sample> load = all.stream().filter(s -> !s.phase().equals("retry")).toList();

            Map<String, Object> timeline = new LinkedHashMap<>();
            timeline.put("databaseStoppedAtS", seconds(stopAt));
            timeline.put("stopCommandMs", stopTook);
            timeline.put("databaseStartedAtS", seconds(startAt));
            timeline.put("startCommandMs", startTook);
            timeline.put("databaseDownS", seconds(backAt - stopAt));
            long firstDown = health.stream().filter(h -> h.atMs() >= stopAt && h.status() != 200)
                    .mapToLong(h -> h.atMs() + h.millis()).min().orElse(-1);
            long firstUp = firstHealthUp(backAt);
            long firstOk = firstCommandOk(backAt);
            long first503 = load.stream().filter(s -> s.status() == 503).mapToLong(s -> s.atMs() + s.millis()).min().orElse(-1);
            long last503 = load.stream().filter(s -> s.status() == 503).mapToLong(s -> s.atMs() + s.millis()).max().orElse(-1);
            timeline.put("healthDownAfterStopMs", firstDown < 0 ? null : firstDown - stopAt);
            timeline.put("first503AfterStopMs", first503 < 0 ? null : first503 - stopAt);
            timeline.put("healthUpAfterDatabaseBackMs", firstUp < 0 ? null : firstUp - backAt);
            timeline.put("firstCommandOkAfterDatabaseBackMs", firstOk < 0 ? null : firstOk - backAt);
            timeline.put("last503AfterDatabaseBackMs", last503 < 0 ? null : last503 - backAt);
            timeline.put("projectionsCaughtUpAfterDatabaseBackMs", projectionsCaughtUpAt < 0 ? null : projectionsCaughtUpAt - backAt);
            timeline.put("catchUpCheckedAfterDatabaseBackMs", catchUpStart - backAt);
            figures.put("timeline", timeline);

            Map<String, Map<String, Long>> byOp = new TreeMap<>();
            for (Sample s : load) {
                byOp.computeIfAbsent(s.op(), k -> new TreeMap<>()).merge(String.valueOf(s.status()), 1L, Long::sum);
            }
            figures.put("answersByCall", byOp);
            Map<String, Map<String, Long>> byPhase = new TreeMap<>();
            for (Sample s : load) {
                byPhase.computeIfAbsent(s.phase(), k -> new TreeMap<>()).merge(String.valueOf(s.status()), 1L, Long::sum);
            }
            figures.put("answersByPhase", byPhase);
            figures.put("answersTotal", load.size());

            List<Sample> unavailable = load.stream().filter(s -> s.status() == 503).toList();
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("count", unavailable.size());
            u.put("problemJson", unavailable.stream().filter(s -> s.contentType().startsWith("application/problem+json")).count());
            u.put("codeDatabaseUnavailable", unavailable.stream().filter(s -> s.code().equals("DATABASE_UNAVAILABLE")).count());
            u.put("withRetryAfter", unavailable.stream().filter(Sample::retryAfter).count());
            u.put("latencyP50Ms", percentile(unavailable, 50));
            u.put("latencyP95Ms", percentile(unavailable, 95));
            u.put("latencyMaxMs", percentile(unavailable, 100));
            figures.put("answers503", u);
            Map<String, Object> beforeLatency = new LinkedHashMap<>();
            List<Sample> commandsBefore = load.stream().filter(s -> s.phase().equals("before")
                    && (s.op().equals("start") || s.op().equals("identity"))).toList();
            beforeLatency.put("count", commandsBefore.size());
            beforeLatency.put("p50Ms", percentile(commandsBefore, 50));
            beforeLatency.put("p99Ms", percentile(commandsBefore, 99));
            beforeLatency.put("maxMs", percentile(commandsBefore, 100));
            figures.put("commandLatencyBeforeOutage", beforeLatency);
            Map<String, Object> outageLatency = new LinkedHashMap<>();
            List<Sample> duringOutage = load.stream().filter(s -> s.phase().equals("outage")).toList();
            outageLatency.put("count", duringOutage.size());
            outageLatency.put("p50Ms", percentile(duringOutage, 50));
            outageLatency.put("maxMs", percentile(duringOutage, 100));
            figures.put("latencyOfCallsSentWhileDown", outageLatency);
            figures.put("poolBeforeOutage", pool);
            Map<String, Long> healthCodes = health.stream().collect(Collectors.groupingBy(h -> String.valueOf(h.status()),
                    TreeMap::new, Collectors.counting()));
            figures.put("healthAnswers", healthCodes);
            figures.put("readinessAnswersWhileDown", readiness.stream().filter(h -> h.atMs() >= stopAt && h.atMs() < backAt)
                    .collect(Collectors.groupingBy(h -> String.valueOf(h.status()), TreeMap::new, Collectors.counting())));
            figures.put("retries", retries);
            figures.put("eventStore", stored);
            figures.put("projections", caughtUp);

            // rule 1: the outage was seen
            check(!unavailable.isEmpty(), "no 503 during the outage: the database was not missed");
            check(firstDown >= 0, "health never went DOWN while the database was stopped");
            check(firstUp >= 0, "health did not come back UP after the database was started");
            check(firstOk >= 0, "no command succeeded after the database was started");
            check(projectionsCaughtUpAt >= 0, "the projections did not catch up with the events stored before the database came back");
            // rule 2: nothing unexpected
            List<Sample> unexpected = load.stream().filter(s -> !ALLOWED.get(s.op()).contains(s.status())).toList();
            Map<String, Long> unexpectedCounts = unexpected.stream().collect(Collectors.groupingBy(
                    s -> s.op() + " " + s.status() + (s.code().isEmpty() ? "" : " " + s.code()), TreeMap::new, Collectors.counting()));
            figures.put("unexpectedAnswers", unexpectedCounts);
            check(unexpected.isEmpty(), "unexpected answers: " + unexpectedCounts);
            check(load.stream().noneMatch(s -> s.status() == 500), "some answers were 500");
            // rule 3: every 503 is the problem
            check(unavailable.stream().allMatch(s -> s.contentType().startsWith("application/problem+json")
                    && s.code().equals("DATABASE_UNAVAILABLE") && s.retryAfter()),
                    "a 503 was not application/problem+json with DATABASE_UNAVAILABLE and Retry-After");
            // rule 4: nothing acknowledged is lost, the projections caught up
            check(((Number) stored.get("filingsLost")).longValue() == 0, "acknowledged filings missing from the event store");
            check(((Number) stored.get("identityVerificationsLost")).longValue() == 0,
                    "acknowledged identity verifications missing from the event store");
            check(((Number) caughtUp.get("historiesMissing")).longValue() == 0, "case histories incomplete after catch-up");
            check(((Number) caughtUp.get("caseStatusRowsMissing")).longValue() == 0, "case status rows missing after catch-up");
            check(Boolean.TRUE.equals(caughtUp.get("projectionsAtHead")), "projections did not reach the head");
            // rule 5: retries are safe
            check(((Number) retries.get("startsFailedOnRetry")).longValue() == 0
                    && ((Number) retries.get("identityVerificationsFailedOnRetry")).longValue() == 0,
                    "a command sent again after the outage failed");
            check(((Number) retries.get("startsSameFilingOnSecondRetry")).longValue()
                    == ((Number) retries.get("startsRetried")).longValue(), "a retried start did not give the same filing");
            check(((Number) stored.get("filingsStartedTwice")).longValue() == 0, "a filing was started twice");
            figures.put("violations", violations);
        }

        private void check(boolean ok, String violation) {
            if (!ok) {
                violations.add(violation);
            }
        }

        Map<String, Object> figures() {
            return figures;
        }

        @SuppressWarnings("unchecked")
        void print() throws IOException {
            System.out.println(json.writeValueAsString(figures));
            Map<String, Object> t = (Map<String, Object>) figures.get("timeline");
            Map<String, Object> u = (Map<String, Object>) figures.get("answers503");
            Map<String, Object> e = (Map<String, Object>) figures.get("eventStore");
            System.out.printf("summary: database down %s s; %s answers, %s of them 503 (%s problem+json, p50 %s ms), 500s %d;"
                            + " health DOWN %s ms after the stop, UP %s ms after the database was back; first command %s ms;"
                            + " projections caught up %s ms; acknowledged %s filings and %s identity verifications, lost %s and %s%n",
                    t.get("databaseDownS"), figures.get("answersTotal"), u.get("count"), u.get("problemJson"), u.get("latencyP50Ms"),
                    samples.stream().filter(x -> x.status() == 500).count(), t.get("healthDownAfterStopMs"),
                    t.get("healthUpAfterDatabaseBackMs"), t.get("firstCommandOkAfterDatabaseBackMs"),
                    t.get("projectionsCaughtUpAfterDatabaseBackMs"), e.get("filingsAcknowledged"),
                    e.get("identityVerificationsAcknowledged"), e.get("filingsLost"), e.get("identityVerificationsLost"));
            System.out.println(violations.isEmpty() ? "OK: every rule held" : "FAILED: " + String.join("; ", violations));
        }
    }

    private static Double seconds(long millis) {
        return Math.round(millis / 100.0) / 10.0;
    }

    private static Long percentile(List<Sample> list, double p) {
        if (list.isEmpty()) {
            return null;
        }
        long[] sorted = list.stream().mapToLong(Sample::millis).sorted().toArray();
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[index];
    }
}
