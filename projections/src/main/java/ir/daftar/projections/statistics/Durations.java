package ir.daftar.projections.statistics;

import java.time.Duration;
import java.util.List;

/**
 * Durations in seconds, summarised by their count and their 50th and 90th percentiles by nearest rank (ADR 1100): the
 * p-th percentile of n sorted values is the value of rank ceil(p/100 x n), counting from 1. Null percentiles when
 * there is no value.
 */
public record Durations(long count, Long p50Seconds, Long p90Seconds) {

    public static final Durations NONE = new Durations(0, null, null);

    /** Summarises the durations (any order). */
    public static Durations of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return NONE;
        }
        long[] seconds = durations.stream().mapToLong(Duration::getSeconds).sorted().toArray();
        return new Durations(seconds.length, nearestRank(seconds, 50), nearestRank(seconds, 90));
    }

    /** The p-th percentile of sorted values, by nearest rank. */
    static long nearestRank(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }
}
