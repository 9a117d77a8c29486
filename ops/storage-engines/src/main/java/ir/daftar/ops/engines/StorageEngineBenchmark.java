package ir.daftar.ops.engines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import ir.daftar.ops.benchkit.Figures;
import ir.daftar.ops.engines.EngineStore.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Axon's JDBC and JPA storage engines measured in one run, on one PostgreSQL, at the same concurrency and
 * durability (the server's defaults, recorded): appends one event per transaction, aggregate loads, and
 * the whole store streamed from the start (see {@link Workload}). Both engines are warmed up first, and the
 * order alternates between phases so that neither always goes first. Prints a table and writes the figures
 * as JSON. Usage: {@code ops/bench/storage-engines.sh} (sizes and database as {@code -D} options there).
 */
public final class StorageEngineBenchmark {

    record Settings(int threads, int aggregates, int loads, int streamPasses, int warmupAggregates, int warmupLoads,
                    long seed, Database database, Path out, boolean keep) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("threads", 16),
                    Integer.getInteger("aggregates", 1500),
                    Integer.getInteger("loads", 16000),
                    Integer.getInteger("streamPasses", 3),
                    Integer.getInteger("warmupAggregates", 100),
                    Integer.getInteger("warmupLoads", 1600),
                    Long.getLong("seed", 20261128L),
                    Database.fromSystemProperties("DAFTAR_BENCH_DB"),
                    Path.of(System.getProperty("out", "ops/bench/results/storage-engines-"
                            + LocalDate.now(ZoneOffset.UTC) + ".json")),
                    Boolean.getBoolean("keep"));
        }
    }

    private final Settings settings;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<Kind, Map<String, Object>> figures = new EnumMap<>(Kind.class);
    private final List<String> order = new ArrayList<>();

    private StorageEngineBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        new StorageEngineBenchmark(Settings.fromSystemProperties()).run();
    }

    /** Warnings only: the figures are the output. Axon's update checker stays off (a court system does not call out). */
    static void quietLogging() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        // Hibernate 6.6 reports orm.xml's globalIndex override as "not found" (HHH000207) and applies it all
        // the same: the sequence has increment 1, which StorageEnginesIT asserts
        System.setProperty("org.slf4j.simpleLogger.log.org.hibernate.boot.model.internal.JPAXMLOverriddenAnnotationReader",
                "error");
    }

    private void run() throws Exception {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        results.put("machine", machine());
        results.put("database", database());
        results.put("settings", settingsJson());
        long largeObjectsBefore = largeObjects();
        log("schemas engines_jdbc_%s and engines_jpa_%s on %s, %d threads", stamp, stamp,
                settings.database().url(), settings.threads());
        try (EngineStore jdbc = EngineStore.open(Kind.JDBC, settings.database(), "engines_jdbc_" + stamp,
                settings.threads(), settings.keep());
             EngineStore jpa = EngineStore.open(Kind.JPA, settings.database(), "engines_jpa_" + stamp,
                     settings.threads(), settings.keep())) {
            Map<Kind, EngineStore> stores = new EnumMap<>(Map.of(Kind.JDBC, jdbc, Kind.JPA, jpa));
            Map<Kind, List<String>> aggregates = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                figures.put(kind, new LinkedHashMap<>());
                aggregates.put(kind, aggregateIds(settings.aggregates()));
                warmUp(stores.get(kind));
            }

            for (Kind kind : List.of(Kind.JDBC, Kind.JPA)) {
                checkpoint();
                log("%s: appending %d aggregates x %d events", kind.label(), settings.aggregates(),
                        SampleEvents.EVENTS_PER_AGGREGATE);
                Measurement m = Workload.append(stores.get(kind), aggregates.get(kind), settings.threads());
                figures.get(kind).put("appends", m.summary());
                order.add("appends " + kind.label());
            }
            for (EngineStore store : stores.values()) {
                store.analyze();
            }
            for (Kind kind : List.of(Kind.JPA, Kind.JDBC)) {
                checkpoint();
                log("%s: %d aggregate loads", kind.label(), settings.loads());
                Measurement m = Workload.load(stores.get(kind), aggregates.get(kind), settings.loads(),
                        settings.threads(), settings.seed());
                figures.get(kind).put("aggregateLoads", m.summary());
                order.add("loads " + kind.label());
            }
            Map<Kind, List<Measurement>> streams = new EnumMap<>(Kind.class);
            for (int pass = 0; pass < settings.streamPasses(); pass++) {
                for (Kind kind : pass % 2 == 0 ? List.of(Kind.JDBC, Kind.JPA) : List.of(Kind.JPA, Kind.JDBC)) {
                    EngineStore store = stores.get(kind);
                    Measurement m = Workload.stream(store, store.countEvents());
                    log("%s: streamed %d events in %.2f s", kind.label(), m.count(), m.seconds());
                    streams.computeIfAbsent(kind, k -> new ArrayList<>()).add(m);
                    order.add("stream " + kind.label());
                }
            }
            for (Kind kind : Kind.values()) {
                List<Map<String, Object>> passes = streams.get(kind).stream().map(Measurement::summary).toList();
                figures.get(kind).put("streamPasses", passes);
                figures.get(kind).put("streamMedianEventsPerSecond", Figures.round(median(streams.get(kind))));
                figures.get(kind).put("storage", stores.get(kind).storage());
            }
        }
        results.put("order", order);
        results.put("engines", engines());
        results.put("jdbcToJpa", ratios());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("loadAverage1m", loadAverage());
        after.put("largeObjectsCreatedOnServer", largeObjects() - largeObjectsBefore);
        results.put("end", after);
        write();
        printTable();
    }

    private void warmUp(EngineStore store) throws Exception {
        log("%s: warm-up (%d aggregates, %d loads, one stream)", store.kind().label(), settings.warmupAggregates(),
                settings.warmupLoads());
        List<String> ids = aggregateIds(settings.warmupAggregates());
        Workload.append(store, ids, settings.threads());
        Workload.load(store, ids, settings.warmupLoads(), settings.threads(), settings.seed() - 1);
        Workload.stream(store, store.countEvents());
    }

    private static List<String> aggregateIds(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(SampleEvents.newAggregateId());
        }
        return ids;
    }

    private static double median(List<Measurement> passes) {
        double[] rates = passes.stream().mapToDouble(Measurement::perSecond).sorted().toArray();
        int mid = rates.length / 2;
        return rates.length % 2 == 1 ? rates[mid] : (rates[mid - 1] + rates[mid]) / 2;
    }

    // ---- what the figures are taken on --------------------------------------------------------

    private Map<String, Object> machine() {
        Map<String, Object> m = Figures.machine();
        m.put("loadAverage1m", loadAverage());
        m.put("axon", mavenVersion("org.axonframework", "axon-eventsourcing"));
        m.put("hibernate", org.hibernate.Version.getVersionString());
        m.put("postgresqlDriver", org.postgresql.util.DriverInfo.DRIVER_VERSION);
        return m;
    }

    private Map<String, Object> database() throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        try (Connection c = settings.database().connect(); Statement s = c.createStatement()) {
            m.put("server", single(s, "SELECT version()"));
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_level",
                    "shared_buffers", "max_connections")) {
                m.put(setting, single(s, "SHOW " + setting));
            }
        }
        if (!"on".equals(m.get("fsync")) || !"on".equals(m.get("synchronous_commit"))) {
            log("WARNING: the server does not run with the default durability (fsync=%s, synchronous_commit=%s)",
                    m.get("fsync"), m.get("synchronous_commit"));
        }
        return m;
    }

    private Map<String, Object> settingsJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threads", settings.threads());
        m.put("poolSizePerEngine", settings.threads());
        m.put("aggregatesPerEngine", settings.aggregates());
        m.put("eventsPerAggregate", SampleEvents.EVENTS_PER_AGGREGATE);
        m.put("eventsAppendedPerEngine", settings.aggregates() * SampleEvents.EVENTS_PER_AGGREGATE);
        m.put("aggregateLoads", settings.loads());
        m.put("streamPasses", settings.streamPasses());
        m.put("warmupAggregates", settings.warmupAggregates());
        m.put("warmupLoads", settings.warmupLoads());
        m.put("seed", settings.seed());
        m.put("engineBatchSize", 100);
        m.put("appends", "one event per transaction, " + settings.threads() + " workers each taking the next "
                + "aggregate and appending its 11 events in order; latency = one append, begin to commit");
        m.put("loads", "readEvents(aggregateId) in one transaction (snapshot lookup, then the events), every payload "
                + "deserialized and checked; aggregates picked at random among those appended in the measured phase");
        m.put("stream", "readEvents(null token, false): the whole store from the start, one reader, batches of 100, "
                + "every payload deserialized; count and order checked");
        return m;
    }

    private Map<String, Object> engines() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jdbc", with("JdbcEventStorageEngine on the ledger's V1__event_store.sql tables (bytea, identity "
                + "global index)", figures.get(Kind.JDBC)));
        m.put("jpa", with("JpaEventStorageEngine, Hibernate " + org.hibernate.Version.getVersionString()
                + ", Axon's DomainEventEntry/SnapshotEventEntry, tables generated by Hibernate, @Lob byte[] as bytea, "
                + "global index from a sequence of increment 1", figures.get(Kind.JPA)));
        return m;
    }

    private static Map<String, Object> with(String description, Map<String, Object> figures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", description);
        m.putAll(figures);
        return m;
    }

    private Map<String, Object> ratios() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("appendsPerSecond", ratio(rate(Kind.JDBC, "appends"), rate(Kind.JPA, "appends")));
        m.put("aggregateLoadsPerSecond", ratio(rate(Kind.JDBC, "aggregateLoads"), rate(Kind.JPA, "aggregateLoads")));
        m.put("streamEventsPerSecond", ratio(streamRate(Kind.JDBC), streamRate(Kind.JPA)));
        return m;
    }

    private double rate(Kind kind, String phase) {
        return (double) ((Map<?, ?>) figures.get(kind).get(phase)).get("perSecond");
    }

    private double streamRate(Kind kind) {
        return (double) figures.get(kind).get("streamMedianEventsPerSecond");
    }

    private double value(Kind kind, String phase, String key) {
        return (double) ((Map<?, ?>) figures.get(kind).get(phase)).get(key);
    }

    private static double ratio(double a, double b) {
        return Figures.round(a / b);
    }

    private void checkpoint() {
        // each write phase starts from a clean checkpoint, so neither engine pays for the other's dirty pages
        try {
            settings.database().execute("CHECKPOINT");
            results.putIfAbsent("checkpointBeforePhases", true);
        } catch (SQLException e) {
            results.put("checkpointBeforePhases", "not allowed: " + e.getMessage());
        }
    }

    private long largeObjects() throws SQLException {
        try (Connection c = settings.database().connect(); Statement s = c.createStatement()) {
            return Long.parseLong(single(s, "SELECT count(*) FROM pg_largeobject_metadata"));
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static double loadAverage() {
        return Figures.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String mavenVersion(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = StorageEngineBenchmark.class.getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    // ---- output ----------------------------------------------------------------------------------

    private void write() throws IOException {
        Path out = settings.out();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
        log("results written to %s", out);
    }

    private void printTable() {
        StringBuilder t = new StringBuilder();
        t.append("\n| engine | appends/s | append p50 ms | append p99 ms | loads/s | load p50 ms | load p99 ms "
                + "| stream events/s (median) |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Kind kind : Kind.values()) {
            t.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.1f | %.2f | %.2f | %.1f |%n",
                    kind.label(), rate(kind, "appends"), value(kind, "appends", "p50Ms"),
                    value(kind, "appends", "p99Ms"), rate(kind, "aggregateLoads"),
                    value(kind, "aggregateLoads", "p50Ms"), value(kind, "aggregateLoads", "p99Ms"),
                    streamRate(kind)));
        }
        Map<String, Object> r = ratios();
        t.append(String.format(Locale.ROOT, "| jdbc / jpa | %.2f | | | %.2f | | | %.2f |%n",
                r.get("appendsPerSecond"), r.get("aggregateLoadsPerSecond"), r.get("streamEventsPerSecond")));
        System.out.println(t);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[storage-engines] " + format + "%n", args);
    }
}
