package ir.daftar.ops.engines;

import ir.daftar.ops.benchkit.Figures;
import java.util.Arrays;
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
        return Figures.percentileMillis(sortedNanos, p);
    }

    Map<String, Object> summary() {
        return Figures.rate(count, seconds, sortedNanos);
    }
}
