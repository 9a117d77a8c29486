package ir.daftar.ops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import ir.daftar.api.DaftarApplication;
import ir.daftar.api.admin.OnePassRebuild;
import ir.daftar.api.admin.ProjectionRebuilder;
import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingCommand;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.IdentityVerificationMethod;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.office.OfficeCommand;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import ir.daftar.ops.benchkit.Figures;
import ir.daftar.ops.inspection.GeneratedEligibility;
import ir.daftar.projections.store.EventTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Daftar's load benchmark, all in one run against one PostgreSQL (or, with {@code -Dstore=embedded}, against the
 * embedded default: an H2 file database in a fresh temporary directory, with the application's default URL):
 * <ol>
 *   <li>a raw baseline: plain JDBC inserts of rows shaped like Daftar's events (same table layout and
 *       indexes, the average payload and metadata size measured from Daftar's own events), one
 *       transaction per row, at the same concurrency;</li>
 *   <li>full office-route filing lifecycles (11 commands each) from N clients through the command
 *       gateway in process, with the projection lag (command done → status page shows it) sampled;</li>
 *   <li>the same lifecycles through the HTTP API (HTTP Basic, JSON);</li>
 *   <li>status lookups by tracking code over HTTP;</li>
 *   <li>the same lookups through the public status page's form, as a browser sends them (issue 15);</li>
 *   <li>a rebuild of every projection from the event store (events/s).</li>
 * </ol>
 * Every rate is printed with its ratio to the raw baseline; the figures go to a JSON file.
 * On the embedded store the raw baseline is the same insert, committed, on an H2 file of its own beside the
 * application's (same URL settings; a file of its own so that the application's file size is its own), and a second
 * raw baseline, on a third file, adds {@code CHECKPOINT SYNC} after each commit (what the application does to make a
 * commit durable, ADR 0010); the size of each H2 file is reported.
 * Usage: {@code ops/bench/run.sh [quick|full] [--store=postgres|embedded]}.
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = HttpLoad.PASSWORD;
    private static final String SIGNED_FORM = HttpLoad.SIGNED_FORM;
    private static final CompetentAuthority COURT = new CompetentAuthority("TEH-CIV-12", AuthorityKind.COURT,
            "دادگاه عمومی حقوقی تهران - شعبه ۱۲");

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final CpuClock cpu = CpuClock.start();
    private final Settings settings;
    private final String schema = "bench_" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(java.time.ZoneOffset.UTC).format(Instant.now());
    private final List<Office> offices = new ArrayList<>();
    private final List<String> applicants = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> trackingCodes = new ConcurrentLinkedQueue<>();
    private final Map<String, String> codeToApplicant = new ConcurrentHashMap<>();

    record Settings(String size, boolean embedded, int clients, int inProcessLifecycles, int httpLifecycles,
                    Duration lookupDuration, int rawRows, int rawSyncedRows, String url, String user, String password,
                    Path out) {
    }

    /** The embedded store: its directory, and the JDBC URL the application resolved (its default). */
    private Path dataDir;
    private String embeddedUrl;

    record Office(String id, String clerkId, String expertId, String clerkUser, String expertUser) {
    }

    private Benchmark(Settings settings) {
        this.settings = settings;
        if (!settings.embedded()) {
            // jdbc:postgresql://host:port/database?options
            String path = java.net.URI.create(settings.url().substring("jdbc:".length())).getPath();
            cpu.database(path.substring(1));
        }
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "quick";
        int clients = Integer.parseInt(System.getProperty("clients", "16"));
        boolean full = size.equals("full");
        String store = System.getProperty("store", "postgres");
        if (!store.equals("postgres") && !store.equals("embedded")) {
            throw new IllegalArgumentException("-Dstore must be postgres or embedded, not " + store);
        }
        boolean embedded = store.equals("embedded");
        int rawRows = Integer.parseInt(System.getProperty("rawRows", full ? "200000" : "40000"));
        Settings s = new Settings(size, embedded, clients,
                // full: 90,000 + 2,000 lifecycles of 11 events each, over 1,000,000 events in the store
                Integer.parseInt(System.getProperty("lifecycles", full ? "90000" : "600")),
                Integer.parseInt(System.getProperty("httpLifecycles", full ? "2000" : "300")),
                Duration.ofSeconds(Long.parseLong(System.getProperty("lookupSeconds", full ? "60" : "15"))),
                rawRows,
                Integer.parseInt(System.getProperty("rawSyncedRows", String.valueOf(rawRows / 4))),
                System.getProperty("db.url", System.getenv().getOrDefault("DAFTAR_BENCH_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/daftar_test")),
                System.getProperty("db.user", System.getenv().getOrDefault("DAFTAR_BENCH_DB_USER", "postgres")),
                System.getProperty("db.password", System.getenv().getOrDefault("DAFTAR_BENCH_DB_PASSWORD", "postgres")),
                Path.of(System.getProperty("out", "ops/bench/results/" + size + (embedded ? "-embedded" : "")
                        + "-latest.json")));
        try {
            new Benchmark(s).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            // Axon's janitor thread is not a daemon: end the JVM on a failure as well
            System.exit(1);
        }
        // Axon's janitor thread is not a daemon: end the JVM once the results are written
        System.exit(0);
    }

    private void run() throws Exception {
        DaftarApplication.disableUpdateChecker();
        machine();
        prepareIdentities();
        if (settings.embedded()) {
            dataDir = Files.createTempDirectory("daftar-bench-");
            log("embedded store in %s, %d clients, size %s", dataDir, settings.clients(), settings.size());
        } else {
            log("schema %s on %s, %d clients, size %s", schema, settings.url(), settings.clients(), settings.size());
        }
        try (ConfigurableApplicationContext app = startDaftar()) {
            store(app);
            CommandGateway commands = app.getBean(CommandGateway.class);
            ProjectionRebuilder projections = app.getBean(ProjectionRebuilder.class);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            registerOffices(commands);

            log("warm-up: %d lifecycles", 40);
            runInProcess(commands, 40, null);
            awaitProjections(projections);
            Map<String, Object> shape = eventShape();
            results.put("eventShape", shape);

            int payloadBytes = ((Number) shape.get("avgPayloadBytes")).intValue();
            int metaBytes = ((Number) shape.get("avgMetaDataBytes")).intValue();
            results.put("rawBaseline", rawBaseline(payloadBytes, metaBytes, settings.rawRows(), false));
            double baseline = (double) ((Map<?, ?>) results.get("rawBaseline")).get("rowsPerSecond");
            if (settings.embedded()) {
                results.put("rawBaselineSynced", rawBaseline(payloadBytes, metaBytes, settings.rawSyncedRows(), true));
            }

            Map<String, Object> in = inProcess(commands, baseline);
            if (settings.embedded()) {
                double synced = (double) ((Map<?, ?>) results.get("rawBaselineSynced")).get("rowsPerSecond");
                in.put("ratioToSyncedRawBaseline", Figures.round((double) in.get("commandsPerSecond") / synced));
            }
            results.put("inProcessFilings", in);
            awaitProjections(projections);
            fileSize("afterInProcessBytes");
            if (phase("http")) {
                results.put("httpFilings", http(port, baseline));
                awaitProjections(projections);
            }
            if (phase("lookups")) {
                results.put("statusLookups", lookups("lookups", port, baseline,
                        System.getProperty("lookupClients", "1," + settings.clients() + ",64")));
            }
            if (phase("pages")) {
                // issue 15: the public status page's form, as a browser sends it, at each of -DpageClients (default
                // -Dclients); the main table's figure at -Dclients
                results.put("statusPage", lookups("pages", port, baseline,
                        System.getProperty("pageClients", String.valueOf(settings.clients()))));
            }
            if (phase("rebuild")) {
                results.put("projectionRebuild", rebuild(projections, baseline));
            }
            if (phase("one-pass")) {
                results.put("projectionRebuildOnePass", onePass(app.getBean(OnePassRebuild.class), projections, baseline));
            }
            results.put("eventsInStore", eventCount());
            fileSize("atEndBytes");
        } finally {
            if (settings.embedded()) {
                // the application has closed its pool, and H2 its database (compacting it for a moment on close)
                fileSize("afterCloseBytes");
                deleteDataDir();
            } else {
                dropSchema();
            }
        }
        write();
        printTable();
    }

    /** -Dphases=http,lookups,pages,rebuild,one-pass (default all) selects the phases after the in-process load. */
    private static boolean phase(String name) {
        String phases = System.getProperty("phases", "http,lookups,pages,rebuild,one-pass");
        return List.of(phases.split(",")).contains(name);
    }

    // ---- setup ---------------------------------------------------------------------------

    private void machine() {
        Map<String, Object> m = Figures.machine();
        m.put("loadAverageAtStart", loadAverage());
        m.put("store", settings.embedded() ? "embedded" : "postgres");
        m.put("size", settings.size());
        m.put("clients", settings.clients());
        results.put("machine", m);
    }

    private void prepareIdentities() {
        int n = 0;
        for (int o = 0; o < Math.max(4, settings.clients() / 2); o++) {
            String clerk = nationalCode(100_000 + n++);
            String expert = nationalCode(100_000 + n++);
            offices.add(new Office("BENCH-" + (o + 1), clerk, expert, "clerk-b" + (o + 1), "legal-b" + (o + 1)));
        }
        for (int a = 0; a < 50; a++) {
            applicants.add(nationalCode(500_000 + a));
        }
    }

    private ConfigurableApplicationContext startDaftar() throws SQLException {
        List<String> props = new ArrayList<>(List.of("server.port=0"));
        if (settings.embedded()) {
            if (System.getenv("DAFTAR_DB_URL") != null) {
                throw new IllegalStateException("DAFTAR_DB_URL is set: the embedded default would not be used");
            }
            // the application's own default URL (application.yml), with its data directory in a fresh temporary one
            props.add("DAFTAR_DATA_DIR=" + dataDir);
        } else {
            try (Connection c = connect(false); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            props.addAll(List.of(
                    "spring.datasource.url=" + settings.url() + (settings.url().contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "spring.datasource.username=" + settings.user(),
                    "spring.datasource.password=" + settings.password(),
                    "spring.flyway.schemas=" + schema,
                    "spring.flyway.default-schema=" + schema));
        }
        props.addAll(List.of(
                "daftar.demo.enabled=false",
                // the public lookup's per-client limit (10 a minute) would measure the limiter, not the lookup:
                // the benchmark stands for many clients behind a trusted proxy and lifts the limit
                "daftar.status.rate-limit.capacity=100000000",
                "daftar.status.rate-limit.refill-per-minute=100000000",
                "daftar.alerts.dispatcher.enabled=false",
                "logging.level.root=WARN",
                "logging.level.ir.daftar=WARN"));
        // -Dapp.<property>=<value> passes an application property through (experiments, docs/performance.md)
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("app.")).sorted()
                .forEach(k -> props.add(k.substring(4) + "=" + System.getProperty(k)));
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        int i = 0;
        for (Office o : offices) {
            props.addAll(account(i++, o.clerkUser(), hash, o.clerkId(), "OFFICE_CLERK", o.id()));
            props.addAll(account(i++, o.expertUser(), hash, o.expertId(), "OFFICE_LEGAL_EXPERT", o.id()));
        }
        // command-line arguments: they take precedence over application.yml
        return new SpringApplicationBuilder(DaftarApplication.class).run(props.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    /** Records which store the application runs on and the data source it uses (on H2: DurableCommits or not). */
    private void store(ConfigurableApplicationContext app) {
        String url = app.getEnvironment().getProperty("spring.datasource.url");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", settings.embedded() ? "embedded" : "postgres");
        if (settings.embedded()) {
            if (url == null || !url.startsWith("jdbc:h2:file:")) {
                throw new IllegalStateException("the application is not on an H2 file database: " + url);
            }
            embeddedUrl = url;
            m.put("url", url.replace(dataDir.toString(), "<temporary directory>"));
        }
        // by class name: the benchmark also runs against code from before DurableCommits existed
        String dataSource = app.getBean("dataSource").getClass().getSimpleName();
        m.put("dataSource", dataSource);
        if (settings.embedded()) {
            m.put("checkpointSyncAfterCommit", dataSource.equals("DurableCommits"));
        } else {
            try (Connection c = connect(false); Statement s = c.createStatement()) {
                for (String setting : List.of("fsync", "synchronous_commit")) {
                    try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                        rs.next();
                        m.put(setting, rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        results.put("store", m);
        log("store: %s", m);
    }

    private static List<String> account(int i, String user, String hash, String actorId, String role, String office) {
        String p = "daftar.security.accounts[" + i + "].";
        return List.of(p + "username=" + user, p + "password=" + hash, p + "actorId=" + actorId, p + "role=" + role,
                p + "officeId=" + office);
    }

    private void registerOffices(CommandGateway commands) {
        Actor system = new Actor("system:benchmark", ActorRole.SYSTEM, null);
        int n = 0;
        for (Office o : offices) {
            send(commands, new OfficeCommand.RegisterOffice(o.id(), "دفتر آزمون بار " + o.id(), OfficeOrigin.NEW, "تهران", "تهران"), system);
            staff(commands, o.id(), nationalCode(900_000 + n++), StaffRole.MANAGER, system);
            staff(commands, o.id(), o.expertId(), StaffRole.LEGAL_EXPERT, system);
            staff(commands, o.id(), nationalCode(900_000 + n++), StaffRole.IT_EXPERT, system);
            staff(commands, o.id(), o.clerkId(), StaffRole.CLERK, system);
            staff(commands, o.id(), nationalCode(900_000 + n++), StaffRole.CLERK, system);
        }
    }

    private static void staff(CommandGateway commands, String office, String code, StaffRole role, Actor system) {
        send(commands, new OfficeCommand.HireStaffMember(office, new StaffMember(new NationalCode(code), "کارمند " + code,
                role, true), GeneratedEligibility.forRole(role, code)), system);
    }

    // ---- raw baseline --------------------------------------------------------------------

    /**
     * Plain JDBC inserts into a copy of the event table ({@link EventTable}), one auto-committed transaction per
     * row. On the embedded store, into an H2 file of its own ({@code raw}, or {@code raw-synced} with {@code sync}: each commit
     * followed by {@code CHECKPOINT SYNC}, as the application does on the embedded store to make a commit durable).
     */
    private Map<String, Object> rawBaseline(int payloadBytes, int metaBytes, int rows, boolean sync) throws Exception {
        // on PostgreSQL a copy beside the ledger's table; on H2 (no CREATE TABLE ... LIKE) the ledger's own table in a
        // database file of its own, created by the ledger's first migration
        String table = settings.embedded() ? EventTable.NAME : "raw_event_entry";
        String rawDatabase = sync ? "raw-synced" : "raw";
        if (settings.embedded()) {
            Flyway.configure().dataSource(rawUrl(rawDatabase), "sa", "").target("1").load().migrate();
        } else {
            try (Connection c = connectRaw(rawDatabase); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + table + " (LIKE " + EventTable.NAME + " INCLUDING ALL)");
            }
        }
        log("raw baseline%s: %d rows of %d+%d bytes, one transaction each, %d clients", sync ? " + CHECKPOINT SYNC" : "",
                rows, payloadBytes, metaBytes, settings.clients());
        AtomicInteger next = new AtomicInteger();
        Stats stats = new Stats();
        // PostgreSQL's CPU is read while every client's backend still runs (a closed backend's time is gone)
        AtomicReference<CpuClock.Sample> cpuAfter = new AtomicReference<>();
        CyclicBarrier allDone = new CyclicBarrier(settings.clients(),
                () -> cpuAfter.set(cpu.now()));
        CpuClock.Sample cpuBefore = cpu.now();
        long start = System.nanoTime();
        HttpLoad.parallel(settings.clients(), client -> {
            try (Connection c = connectRaw(rawDatabase);
                 Statement checkpoint = c.createStatement();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " ("
                         + String.join(", ", EventTable.COLUMN_NAMES.subList(1, EventTable.COLUMN_NAMES.size()))
                         + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                c.setAutoCommit(true);
                Random random = new Random(client);
                byte[] payload = new byte[payloadBytes];
                byte[] meta = new byte[metaBytes];
                String aggregate = UUID.randomUUID().toString();
                long seq = 0;
                while (next.getAndIncrement() < rows) {
                    random.nextBytes(payload);
                    random.nextBytes(meta);
                    if (seq == 11) {
                        aggregate = UUID.randomUUID().toString();
                        seq = 0;
                    }
                    long t0 = System.nanoTime();
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, aggregate);
                    insert.setLong(3, seq++);
                    insert.setString(4, "Filing");
                    insert.setString(5, Instant.now().toString());
                    insert.setString(6, "ir.daftar.core.filing.FilingEvent$CourtFeePaid");
                    insert.setString(7, "1");
                    insert.setBytes(8, payload);
                    insert.setBytes(9, meta);
                    insert.executeUpdate();
                    if (sync) {
                        checkpoint.execute("CHECKPOINT SYNC");
                    }
                    stats.add(System.nanoTime() - t0);
                }
                allDone.await(60, TimeUnit.SECONDS); // a client that failed leaves the others here: they fail too
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> m = stats.summary(seconds);
        m.put("rowsPerSecond", Figures.round(stats.count() / seconds));
        m.put("cpu", CpuClock.perOperation(cpuBefore, cpuAfter.get(), stats.count()));
        if (settings.embedded()) {
            m.put("commit", sync ? "auto-commit, then CHECKPOINT SYNC" : "auto-commit (H2 writes the file in the background)");
            // every connection is closed: H2 has closed this database
            m.put("h2FileBytes", fileBytes(rawDatabase));
        }
        return m;
    }

    // ---- filing lifecycles in process ----------------------------------------------------

    private Map<String, Object> inProcess(CommandGateway commands, double baseline) throws Exception {
        log("in process: %d office-route lifecycles (11 commands each), %d clients", settings.inProcessLifecycles(),
                settings.clients());
        String load = loadAverage();
        LagProbe lag = new LagProbe();
        Thread probe = new Thread(lag, "lag-probe");
        probe.start();
        Stats stats = new Stats();
        CpuClock.Sample cpuBefore = cpu.now();
        long start = System.nanoTime();
        double seconds;
        CpuClock.Sample cpuAfter;
        try {
            runInProcess(commands, settings.inProcessLifecycles(), lag::expect, stats);
            seconds = (System.nanoTime() - start) / 1e9;
            cpuAfter = cpu.now();
        } finally {
            // the probe is not a daemon: a failed load must not leave it polling
            lag.finish();
        }
        probe.join();
        Map<String, Object> m = commandFigures(stats, seconds, baseline);
        m.put("loadAverageBefore", load);
        m.put("cpu", CpuClock.perOperation(cpuBefore, cpuAfter, stats.count()));
        m.put("projectionLag", lag.summary());
        return m;
    }

    private Map<String, Object> commandFigures(Stats commandLatencies, double seconds, double baseline) {
        Map<String, Object> m = new LinkedHashMap<>();
        int commandsDone = commandLatencies.count();
        m.put("commands", commandsDone);
        m.put("seconds", Figures.round(seconds));
        m.put("commandsPerSecond", Figures.round(commandsDone / seconds));
        m.put("ratioToRawBaseline", Figures.round(commandsDone / seconds / baseline));
        m.putAll(commandLatencies.latencies());
        m.put("sentAgainAfterPoolTimeout", POOL_TIMEOUT_RETRIES.getAndSet(0));
        return m;
    }

    interface Submitted {
        void at(String trackingCode, long nanos);
    }


    private void runInProcess(CommandGateway commands, int lifecycles, Submitted submitted) throws Exception {
        runInProcess(commands, lifecycles, submitted, new Stats());
    }

    private void runInProcess(CommandGateway commands, int lifecycles, Submitted submitted, Stats latencies)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger progress = new AtomicInteger();
        HttpLoad.parallel(settings.clients(), client -> {
            Office office = offices.get(client % offices.size());
            Actor clerk = new Actor(office.clerkId(), ActorRole.OFFICE_CLERK, office.id());
            Actor expert = new Actor(office.expertId(), ActorRole.OFFICE_LEGAL_EXPERT, office.id());
            Stats mine = new Stats();
            while (next.getAndIncrement() < lifecycles) {
                String applicant = applicants.get(ThreadLocalRandom.current().nextInt(applicants.size()));
                String f = UUID.randomUUID().toString();
                timed(mine, commands, new FilingCommand.StartFiling(f, FilingRoute.OFFICE, FilingKind.PETITION,
                        ClaimNature.FINANCIAL, 300_000_000L, new Party(PersonType.NATURAL, applicant, "متقاضی آزمون"),
                        List.of(new Party(PersonType.NATURAL, null, "خوانده آزمون")), COURT, "مطالبه وجه", office.id(),
                        HexFormat.of().formatHex(f.getBytes(StandardCharsets.UTF_8)).substring(0, 64)), clerk);
                timed(mine, commands, new FilingCommand.VerifyIdentity(f, IdentityVerificationMethod.NATIONAL_SMART_CARD), clerk);
                timed(mine, commands, new FilingCommand.DigitizeDocument(f, new ElectronicDocument("DOC-1", "دادخواست", 2,
                        SIGNED_FORM), null), clerk);
                timed(mine, commands, new FilingCommand.RecordApplicantConfirmation(f), clerk);
                CourtFeeAssessed fee = timed(mine, commands, new FilingCommand.AssessCourtFee(f), clerk);
                timed(mine, commands, new FilingCommand.RecordCourtFeePayment(f, "PAY-" + f.substring(0, 8),
                        fee.amountRials(), "R-" + f.substring(0, 8)), clerk);
                timed(mine, commands, new FilingCommand.VerifyDocumentConformity(f, "DOC-1"), expert);
                timed(mine, commands, new FilingCommand.RegisterContactDetails(f, new ContactDetails(
                        new MobileNumber("09121234567"), new ElectronicAddress("sana:1234567890"))), clerk);
                timed(mine, commands, new FilingCommand.AcknowledgeNotificationUndertaking(f, SIGNED_FORM), clerk);
                TrackingCode code = timed(mine, commands, new FilingCommand.IssueTrackingCode(f), clerk);
                timed(mine, commands, new FilingCommand.SubmitToCompetentAuthority(f), expert);
                trackingCodes.add(code.value());
                codeToApplicant.put(code.value(), applicant);
                if (submitted != null) {
                    submitted.at(code.value(), System.nanoTime());
                }
                int done = progress.incrementAndGet();
                if (done % Math.max(1, lifecycles / 10) == 0) {
                    log("  %d/%d lifecycles", done, lifecycles);
                }
            }
            latencies.addAll(mine);
        });
    }

    private static <R> R timed(Stats stats, CommandGateway commands, Object command, Actor actor) {
        long t0 = System.nanoTime();
        R result = send(commands, command, actor);
        stats.add(System.nanoTime() - t0);
        return result;
    }

    /** Commands sent again because no pooled connection came in time (nothing of them was written). */
    private static final AtomicLong POOL_TIMEOUT_RETRIES = new AtomicLong();

    /**
     * Sends a command and waits. A command refused because no database connection came within the pool's timeout
     * (the application answers 503 to an HTTP client then) never began its transaction, so it is sent again, as an
     * HTTP client sends a 503 again, at most three times; the retries are counted in the results.
     */
    private static <R> R send(CommandGateway commands, Object command, Actor actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData()));
            } catch (RuntimeException e) {
                if (attempt > 3 || !noConnectionInTime(e)) {
                    throw e;
                }
                POOL_TIMEOUT_RETRIES.incrementAndGet();
            }
        }
    }

    private static boolean noConnectionInTime(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Measures the time from a submission's command completing to the status page showing SUBMITTED, asking every
     * -DlagPollMillis (default 50: the lag is measured to within that). Each ask looks up every code still pending:
     * asked every 10 ms it cost PostgreSQL 0.15 of a core under the in-process load (pg_stat_statements, 2026-12-03),
     * taken from the application it measures.
     */
    private final class LagProbe implements Runnable {
        private final long pollMillis = Long.parseLong(System.getProperty("lagPollMillis", "50"));
        private final Map<String, Long> pending = new ConcurrentHashMap<>();
        private final Stats lags = new Stats();
        private final AtomicBoolean done = new AtomicBoolean();

        void expect(String code, long nanos) {
            pending.put(code, nanos);
        }

        void finish() {
            done.set(true);
        }

        @Override
        public void run() {
            try (Connection c = connect(true);
                 PreparedStatement q = c.prepareStatement(
                         "SELECT tracking_code FROM case_status WHERE status = 'SUBMITTED' AND tracking_code = ANY (?)")) {
                long deadline = Long.MAX_VALUE;
                while (!pending.isEmpty() || !done.get()) {
                    if (done.get() && deadline == Long.MAX_VALUE) {
                        deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    }
                    if (System.nanoTime() > deadline) {
                        break;
                    }
                    if (pending.isEmpty()) {
                        Thread.sleep(5);
                        continue;
                    }
                    String[] codes = pending.keySet().toArray(String[]::new);
                    q.setArray(1, c.createArrayOf("varchar", codes));
                    long now;
                    try (ResultSet rs = q.executeQuery()) {
                        now = System.nanoTime();
                        while (rs.next()) {
                            Long submittedAt = pending.remove(rs.getString(1));
                            if (submittedAt != null) {
                                lags.add(Math.max(0, now - submittedAt));
                            }
                        }
                    }
                    Thread.sleep(pollMillis);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("samples", lags.count());
            m.put("neverSeen", pending.size());
            m.putAll(lags.latencies());
            m.put("note", "time from the submission command completing to case_status showing SUBMITTED, polled every ~10 ms");
            return m;
        }
    }

    // ---- over HTTP -----------------------------------------------------------------------

    /** Office-route lifecycles over HTTP, sent from a JVM of its own ({@link HttpLoad}). */
    private Map<String, Object> http(int port, double baseline) throws Exception {
        log("over HTTP: %d office-route lifecycles, %d clients, the load from a JVM of its own", settings.httpLifecycles(),
                settings.clients());
        Path work = Files.createTempDirectory("daftar-bench-http-");
        Path officesFile = Files.write(work.resolve("offices"), offices.stream().map(o -> o.clerkUser() + " " + o.expertUser())
                .toList());
        Path applicantsFile = Files.write(work.resolve("applicants"), applicants);
        Path out = work.resolve("result.json");
        Path codes = work.resolve("codes");
        CpuClock.Sample cpuBefore = cpu.now();
        Map<String, Object> m = HttpLoad.inOwnJvm("lifecycles", List.of("http://localhost:" + port,
                String.valueOf(settings.clients()), String.valueOf(settings.httpLifecycles()), officesFile.toString(),
                applicantsFile.toString(), out.toString(), codes.toString()), out, cpu::generator);
        // the generator's start and end are inside the window: a little of its JVM's start-up is counted
        m.put("cpu", CpuClock.perOperation(cpuBefore, cpu.now(), ((Number) m.get("commands")).longValue()));
        for (String line : Files.readAllLines(codes)) {
            String[] codeAndApplicant = line.split(" ");
            trackingCodes.add(codeAndApplicant[0]);
            codeToApplicant.put(codeAndApplicant[0], codeAndApplicant[1]);
        }
        m.put("ratioToRawBaseline", Figures.round(((Number) m.get("commandsPerSecond")).doubleValue() / baseline));
        return m;
    }

    // ---- status lookups ------------------------------------------------------------------

    /**
     * Status lookups over HTTP from a JVM of its own ({@link HttpLoad}), at each client count of -DlookupClients
     * (default 1,16,64), each for -DlookupSeconds after -DlookupWarmUpSeconds (default 5) unmeasured; the figure of the
     * main table is the run at -Dclients.
     */
    private Map<String, Object> lookups(String mode, int port, double baseline, String clientCounts) throws Exception {
        Path work = Files.createTempDirectory("daftar-bench-lookups-");
        Path codes = Files.write(work.resolve("codes"), trackingCodes.stream().map(c -> c + " " + codeToApplicant.get(c))
                .toList());
        List<Integer> curve = new ArrayList<>();
        for (String n : clientCounts.split(",")) {
            curve.add(Integer.parseInt(n.trim()));
        }
        if (!curve.contains(settings.clients())) {
            curve.add(settings.clients());
        }
        Map<String, Object> byClients = new LinkedHashMap<>();
        Map<String, Object> main = null;
        for (int clients : curve) {
            log("status %s over HTTP for %d s, %d clients, %d known codes, the load from a JVM of its own",
                    mode.equals("pages") ? "page (form) lookups" : "lookups", settings.lookupDuration().toSeconds(), clients,
                    trackingCodes.size());
            Path out = work.resolve(mode + "-" + clients + ".json");
            Map<String, Object> m = HttpLoad.inOwnJvm(mode, List.of("http://localhost:" + port, String.valueOf(clients),
                    String.valueOf(settings.lookupDuration().toSeconds()), codes.toString(), out.toString(),
                    System.getProperty("lookupWarmUpSeconds", "5")), out, cpu::generator);
            m.put("cpu", cpu.perOperation(((Number) m.get("measuredFromEpochMs")).longValue(),
                    ((Number) m.get("measuredToEpochMs")).longValue(), ((Number) m.get("count")).longValue()));
            m.put("ratioToRawBaseline", Figures.round(((Number) m.get("perSecond")).doubleValue() / baseline));
            byClients.put(String.valueOf(clients), m);
            if (clients == settings.clients()) {
                main = m;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>(main);
        result.put("byClients", byClients);
        return result;
    }

    // ---- projection rebuild --------------------------------------------------------------

    private Map<String, Object> rebuild(ProjectionRebuilder projections, double baseline) throws Exception {
        long events = eventCount();
        log("rebuilding all projections from %d events", events);
        List<String> names = rebuildNames(projections);
        CpuClock.Sample cpuBefore = cpu.now();
        long start = System.nanoTime();
        for (String name : names) {
            projections.rebuild(name);
        }
        double restart = (System.nanoTime() - start) / 1e9;
        awaitProjections(projections);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projections", names);
        m.put("events", events);
        m.put("seconds", Figures.round(seconds));
        m.put("stopResetStartSeconds", Figures.round(restart));
        m.put("eventsPerSecond", Figures.round(events / seconds));
        m.put("ratioToRawBaseline", Figures.round(events / seconds / baseline));
        m.put("cpu", CpuClock.perOperation(cpuBefore, cpu.now(), events));
        return m;
    }

    /**
     * All projections (or -DrebuildOnly) rebuilt in one pass over the events (ADR 0102), with the rate over the first and
     * the last tenth of the store (sampled from the pass's own progress every 100 ms).
     */
    private Map<String, Object> onePass(OnePassRebuild pass, ProjectionRebuilder projections, double baseline) throws Exception {
        long events = eventCount();
        List<String> names = rebuildNames(projections);
        log("rebuilding %s in one pass over %d events", names, events);
        CpuClock.Sample cpuBefore = cpu.now();
        long start = System.nanoTime();
        OnePassRebuild.Status status = pass.start(names);
        List<long[]> samples = new ArrayList<>(); // {nanos since start, position}
        int lastPercent = -10;
        while (status.state() == OnePassRebuild.State.RUNNING) {
            Thread.sleep(100);
            status = pass.status();
            samples.add(new long[] {System.nanoTime() - start, status.position()});
            if (status.percent() >= lastPercent + 10) {
                lastPercent = status.percent();
                log("  %d%% (%d of %d), %.0f events/s, %s s left", status.percent(), status.position(), status.head(),
                        status.eventsPerSecond(), status.secondsLeft());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status.state() != OnePassRebuild.State.DONE) {
            throw new IllegalStateException("the one-pass rebuild ended " + status.state() + ": " + status.failure());
        }
        awaitProjections(projections);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projections", names);
        m.put("events", status.events());
        m.put("seconds", Figures.round(seconds));
        m.put("eventsPerSecond", Figures.round(status.events() / seconds));
        m.put("ratioToRawBaseline", Figures.round(status.events() / seconds / baseline));
        m.put("firstTenthEventsPerSecond", tenthRate(samples, status.head(), 0.0, 0.1));
        m.put("lastTenthEventsPerSecond", tenthRate(samples, status.head(), 0.9, 1.0));
        m.put("cpu", CpuClock.perOperation(cpuBefore, cpu.now(), status.events()));
        return m;
    }

    /** Global-index positions per second between the samples where the pass crossed {@code from} and {@code to} of the head. */
    private static Object tenthRate(List<long[]> samples, long head, double from, double to) {
        long[] a = null;
        long[] b = null;
        for (long[] sample : samples) {
            if (a == null && sample[1] >= head * from) {
                a = sample;
            }
            if (b == null && sample[1] >= head * to) {
                b = sample;
            }
        }
        if (from == 0.0) {
            a = new long[] {0, 0};
        }
        if (a == null || b == null || b[0] <= a[0]) {
            return "too short to sample";
        }
        return Figures.round((b[1] - a[1]) / ((b[0] - a[0]) / 1e9));
    }

    /** -DrebuildOnly=case-status,case-history rebuilds those alone (to see what one projection costs); all by default. */
    private static List<String> rebuildNames(ProjectionRebuilder projections) {
        String only = System.getProperty("rebuildOnly");
        return only == null ? projections.projectionNames() : List.of(only.split(","));
    }

    private void awaitProjections(ProjectionRebuilder projections) throws InterruptedException {
        for (String name : projections.projectionNames()) {
            if (!projections.awaitCaughtUp(name, Duration.ofMinutes(30))) {
                throw new IllegalStateException("projection " + name + " did not catch up");
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    private Map<String, Object> eventShape() throws SQLException {
        try (Connection c = connect(true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), avg(octet_length(payload)), avg(octet_length(meta_data)) "
                     + "FROM " + EventTable.NAME)) {
            rs.next();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("events", rs.getLong(1));
            m.put("avgPayloadBytes", (int) Math.round(rs.getDouble(2)));
            m.put("avgMetaDataBytes", (int) Math.round(rs.getDouble(3)));
            return m;
        }
    }

    private long eventCount() throws SQLException {
        try (Connection c = connect(true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + EventTable.NAME)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The raw baseline's database: on the embedded store an H2 file of its own, with the application's URL settings. */
    private Connection connectRaw(String name) throws SQLException {
        if (!settings.embedded()) {
            return connect(true);
        }
        return DriverManager.getConnection(rawUrl(name), "sa", "");
    }

    /** The embedded URL of the raw baseline's own H2 file {@code name}, beside the application's. */
    private String rawUrl(String name) {
        String appFile = dataDir.resolve("daftar").toString();
        if (!embeddedUrl.startsWith("jdbc:h2:file:" + appFile + ";")) {
            throw new IllegalStateException("unexpected embedded URL " + embeddedUrl);
        }
        return embeddedUrl.replace(appFile, dataDir.resolve(name).toString());
    }

    private Connection connect(boolean inSchema) throws SQLException {
        if (settings.embedded()) {
            // the same URL as the application's pool: H2 shares the open database within the JVM
            return DriverManager.getConnection(embeddedUrl, "sa", "");
        }
        String url = settings.url();
        if (inSchema) {
            url += (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        return DriverManager.getConnection(url, settings.user(), settings.password());
    }

    /** The size of the application's H2 files (H2 keeps a database in one file, daftar.mv.db), under {@code key}. */
    @SuppressWarnings("unchecked")
    private void fileSize(String key) {
        if (settings.embedded()) {
            ((Map<String, Object>) results.computeIfAbsent("h2File", k -> new LinkedHashMap<String, Object>()))
                    .put(key, fileBytes("daftar"));
        }
    }

    /** The size of the embedded database {@code name}'s files ({@code name.mv.db}, and a trace file if any). */
    private long fileBytes(String name) {
        try (var files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name + ".")).mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteDataDir() {
        if (Boolean.getBoolean("keep")) {
            log("kept %s", dataDir);
            return;
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            log("could not delete %s: %s", dataDir, e.getMessage());
        }
    }

    /** The 1, 5 and 15-minute load averages, as uptime prints them (Linux), to judge how busy the machine was. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void dropSchema() {
        if (Boolean.getBoolean("keep")) {
            return;
        }
        try (Connection c = connect(false); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            log("could not drop schema %s: %s", schema, e.getMessage());
        }
    }

    /** A valid national code from a number (nine digits plus the check digit). */
    static String nationalCode(int n) {
        String nine = String.format("%09d", n);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nine + (r < 2 ? r : 11 - r);
    }

    private void write() throws IOException {
        Files.createDirectories(settings.out().toAbsolutePath().getParent());
        Files.writeString(settings.out(), JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        log("results written to %s", settings.out());
    }

    @SuppressWarnings("unchecked")
    private void printTable() {
        Map<String, Object> raw = (Map<String, Object>) results.get("rawBaseline");
        Map<String, Object> in = (Map<String, Object>) results.get("inProcessFilings");
        Map<String, Object> http = (Map<String, Object>) results.get("httpFilings");
        Map<String, Object> look = (Map<String, Object>) results.get("statusLookups");
        Map<String, Object> page = (Map<String, Object>) results.get("statusPage");
        Map<String, Object> reb = (Map<String, Object>) results.get("projectionRebuild");
        Map<String, Object> lag = (Map<String, Object>) in.get("projectionLag");
        Map<String, Object> synced = (Map<String, Object>) results.get("rawBaselineSynced");
        System.out.printf("%nstore: %s%n", results.get("store"));
        System.out.printf("%-34s %14s %10s %10s %10s %8s%n", "measure", "per second", "p50 ms", "p99 ms", "max ms", "ratio");
        row("raw JDBC insert (baseline)", raw.get("rowsPerSecond"), raw, 1.0);
        if (synced != null) {
            row("raw JDBC insert + CHECKPOINT SYNC", synced.get("rowsPerSecond"), synced,
                    Figures.round((double) synced.get("rowsPerSecond") / (double) raw.get("rowsPerSecond")));
            System.out.printf("raw baselines' H2 files: %s bytes, %s bytes with the sync%n", raw.get("h2FileBytes"),
                    synced.get("h2FileBytes"));
        }
        row("filing commands, in process", in.get("commandsPerSecond"), in, in.get("ratioToRawBaseline"));
        if (http != null) {
            row("filing commands, HTTP", http.get("commandsPerSecond"), http, http.get("ratioToRawBaseline"));
        }
        if (look != null) {
            row("status lookups, HTTP", look.get("perSecond"), look, look.get("ratioToRawBaseline"));
            Map<String, Map<String, Object>> curve = (Map<String, Map<String, Object>>) look.get("byClients");
            for (Map.Entry<String, Map<String, Object>> e : curve.entrySet()) {
                row("  lookups at " + e.getKey() + " client(s)", e.getValue().get("perSecond"), e.getValue(),
                        e.getValue().get("ratioToRawBaseline"));
            }
        }
        if (page != null) {
            row("status page (form), HTTP", page.get("perSecond"), page, page.get("ratioToRawBaseline"));
            Map<String, Map<String, Object>> curve = (Map<String, Map<String, Object>>) page.get("byClients");
            if (curve.size() > 1) {
                for (Map.Entry<String, Map<String, Object>> e : curve.entrySet()) {
                    row("  page at " + e.getKey() + " client(s)", e.getValue().get("perSecond"), e.getValue(),
                            e.getValue().get("ratioToRawBaseline"));
                }
            }
        }
        if (reb != null) {
            System.out.printf("%-34s %14s %10s %10s %10s %8s%n", "projection rebuild (events)", reb.get("eventsPerSecond"),
                    "", "", "", reb.get("ratioToRawBaseline"));
        }
        Map<String, Object> one = (Map<String, Object>) results.get("projectionRebuildOnePass");
        if (one != null) {
            System.out.printf("%-34s %14s %10s %10s %10s %8s%n", "rebuild in one pass (events)", one.get("eventsPerSecond"),
                    "", "", "", one.get("ratioToRawBaseline"));
            System.out.printf("one pass: first tenth %s, last tenth %s index positions/s%n", one.get("firstTenthEventsPerSecond"),
                    one.get("lastTenthEventsPerSecond"));
        }
        System.out.printf("%-34s %14s %10s %10s %10s%n", "projection lag (in-process load)", "", lag.get("p50Ms"),
                lag.get("p99Ms"), lag.get("maxMs"));
        System.out.printf("events in store: %s%n", results.get("eventsInStore"));
        System.out.printf("%nCPU per operation (ms) and cores used while it ran%n%-34s %10s %10s %10s %10s %10s%n", "measure",
                "app ms", "pg ms", "app cores", "pg cores", "gen cores");
        cpuRow("raw JDBC insert (per row)", raw);
        cpuRow("filing commands, in process", in);
        cpuRow("filing commands, HTTP", http);
        cpuRow("status lookups, HTTP", look);
        cpuRow("status page (form), HTTP", page);
        cpuRow("projection rebuild (per event)", reb);
        cpuRow("rebuild in one pass (per event)", one);
        if (in.containsKey("ratioToSyncedRawBaseline")) {
            System.out.printf("filing commands in process, ratio to the synced raw insert: %s%n", in.get("ratioToSyncedRawBaseline"));
        }
        if (results.containsKey("h2File")) {
            System.out.printf("application's H2 file, bytes: %s%n", results.get("h2File"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void cpuRow(String name, Map<String, Object> phase) {
        if (phase == null || !(phase.get("cpu") instanceof Map<?, ?> c) || c.isEmpty()) {
            return;
        }
        Map<String, Object> cpu = (Map<String, Object>) c;
        System.out.printf("%-34s %10s %10s %10s %10s %10s%n", name, cpu.get("appCpuMsPerOperation"),
                cpu.get("postgresCpuMsPerOperation"), cpu.get("appCores"), cpu.get("postgresCores"),
                cpu.getOrDefault("generatorCores", ""));
    }

    private static void row(String name, Object perSecond, Map<String, Object> m, Object ratio) {
        System.out.printf("%-34s %14s %10s %10s %10s %8s%n", name, perSecond, m.get("p50Ms"), m.get("p99Ms"), m.get("maxMs"), ratio);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench %s] %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
    }
}
