package ir.daftar.ops.benchkit;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the benchmarks report a measure and the machine it was taken on, alike in every result file. */
public final class Figures {

    private Figures() {
    }

    /**
     * Latency in milliseconds at percentile {@code p} (0..100) of ascending nanosecond samples, by nearest
     * rank; {@code NaN} when there are none.
     */
    public static double percentileMillis(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.min(sortedNanos.length - 1, Math.max(0, rank - 1))] / 1_000_000.0;
    }

    /** The first {@code count} samples, sorted ascending (a copy). */
    public static long[] sorted(long[] samples, int count) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * A rate's summary: the count, the wall-clock seconds, the rate, and (when there were samples, which
     * may be fewer than the count) the {@link #latencies}.
     */
    public static Map<String, Object> rate(long count, double seconds, long[] sortedNanos) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("seconds", round(seconds));
        m.put("perSecond", round(count / seconds));
        m.putAll(latencies(sortedNanos));
        return m;
    }

    /** The p50, p99 and maximum latency in milliseconds; nothing when there are no samples (JSON has no NaN). */
    public static Map<String, Object> latencies(long[] sortedNanos) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (sortedNanos.length > 0) {
            m.put("p50Ms", round(percentileMillis(sortedNanos, 50)));
            m.put("p99Ms", round(percentileMillis(sortedNanos, 99)));
            m.put("maxMs", round(percentileMillis(sortedNanos, 100)));
        }
        return m;
    }

    /** The machine and JVM the figures are taken on: cores, heap, Java, OS, JVM arguments and the start. */
    public static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("startedAt", Instant.now().toString());
        return m;
    }

    /** Two decimals. */
    public static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
