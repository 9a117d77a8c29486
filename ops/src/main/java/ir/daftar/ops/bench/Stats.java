package ir.daftar.ops.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency samples (nanoseconds) and a count over a wall-clock interval. */
final class Stats {

    private long[] samples = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized void addAll(Stats other) {
        for (int i = 0; i < other.size; i++) {
            add(other.samples[i]);
        }
    }

    synchronized int count() {
        return size;
    }

    /** Percentile in milliseconds (p in 0..100). */
    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
        return sorted[index] / 1_000_000.0;
    }

    synchronized Map<String, Object> summary(double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", size);
        m.put("seconds", round(seconds));
        m.put("perSecond", round(size / seconds));
        m.put("p50Ms", round(percentileMillis(50)));
        m.put("p99Ms", round(percentileMillis(99)));
        m.put("maxMs", round(percentileMillis(100)));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
