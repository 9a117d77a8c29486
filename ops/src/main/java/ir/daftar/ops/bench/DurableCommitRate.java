package ir.daftar.ops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import ir.daftar.api.storage.DurableCommits;
import ir.daftar.ops.benchkit.Figures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Durable commits per second on the embedded store and on PostgreSQL (ADR 0010): {@code threads} writers (4) insert
 * rows of {@code rowBytes} (600) random bytes, one row per transaction, for a number of seconds, in a fresh JVM and a
 * fresh database for each configuration:
 * <ul>
 *   <li>{@code h2-default}: the embedded default's URL, commit only: H2 writes committed changes to its file in the
 *       background, up to half a second later ({@code WRITE_DELAY}), so a commit that returned is not yet on disk;</li>
 *   <li>{@code h2-checkpoint-sync}: the same database through {@link DurableCommits}, as the application opens it:
 *       {@code CHECKPOINT SYNC} after each commit that wrote (store written and forced to the disk);</li>
 *   <li>{@code h2-write-delay-0}: the default URL with {@code WRITE_DELAY=0} (the store written on every commit, and no
 *       background writer, so no background compaction either);</li>
 *   <li>{@code postgres}: a schema of its own on the benchmark's PostgreSQL, with the server's {@code fsync} and
 *       {@code synchronous_commit} (reported).</li>
 * </ul>
 * Each prints commits/s, latency, and for H2 the file's size at the end (while open, and once closed; in the JSON
 * also every 5 s, with H2's fill rates, and for {@code -DidleSeconds} after the writers stop), and the size after a
 * reopen and {@code SHUTDOWN COMPACT} with the time that took.
 *
 * <p>With {@code -Dkills=K} each configuration is then run K more times in a child JVM that is killed with
 * {@code SIGKILL} at a random moment ({@code -DkillWithinMs}, default 3000 ms after it starts writing). The child
 * prints each commit once the commit has returned ("acknowledged"); the database is reopened and every acknowledged
 * row looked for. A {@code kill -9} of the JVM loses what the JVM had not yet handed to the operating system; it
 * does not test a power cut (what the operating system had not yet written), which only the sync covers.
 *
 * <p>Usage: {@code ops/bench/durable-commits.sh [seconds]}; options {@code -Dthreads -DrowBytes -Drounds -Dkills
 * -DkillWithinMs -Dconfigs=h2-default,...} and the database as for the benchmark ({@code -Ddb.url}, or
 * {@code DAFTAR_BENCH_DB_URL}).
 */
public final class DurableCommitRate {

    static final List<String> CONFIGS = List.of("h2-default", "h2-checkpoint-sync", "h2-write-delay-0", "postgres");

