package ir.daftar.api.throttle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The two counters of a limit on failed attempts (A12), tagged with the limit's name: attempts refused with
 * 429 ({@code daftar.throttle.refused}) and failures that paused a key ({@code daftar.throttle.paused}).
 */
public final class ThrottleMeters {

    private final Counter refused;
    private final Counter paused;

    /** @param limit the {@code limit} tag, e.g. {@code login} or {@code tracking-code} */
    public ThrottleMeters(MeterRegistry meters, String limit) {
        this.refused = Counter.builder("daftar.throttle.refused").tag("limit", limit)
                .description("Attempts refused with 429 by a limit on failed attempts (A12)").register(meters);
        this.paused = Counter.builder("daftar.throttle.paused").tag("limit", limit)
                .description("Failures that paused a key of a limit on failed attempts (A12)").register(meters);
    }

    /** An attempt was refused. */
    public void refused() {
        refused.increment();
    }

    /** A failure paused its key. */
    public void paused() {
        paused.increment();
    }
}
