package ir.daftar.ops.bench;

import ir.daftar.ops.benchkit.Figures;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time spent by the application's JVM (this one), by PostgreSQL's processes on this host and by the load
 * generator's JVM, sampled every 100 ms so that the CPU of a measured window (which the generator reports in
 * epoch milliseconds) can be read afterwards. CPU per operation does not depend on what else the machine runs
 * the way a rate does, so two runs on a busy machine still compare.
 */
final class CpuClock implements Runnable {

    /** CPU nanoseconds used so far by each party, at {@code epochMillis}. */
    record Sample(long epochMillis, long appNanos, long postgresNanos, long generatorNanos) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private volatile ProcessHandle generator;
    private volatile String database;
    private volatile boolean running = true;

    static CpuClock start() {
        CpuClock clock = new CpuClock();
        Thread t = new Thread(clock, "cpu-clock");
        t.setDaemon(true);
        t.start();
        return clock;
    }

    void stop() {
        running = false;
    }

    /**
     * The benchmark's database: PostgreSQL's backends serving other databases (another user of the same server)
     * are left out from now on; its shared processes (WAL writer, checkpointer, ...) are counted.
     */
    void database(String name) {
        this.database = name;
    }

    /** The load generator's process, from now on (null: none). */
    void generator(ProcessHandle process) {
        this.generator = process;
    }

    @Override
    public void run() {
        while (running) {
            Sample s = now();
            synchronized (samples) {
                samples.add(s);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Sample now() {
        ProcessHandle g = generator;
        return new Sample(System.currentTimeMillis(), appNanos(), postgresNanos(database), g == null ? 0 : cpuNanos(g));
    }

    /** CPU milliseconds per operation in each party between two samples, or the samples nearest two instants. */
    static Map<String, Object> perOperation(Sample from, Sample to, long operations) {
        Map<String, Object> m = new LinkedHashMap<>();
        double seconds = Math.max(1, to.epochMillis() - from.epochMillis()) / 1000.0;
        m.put("appCpuMsPerOperation", Figures.round((to.appNanos() - from.appNanos()) / 1e6 / Math.max(1, operations)));
        m.put("postgresCpuMsPerOperation",
                Figures.round((to.postgresNanos() - from.postgresNanos()) / 1e6 / Math.max(1, operations)));
        m.put("appCores", Figures.round((to.appNanos() - from.appNanos()) / 1e9 / seconds));
        m.put("postgresCores", Figures.round((to.postgresNanos() - from.postgresNanos()) / 1e9 / seconds));
        if (to.generatorNanos() > 0) {
            m.put("generatorCores", Figures.round((to.generatorNanos() - from.generatorNanos()) / 1e9 / seconds));
        }
        return m;
    }

    /** The CPU per operation between two epoch instants, from the samples nearest inside them. */
    Map<String, Object> perOperation(long fromEpochMillis, long toEpochMillis, long operations) {
        Sample from = null;
        Sample to = null;
        synchronized (samples) {
            for (Sample s : samples) {
                if (from == null && s.epochMillis() >= fromEpochMillis) {
                    from = s;
                }
                if (s.epochMillis() <= toEpochMillis) {
                    to = s;
                }
            }
        }
        if (from == null || to == null || to.epochMillis() <= from.epochMillis()) {
            return Map.of();
        }
        // the window the samples span, scaled to the operations in it
        double share = (double) (to.epochMillis() - from.epochMillis()) / Math.max(1, toEpochMillis - fromEpochMillis);
        return perOperation(from, to, Math.round(operations * share));
    }

    private static long appNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** PostgreSQL's server processes on this host (the postmaster, its workers, the backends of {@code database}). */
    private static long postgresNanos(String database) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> database == null || servesOrShared(p.pid(), database))
                .mapToLong(CpuClock::cpuNanos)
                .sum();
    }

    /** A client backend's title is "postgres: 15/main: user database host(port) state"; the rest are shared. */
    private static final Pattern BACKEND = Pattern.compile("postgres: \\S+: \\S+ (\\S+) \\S*\\(\\d+\\).*", Pattern.DOTALL);

    static boolean servesOrShared(long pid, String database) {
        try {
            String title = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"))).replace('\0', ' ');
            return isBackendOf(title, database) || !BACKEND.matcher(title).matches();
        } catch (IOException | RuntimeException e) {
            return true; // not Linux, or the process is gone: counted as before
        }
    }

    static boolean isBackendOf(String title, String database) {
        Matcher m = BACKEND.matcher(title);
        return m.matches() && m.group(1).equals(database);
    }

    private static long cpuNanos(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
