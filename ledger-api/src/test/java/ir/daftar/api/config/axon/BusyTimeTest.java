package ir.daftar.api.config.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MockClock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The capacity gauge's window: what was busy in the last ten minutes, in a fixed number of buckets. */
class BusyTimeTest {

    private static final long WINDOW = TimeUnit.MINUTES.toNanos(10);

    private final MockClock clock = new MockClock();
    private final AxonMeters.BusyTime busy = new AxonMeters.BusyTime(WINDOW, clock);

    @Test
    void the_share_is_the_busy_time_of_the_window_over_its_length() {
        busy.add(Duration.ofSeconds(30).toNanos());
        clock.add(Duration.ofMinutes(2));
        busy.add(Duration.ofSeconds(30).toNanos());
        assertThat(busy.share()).isCloseTo(60.0 / 600.0, within(1e-9));
    }

    @Test
    void what_is_older_than_the_window_drops_out() {
        busy.add(Duration.ofSeconds(60).toNanos());
        clock.add(Duration.ofMinutes(5));
        busy.add(Duration.ofSeconds(6).toNanos());
        assertThat(busy.share()).isCloseTo(66.0 / 600.0, within(1e-9));
        clock.add(Duration.ofMinutes(5).plusSeconds(11));
        assertThat(busy.share()).as("the first minute's bucket has left the window").isCloseTo(6.0 / 600.0, within(1e-9));
        clock.add(Duration.ofMinutes(6));
        assertThat(busy.share()).isZero();
    }

    @Test
    void a_recycled_bucket_starts_from_nothing() {
        busy.add(Duration.ofSeconds(5).toNanos());
        clock.add(Duration.ofMinutes(10)); // the same slot, one window later
        busy.add(Duration.ofSeconds(1).toNanos());
        assertThat(busy.share()).isCloseTo(1.0 / 600.0, within(1e-9));
    }

    @Test
    void a_million_measurements_are_summed_in_the_buckets() {
        for (int i = 0; i < 1_000_000; i++) {
            busy.add(1_000);
            if (i % 1000 == 0) {
                clock.add(1, TimeUnit.MILLISECONDS);
            }
        }
        assertThat(busy.share()).isCloseTo(1_000_000 * 1_000.0 / WINDOW, within(1e-9));
    }
}
