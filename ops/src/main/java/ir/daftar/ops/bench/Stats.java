package ir.daftar.ops.bench;

import ir.daftar.ops.benchkit.Figures;
import java.util.Arrays;
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

    /** The samples so far, ascending. */
    synchronized long[] sorted() {
        return Figures.sorted(samples, size);
    }

    /** The p50, p99 and maximum (nothing without samples). */
    Map<String, Object> latencies() {
        return Figures.latencies(sorted());
    }

    /** The count, its rate over {@code seconds} and the latencies. */
    synchronized Map<String, Object> summary(double seconds) {
        return Figures.rate(size, seconds, sorted());
    }
}
