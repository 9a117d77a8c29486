package ir.daftar.ops.engines;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many operations took how long: the rate over the wall-clock interval, and each one's latency. */
public record Measurement(int count, double seconds, long[] sortedNanos) {

    static Measurement of(double seconds, long[]... latencies) {
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Measurement(all.length, seconds, all);
    }

    public double perSecond() {
        return count / seconds;
    }

    /** Latency in milliseconds at percentile {@code p} (0..100), nearest rank. */
    public double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.min(sortedNanos.length - 1, Math.max(0, rank - 1))] / 1_000_000.0;
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("seconds", round(seconds));
        m.put("perSecond", round(perSecond()));
        if (sortedNanos.length > 0) {
            m.put("p50Ms", round(percentileMillis(50)));
            m.put("p99Ms", round(percentileMillis(99)));
            m.put("maxMs", round(percentileMillis(100)));
        }
        return m;
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
