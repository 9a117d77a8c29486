package ir.daftar.api.status;

import io.micrometer.core.instrument.MeterRegistry;
import ir.daftar.api.throttle.ClientAddress;
import ir.daftar.api.throttle.FailureThrottle;
import ir.daftar.api.throttle.FailureThrottle.Backoff;
import ir.daftar.api.throttle.ThrottleMeters;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A12: failed lookups (a wrong national code, for a tracking code that exists or not) are limited per
 * tracking code, whichever addresses they come from: after {@code daftar.status.code-limit.free-failures}
 * (5) a code is paused for 2 s, then 4 s, 8 s, ... at most {@code max-delay} (5 min), for the clients that
 * failed on it. A client that has not failed on the code still gets its answer, one lookup at a time, so
 * an attacker cannot keep the owner out ({@link FailureThrottle}); a found lookup resets that client's
 * count for the code. Refused lookups are logged with outcome LIMITED.
 */
@Component
class TrackingCodeThrottle {

    private static final Logger log = LoggerFactory.getLogger(TrackingCodeThrottle.class);

    private final FailureThrottle throttle;
    private final ThrottleMeters meters;

    TrackingCodeThrottle(@Value("${daftar.status.code-limit.free-failures:5}") int free,
                         @Value("${daftar.status.code-limit.base-delay:2s}") Duration base,
                         @Value("${daftar.status.code-limit.max-delay:5m}") Duration max,
                         @Value("${daftar.status.code-limit.forget-after:1h}") Duration forgetAfter,
                         @Value("${daftar.status.code-limit.max-entries:50000}") int maxEntries,
                         MeterRegistry meters) {
        Backoff backoff = new Backoff(free, base, max);
        this.throttle = new FailureThrottle(backoff, backoff, null, forgetAfter, maxEntries, System::nanoTime);
        this.meters = new ThrottleMeters(meters, "tracking-code");
    }

    /** Starts a lookup of {@code trackingCode} by {@code client}; a refused one is counted here. */
    FailureThrottle.Attempt begin(String trackingCode, String client) {
        FailureThrottle.Attempt attempt = throttle.begin(trackingCode, ClientAddress.limitKey(client));
        if (attempt.refused()) {
            meters.refused();
        }
        return attempt;
    }

    /** The national code did not match (or the code is unknown). */
    void failed(FailureThrottle.Attempt attempt, String trackingCode) {
        Duration pause = attempt.failed();
        if (!pause.isZero()) {
            meters.paused();
            log.info("Failed status lookups for tracking code ...{} paused for {} s (A12)",
                    trackingCode.substring(trackingCode.length() - 4), pause.toSeconds());
        }
    }
}