    /** The embedded default's URL settings (application.yml), on a database file in {@code dir}. */
    static String h2Url(Path dir, String config) {
        return "jdbc:h2:file:" + dir.resolve("daftar")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
                + (config.equals("h2-write-delay-0") ? ";WRITE_DELAY=0" : "");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int threads = Integer.getInteger("threads", 4);
    private final int rowBytes = Integer.getInteger("rowBytes", 600);
    private final String pgUrl = System.getProperty("db.url", System.getenv().getOrDefault("DAFTAR_BENCH_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/daftar_test"));
    private final String pgUser = System.getProperty("db.user", System.getenv().getOrDefault("DAFTAR_BENCH_DB_USER",
            "postgres"));
    private final String pgPassword = System.getProperty("db.password",
            System.getenv().getOrDefault("DAFTAR_BENCH_DB_PASSWORD", "postgres"));

    public static void main(String[] args) throws Exception {
        // logback's default (no configuration file) is DEBUG on the console: the pool's chatter is not wanted here
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        DurableCommitRate bench = new DurableCommitRate();
        if (args.length > 0 && args[0].equals("writer")) {
            bench.writer(args[1], args[2], Double.parseDouble(args[3]), Boolean.parseBoolean(args[4]));
        } else {
            bench.measure(args.length > 0 ? Integer.parseInt(args[0]) : 20);
        }
        System.exit(0);
    }

    // ---- parent: one child JVM per run ---------------------------------------------------

    private void measure(int seconds) throws Exception {
        List<String> configs = List.of(System.getProperty("configs", String.join(",", CONFIGS)).split(","));
        int rounds = Integer.getInteger("rounds", 1);
        int kills = Integer.getInteger("kills", 0);
        int killWithinMs = Integer.getInteger("killWithinMs", 3000);
        Map<String, Object> results = new LinkedHashMap<>();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("h2", org.h2.engine.Constants.FULL_VERSION);
        machine.put("startedAt", java.time.Instant.now().toString());
        machine.put("threads", threads);
        machine.put("rowBytes", rowBytes);
        machine.put("secondsPerRun", seconds);
        machine.put("rounds", rounds);
        results.put("machine", machine);
        if (configs.contains("postgres")) {
            results.put("postgres", postgresSettings());
        }

        List<Map<String, Object>> runs = new ArrayList<>();
        results.put("runs", runs);
        for (int round = 1; round <= rounds; round++) {
            for (String config : configs) {
                String location = prepare(config);
                String load = Benchmark.loadAverage();
                log("round %d, %s: %d writers for %d s (load %s)", round, config, threads, seconds, load);
                Child child = Child.start(this, config, location, seconds, false);
                child.process.waitFor();
                child.reader.join();
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("config", config);
                run.put("round", round);
                run.put("loadAverageBefore", load);
                Map<String, Object> result = child.result.get();
                if (result == null) {
                    throw new IllegalStateException(config + ": the writer ended without a result (exit "
                            + child.process.exitValue() + ")");
                }
                run.putAll(result);
                runs.add(run);
                log("  %s", run);
                cleanUp(config, location);
            }
        }

        if (kills > 0) {
            List<Map<String, Object>> crashes = new ArrayList<>();
            results.put("kills", crashes);
            for (String config : configs) {
                for (int k = 1; k <= kills; k++) {
                    crashes.add(killAndCheck(config, k, killWithinMs));
                }
            }
        }

        Path out = Path.of(System.getProperty("out", "ops/bench/results/durable-commits-" + LocalDate.now() + ".json"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        log("results written to %s", out);
        print(runs, results.get("kills"));
    }

    private Map<String, Object> killAndCheck(String config, int kill, int killWithinMs) throws Exception {
        String location = prepare(config);
        String load = Benchmark.loadAverage();
        Child child = Child.start(this, config, location, 3600, true);
        if (!child.ready.await(60, TimeUnit.SECONDS)) {
            child.process.destroyForcibly();
            throw new IllegalStateException(config + ": the writer did not start");
        }
        long after = ThreadLocalRandom.current().nextLong(300, Math.max(301, killWithinMs));
        Thread.sleep(after);
        // SIGKILL on Linux: no shutdown hook, no close, no flush
        child.process.destroyForcibly();
        child.process.waitFor();
        // everything the child printed before it died is in the pipe: read it to the end
        child.reader.join();
        Set<Long> acked = child.acked;
        Set<Long> inStore = new HashSet<>();
        try (Connection c = recoveryConnection(config, location); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT writer, seq FROM durable_commit")) {
            while (rs.next()) {
                inStore.add(key(rs.getInt(1), rs.getLong(2)));
            }
        }
        long found = acked.stream().filter(inStore::contains).count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", config);
        m.put("kill", kill);
        m.put("loadAverageBefore", load);
        m.put("killedAfterMs", after);
        m.put("acked", acked.size());
        m.put("found", found);
        m.put("lost", acked.size() - found);
        m.put("rowsInStore", inStore.size());
        log("kill %d of %s after %d ms: acked %d, found %d, lost %d (rows in store %d)", kill, config, after,
                acked.size(), found, acked.size() - found, inStore.size());
        cleanUp(config, location);
        return m;
    }

    static long key(int writer, long seq) {
        return ((long) writer << 40) | seq;
    }

    /** A fresh database with the table: a temporary directory for H2, a schema for PostgreSQL. */
    private String prepare(String config) throws Exception {
        String location;
        if (config.equals("postgres")) {
            location = "durable_" + System.currentTimeMillis();
            try (Connection c = DriverManager.getConnection(pgUrl, pgUser, pgPassword); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + location);
            }
        } else {
            location = Files.createTempDirectory("daftar-durable-").toString();
        }
        try (Connection c = recoveryConnection(config, location); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE durable_commit (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                    + "writer INTEGER NOT NULL, seq BIGINT NOT NULL, payload BYTEA NOT NULL, UNIQUE (writer, seq))");
        }
        return location;
    }

    /** A plain connection to the configuration's database (the embedded default's URL for every H2 configuration). */
    private Connection recoveryConnection(String config, String location) throws SQLException {
        if (config.equals("postgres")) {
            return DriverManager.getConnection(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + location,
                    pgUser, pgPassword);
        }
        return DriverManager.getConnection(h2Url(Path.of(location), "h2-default"), "sa", "");
    }

    private void cleanUp(String config, String location) throws Exception {
        if (Boolean.getBoolean("keep")) {
            log("kept %s", location);
            return;
        }
        if (config.equals("postgres")) {
            try (Connection c = DriverManager.getConnection(pgUrl, pgUser, pgPassword); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + location + " CASCADE");
            }
        } else {
            try (var files = Files.walk(Path.of(location))) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private Map<String, Object> postgresSettings() throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(pgUrl, pgUser, pgPassword); Statement s = c.createStatement()) {
            for (String setting : List.of("server_version", "fsync", "synchronous_commit", "wal_sync_method")) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    m.put(setting, rs.getString(1));
                }
            }
        }
        return m;
    }

    /** A writer JVM: its output is read line by line ("READY", "A writer seq" per acknowledged commit, "RESULT {json}"). */
    private static final class Child {
        final Process process;
        final Thread reader;
        final CountDownLatch ready = new CountDownLatch(1);
        final Set<Long> acked = new HashSet<>();
        final AtomicReference<Map<String, Object>> result = new AtomicReference<>();

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "writer-output");
            reader.start();
        }

        static Child start(DurableCommitRate bench, String config, String location, double seconds, boolean acks)
                throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    // room for one latency sample per commit (the default store takes over 50,000 commits/s)
                    ProcessHandle.current().info().command().orElse("java"), "-Xmx2g",
                    "-Dthreads=" + bench.threads, "-DrowBytes=" + bench.rowBytes,
                    "-DidleSeconds=" + Long.getLong("idleSeconds", 0),
                    "-Ddb.url=" + bench.pgUrl, "-Ddb.user=" + bench.pgUser, "-Ddb.password=" + bench.pgPassword,
                    "-cp", System.getProperty("java.class.path"), DurableCommitRate.class.getName(),
                    "writer", config, location, String.valueOf(seconds), String.valueOf(acks)));
            return new Child(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }

        @SuppressWarnings("unchecked")
        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("A ")) {
                        String[] parts = line.split(" ");
                        if (parts.length == 3) {
                            acked.add(key(Integer.parseInt(parts[1]), Long.parseLong(parts[2])));
                        }
                    } else if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("RESULT ")) {
                        result.set(JSON.readValue(line.substring("RESULT ".length()), LinkedHashMap.class));
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the child is killed
            }
        }
    }

    // ---- child: the writers --------------------------------------------------------------

    private void writer(String config, String location, double seconds, boolean acks) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        DataSource dataSource = dataSource(config, location);
        out.println("READY");
        out.flush();
        Stats stats = new Stats();
        AtomicBoolean failed = new AtomicBoolean();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                Random random = new Random(writer);
                byte[] payload = new byte[rowBytes];
                Stats mine = new Stats();
                long seq = 0;
                try {
                    while (System.nanoTime() < end) {
                        random.nextBytes(payload);
                        long t0 = System.nanoTime();
                        try (Connection c = dataSource.getConnection();
                             PreparedStatement insert = c.prepareStatement(
                                     "INSERT INTO durable_commit (writer, seq, payload) VALUES (?, ?, ?)")) {
                            insert.setInt(1, writer);
                            insert.setLong(2, seq);
                            insert.setBytes(3, payload);
                            insert.executeUpdate();
                            c.commit();
                        }
                        mine.add(System.nanoTime() - t0);
                        if (acks) {
                            // the commit has returned: the caller would now be told "done"
                            synchronized (out) {
                                out.println("A " + writer + " " + seq);
                                out.flush();
                            }
                        }
                        seq++;
                    }
                    stats.addAll(mine);
                } catch (SQLException | RuntimeException | Error e) {
                    // reported in the result: a writer that stopped early makes the run's figures worthless
                    failed.set(true);
                    e.printStackTrace();
                }
            }, "writer-" + w);
            t.start();
            writers.add(t);
        }
        // the H2 file every 5 s: whether background compaction keeps up shows as a plateau, or not
        List<List<Object>> sizes = new ArrayList<>();
        Connection probe = config.equals("postgres") ? null : DriverManager.getConnection(h2Url(Path.of(location), config),
                "sa", "");
        if (probe != null) {
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(5000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                sizes.add(fileSample(probe, location, start));
            }
        }
        for (Thread t : writers) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        // -DidleSeconds: the database left open and idle, to see what H2's background housekeeping gives back
        long idleEnd = System.nanoTime() + Long.getLong("idleSeconds", 0) * 1_000_000_000L;
        while (probe != null && System.nanoTime() < idleEnd) {
            Thread.sleep(5000);
            sizes.add(fileSample(probe, location, start));
        }
        if (probe != null) {
            probe.close();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commits", stats.count());
        m.put("seconds", Figures.round(elapsed));
        m.put("commitsPerSecond", Figures.round(stats.count() / elapsed));
        m.putAll(stats.latencies());
        m.put("failed", failed.get());
        if (!config.equals("postgres")) {
            m.put("fileBytesAtEnd", directorySize(Path.of(location)));
            m.put("fileBytesOverTime", sizes);
        }
        ((AutoCloseable) dataSource).close();
        if (!config.equals("postgres")) {
            // H2 closes the database with the pool's last connection, compacting it for a moment
            m.put("fileBytesAfterClose", directorySize(Path.of(location)));
            // what a full compaction gives back, and what it costs: reopen, SHUTDOWN COMPACT
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(h2Url(Path.of(location), "h2-default"), "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            m.put("shutdownCompactMs", Figures.round((System.nanoTime() - t0) / 1e6));
            m.put("fileBytesAfterShutdownCompact", directorySize(Path.of(location)));
        }
        out.println("RESULT " + JSON.writeValueAsString(m));
        out.flush();
    }

    /** A pool of {@code threads} connections, in manual-commit mode as the application's; H2 + sync as the application opens it. */
    private DataSource dataSource(String config, String location) {
        HikariConfig hikari = new HikariConfig();
        hikari.setMaximumPoolSize(threads);
        hikari.setAutoCommit(false);
        if (config.equals("postgres")) {
            hikari.setJdbcUrl(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + location);
            hikari.setUsername(pgUser);
            hikari.setPassword(pgPassword);
        } else if (CONFIGS.contains(config)) {
            hikari.setJdbcUrl(h2Url(Path.of(location), config));
            hikari.setUsername("sa");
            hikari.setPassword("");
        } else {
            throw new IllegalArgumentException("unknown configuration " + config + "; one of " + CONFIGS);
        }
        HikariDataSource pool = new HikariDataSource(hikari);
        return config.equals("h2-checkpoint-sync") ? new DurableCommits(pool) : pool;
    }

    /** [seconds since the start, file bytes, H2's FILL_RATE and CHUNKS_FILL_RATE (% of the file / chunks live)]. */
    private static List<Object> fileSample(Connection probe, String location, long start) throws IOException, SQLException {
        List<Object> sample = new ArrayList<>(List.of(Figures.round((System.nanoTime() - start) / 1e9),
                directorySize(Path.of(location))));
        try (Statement s = probe.createStatement(); ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM "
                + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE') "
                + "ORDER BY SETTING_NAME DESC")) {
            while (rs.next()) {
                sample.add(Integer.parseInt(rs.getString(1)));
            }
        }
        return sample;
    }

    static long directorySize(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    // ---- report --------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static void print(List<Map<String, Object>> runs, Object kills) {
        runs.stream().filter(r -> Boolean.TRUE.equals(r.get("failed"))).forEach(r -> System.out.printf(
                "%nFAILED: a writer of %s (round %s) stopped early: its figures are not valid%n", r.get("config"), r.get("round")));
        System.out.printf("%n%-20s %5s %9s %11s %8s %8s %9s %10s %10s %10s %16s%n", "configuration", "round", "commits",
                "commits/s", "p50 ms", "p99 ms", "max ms", "MB at end", "MB closed", "compacted", "load before");
        for (Map<String, Object> r : runs) {
            System.out.printf("%-20s %5s %9s %11s %8s %8s %9s %10s %10s %10s %16s%n", r.get("config"), r.get("round"),
                    r.get("commits"), r.get("commitsPerSecond"), r.get("p50Ms"), r.get("p99Ms"), r.get("maxMs"),
                    megabytes(r.get("fileBytesAtEnd")), megabytes(r.get("fileBytesAfterClose")),
                    megabytes(r.get("fileBytesAfterShutdownCompact")), r.get("loadAverageBefore"));
        }
        if (kills != null) {
            System.out.printf("%n%-20s %5s %14s %9s %9s %6s%n", "configuration", "kill", "after ms", "acked", "found", "lost");
            for (Map<String, Object> k : (List<Map<String, Object>>) kills) {
                System.out.printf("%-20s %5s %14s %9s %9s %6s%n", k.get("config"), k.get("kill"), k.get("killedAfterMs"),
                        k.get("acked"), k.get("found"), k.get("lost"));
            }
        }
    }

    private static String megabytes(Object bytes) {
        return bytes == null ? "" : String.format("%.1f", ((Number) bytes).longValue() / 1e6);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[durable %s] %s%n", java.time.Instant.now().toString().substring(11, 19),
                String.format(format, args));
    }
}
