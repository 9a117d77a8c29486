package ir.daftar.api.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.throttle.FailureThrottle.Attempt;
import ir.daftar.api.throttle.FailureThrottle.Backoff;
import ir.daftar.api.throttle.FailureThrottle.Limit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A12: the policy of growing pauses after failed attempts, on a clock the test moves. */
class FailureThrottleTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** The sign-in defaults: 5 per account and client, 10 per account, 30 per client; 2 s doubling to 5 min. */
    private FailureThrottle login() {
        return new FailureThrottle(new Backoff(5, TWO_SECONDS, FIVE_MINUTES), new Backoff(10, TWO_SECONDS, FIVE_MINUTES),
                new Backoff(30, TWO_SECONDS, FIVE_MINUTES), Duration.ofHours(1), 50_000, nanos::get);
    }

    /** The status lookup defaults: 5 per tracking code; 2 s doubling to 5 min; no count across codes. */
    private FailureThrottle lookup() {
        Backoff backoff = new Backoff(5, TWO_SECONDS, FIVE_MINUTES);
        return new FailureThrottle(backoff, backoff, null, Duration.ofHours(1), 50_000, nanos::get);
    }

    private static Attempt failOnce(FailureThrottle throttle, String subject, String client) {
        Attempt a = throttle.begin(subject, client);
        assertThat(a.refused()).as("%s from %s should be let through", subject, client).isFalse();
        a.failed();
        return a;
    }

    @Nested
    class Backoffs {

        @Test
        void the_free_failures_cost_nothing_then_pauses_double_from_two_seconds_up_to_five_minutes() {
            Backoff b = new Backoff(5, TWO_SECONDS, FIVE_MINUTES);
            List<Long> seconds = new ArrayList<>();
            for (int failure = 1; failure <= 16; failure++) {
                seconds.add(b.pauseAfter(failure).toSeconds());
            }
            assertThat(seconds).containsExactly(0L, 0L, 0L, 0L, 0L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L);
            assertThat(b.pauseAfter(10_000)).isEqualTo(FIVE_MINUTES);
        }
    }

    @Nested
    class SignIn {

        @Test
        void thirty_wrong_passwords_then_the_right_one_is_throttled() {
            FailureThrottle throttle = login();
            int refused = 0;
            for (int i = 1; i <= 30; i++) {
                Attempt a = throttle.begin("clerk1001", "203.0.113.5");
                if (a.refused()) {
                    refused++;
                } else {
                    a.failed();
                }
                advance(Duration.ofMillis(20));
            }
            assertThat(refused).isEqualTo(24);
            Attempt right = throttle.begin("clerk1001", "203.0.113.5");
            assertThat(right.refused()).as("the right password is not even checked while paused").isTrue();
            assertThat(right.limit()).isEqualTo(Limit.SUBJECT_AND_CLIENT);
            assertThat(right.retryAfter()).isGreaterThan(Duration.ofSeconds(1)).isLessThanOrEqualTo(TWO_SECONDS);
        }

        @Test
        void refusals_do_not_lengthen_the_pause() {
            FailureThrottle throttle = login();
            for (int i = 0; i < 6; i++) {
                failOnce(throttle, "clerk1001", "203.0.113.5");
            }
            for (int i = 0; i < 1000; i++) {
                assertThat(throttle.begin("clerk1001", "203.0.113.5").refused()).isTrue();
                advance(Duration.ofMillis(1));
            }
            advance(Duration.ofSeconds(1));
            assertThat(throttle.begin("clerk1001", "203.0.113.5").refused()).isFalse();
        }

        @Test
        void the_owner_is_not_locked_out_for_longer_than_five_minutes_after_an_attack_from_their_own_address() {
            FailureThrottle throttle = login();
            Duration longest = Duration.ZERO;
            long start = nanos.get();
            // three hours of guessing from the owner's own address (one office behind one address),
            // each guess as soon as it is let through
            while (nanos.get() - start < Duration.ofHours(3).toNanos()) {
                Attempt a = throttle.begin("manager1001", "192.0.2.10");
                if (a.refused()) {
                    longest = longest.compareTo(a.retryAfter()) < 0 ? a.retryAfter() : longest;
                    advance(a.retryAfter());
                } else {
                    a.failed();
                }
            }
            assertThat(longest).isEqualTo(FIVE_MINUTES);
            advance(FIVE_MINUTES);
            Attempt owner = throttle.begin("manager1001", "192.0.2.10");
            assertThat(owner.refused()).isFalse();
            owner.succeeded();
        }

        @Test
        void the_owner_is_not_locked_out_by_an_attack_from_other_addresses() {
            FailureThrottle throttle = login();
            for (int address = 1; address <= 50; address++) {
                for (int i = 0; i < 3; i++) {
                    Attempt a = throttle.begin("manager1001", "198.51.100." + address);
                    if (!a.refused()) {
                        a.failed();
                    }
                }
            }
            Attempt attacker = throttle.begin("manager1001", "198.51.100.1");
            assertThat(attacker.refused()).as("the account is paused for those who failed on it").isTrue();
            assertThat(attacker.limit()).isEqualTo(Limit.SUBJECT);

            Attempt owner = throttle.begin("manager1001", "192.0.2.10");
            assertThat(owner.refused()).isFalse();
            owner.succeeded();
            Attempt again = throttle.begin("manager1001", "192.0.2.10");
            assertThat(again.refused()).isFalse();
            again.succeeded();
        }

        @Test
        void each_address_buys_an_attacker_one_more_guess_while_the_account_is_paused() {
            FailureThrottle throttle = login();
            for (int i = 0; i < 11; i++) {
                failOnce(throttle, "manager1001", "198.51.100." + i);
            }
            failOnce(throttle, "manager1001", "198.51.100.200");
            Attempt second = throttle.begin("manager1001", "198.51.100.200");
            assertThat(second.refused()).isTrue();
            assertThat(second.limit()).isEqualTo(Limit.SUBJECT);
        }

        @Test
        void a_success_resets_the_count_for_that_account_and_client_only() {
            FailureThrottle throttle = login();
            for (int i = 0; i < 4; i++) {
                failOnce(throttle, "clerk1001", "192.0.2.10");
            }
            throttle.begin("clerk1001", "192.0.2.10").succeeded();
            for (int i = 0; i < 5; i++) {
                failOnce(throttle, "clerk1001", "192.0.2.10"); // five free failures again
            }
            // the same address on another account, and another address on this account, keep their counts
            for (int i = 0; i < 6; i++) {
                failOnce(throttle, "clerk1002", "192.0.2.10");
            }
            throttle.begin("clerk1001", "192.0.2.10").succeeded();
            assertThat(throttle.begin("clerk1002", "192.0.2.10").refused()).isTrue();
        }

        @Test
        void spraying_one_password_over_many_accounts_from_one_address_pauses_the_address() {
            FailureThrottle throttle = login();
            for (int account = 0; account < 31; account++) {
                failOnce(throttle, "user" + account, "203.0.113.66");
            }
            Attempt next = throttle.begin("user99", "203.0.113.66");
            assertThat(next.refused()).isTrue();
            assertThat(next.limit()).isEqualTo(Limit.CLIENT);
            assertThat(throttle.begin("user99", "203.0.113.67").refused()).as("other addresses go on").isFalse();
        }

        @Test
        void signing_in_with_a_valid_account_does_not_reset_the_address_count() {
            FailureThrottle throttle = login();
            for (int account = 0; account < 31; account++) {
                advance(Duration.ofMinutes(1));
                Attempt own = throttle.begin("attacker-own-account", "203.0.113.66");
                assertThat(own.refused()).isFalse();
                own.succeeded();
                failOnce(throttle, "user" + account, "203.0.113.66");
            }
            assertThat(throttle.begin("user99", "203.0.113.66").limit()).isEqualTo(Limit.CLIENT);
        }

        @Test
        void failures_are_forgotten_after_a_quiet_hour() {
            FailureThrottle throttle = login();
            for (int i = 0; i < 5; i++) {
                failOnce(throttle, "clerk1001", "192.0.2.10");
            }
            advance(Duration.ofMinutes(61));
            for (int i = 0; i < 5; i++) {
                failOnce(throttle, "clerk1001", "192.0.2.10");
            }
            assertThat(throttle.begin("clerk1001", "192.0.2.10").refused()).isFalse();
        }

        @Test
        void an_unknown_account_is_throttled_like_a_real_one() {
            FailureThrottle throttle = login();
            for (int i = 0; i < 6; i++) {
                failOnce(throttle, "no-such-user", "192.0.2.10");
            }
            assertThat(throttle.begin("no-such-user", "192.0.2.10").refused()).isTrue();
        }
    }

    @Nested
    class InFlight {

        @Test
        void parallel_attempts_cannot_exceed_what_is_left_of_the_free_failures() {
            FailureThrottle throttle = login();
            for (int i = 0; i < 3; i++) {
                failOnce(throttle, "clerk1001", "192.0.2.10");
            }
            List<Attempt> parallel = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                parallel.add(throttle.begin("clerk1001", "192.0.2.10"));
            }
            assertThat(parallel).noneMatch(Attempt::refused);
            Attempt fourth = throttle.begin("clerk1001", "192.0.2.10");
            assertThat(fourth.refused()).isTrue();
            assertThat(fourth.limit()).isEqualTo(Limit.IN_FLIGHT);
            assertThat(fourth.retryAfter()).isEqualTo(Duration.ofSeconds(1));
            parallel.get(0).release();
            assertThat(throttle.begin("clerk1001", "192.0.2.10").refused()).isFalse();
        }

        @Test
        void a_paused_subject_lets_an_address_that_has_not_failed_through_one_attempt_at_a_time() {
            FailureThrottle throttle = lookup();
            for (int i = 0; i < 6; i++) {
                failOnce(throttle, "1234567890123456", "198.51.100." + i);
            }
            Attempt first = throttle.begin("1234567890123456", "192.0.2.10");
            assertThat(first.refused()).isFalse();
            Attempt parallel = throttle.begin("1234567890123456", "192.0.2.10");
            assertThat(parallel.refused()).isTrue();
            assertThat(parallel.limit()).isEqualTo(Limit.IN_FLIGHT);
            first.succeeded();
            assertThat(throttle.begin("1234567890123456", "192.0.2.10").refused()).isFalse();
        }

        @Test
        void an_attackers_attempt_in_flight_does_not_hold_up_the_owner_on_a_paused_subject() {
            FailureThrottle throttle = lookup();
            for (int i = 0; i < 6; i++) {
                failOnce(throttle, "1234567890123456", "198.51.100." + i);
            }
            Attempt attackerFromANewAddress = throttle.begin("1234567890123456", "198.51.100.99");
            assertThat(attackerFromANewAddress.refused()).isFalse();
            Attempt owner = throttle.begin("1234567890123456", "192.0.2.10");
            assertThat(owner.refused()).isFalse();
            owner.succeeded();
            attackerFromANewAddress.failed();
        }

        @Test
        void a_client_without_failures_is_never_gated() {
            FailureThrottle throttle = login();
            for (int i = 0; i < 200; i++) {
                assertThat(throttle.begin("clerk1001", "192.0.2.10").refused()).isFalse();
            }
        }

        @Test
        void a_settled_attempt_cannot_be_counted_twice() {
            FailureThrottle throttle = login();
            for (int i = 0; i < 5; i++) {
                Attempt a = throttle.begin("clerk1001", "192.0.2.10");
                a.failed();
                a.failed();
                a.succeeded();
                a.release();
            }
            assertThat(throttle.begin("clerk1001", "192.0.2.10").refused()).as("five failures, not ten").isFalse();
        }
    }

    @Nested
    class StatusLookup {

        @Test
        void sixty_wrong_national_codes_from_seven_addresses_are_throttled_per_tracking_code() {
            FailureThrottle throttle = lookup();
            String code = "1234567890123456";
            int letThrough = 0;
            for (int i = 0; i < 60; i++) {
                Attempt a = throttle.begin(code, "198.51.100." + (i % 7));
                if (!a.refused()) {
                    letThrough++;
                    a.failed();
                }
                advance(Duration.ofMillis(50));
            }
            assertThat(letThrough).as("five free, then one for each address that had not failed yet").isEqualTo(7);
            for (int address = 0; address < 7; address++) {
                Attempt right = throttle.begin(code, "198.51.100." + address);
                assertThat(right.refused()).isTrue();
                assertThat(right.limit()).isEqualTo(Limit.SUBJECT);
            }
        }

        @Test
        void an_attacker_guessing_national_codes_cannot_lock_the_owner_out_of_their_tracking_code() {
            FailureThrottle throttle = lookup();
            String code = "1234567890123456";
            long start = nanos.get();
            // an hour of guessing from seven addresses, as fast as the limit lets them
            while (nanos.get() - start < Duration.ofHours(1).toNanos()) {
                for (int address = 0; address < 7; address++) {
                    Attempt a = throttle.begin(code, "198.51.100." + address);
                    if (!a.refused()) {
                        a.failed();
                    }
                }
                advance(Duration.ofMillis(500));
            }
            Attempt owner = throttle.begin(code, "192.0.2.10");
            assertThat(owner.refused()).isFalse();
            owner.succeeded();
        }

        @Test
        void guesses_at_a_paused_code_are_limited_to_one_per_pause_once_every_address_has_failed() {
            FailureThrottle throttle = lookup();
            String code = "1234567890123456";
            int letThrough = 0;
            long start = nanos.get();
            while (nanos.get() - start < Duration.ofHours(1).toNanos()) {
                for (int address = 0; address < 7; address++) {
                    Attempt a = throttle.begin(code, "198.51.100." + address);
                    if (!a.refused()) {
                        letThrough++;
                        a.failed();
                    }
                }
                advance(Duration.ofSeconds(1));
            }
            // 7 to make every address a suspect, ~9 while the pause grows to its 5 min, then one per 5 min
            assertThat(letThrough).isBetween(15, 7 + 9 + 12 + 2);
        }
    }

    @Nested
    class Memory {

        @Test
        void memory_is_bounded_and_a_flood_of_one_off_keys_does_not_evict_a_key_under_attack() {
            FailureThrottle throttle = new FailureThrottle(new Backoff(5, TWO_SECONDS, FIVE_MINUTES),
                    new Backoff(5, TWO_SECONDS, FIVE_MINUTES), new Backoff(1_000_000, TWO_SECONDS, FIVE_MINUTES),
                    Duration.ofHours(1), 100, nanos::get);
            for (int i = 0; i < 8; i++) {
                Attempt a = throttle.begin("target", "198.51.100.1");
                if (!a.refused()) {
                    a.failed();
                }
            }
            for (int i = 0; i < 10_000; i++) {
                failOnce(throttle, "junk-" + i, "203.0.113." + (i % 250));
            }
            assertThat(java.util.Arrays.stream(throttle.sizes()).max().orElseThrow()).isLessThanOrEqualTo(100);
            assertThat(throttle.begin("target", "198.51.100.1").refused()).isTrue();
        }

        @Test
        void a_very_long_account_name_is_kept_as_a_hash() {
            FailureThrottle throttle = login();
            String huge = "x".repeat(8_000);
            for (int i = 0; i < 6; i++) {
                failOnce(throttle, huge, "192.0.2.10");
            }
            assertThat(throttle.begin(huge, "192.0.2.10").refused()).isTrue();
            assertThat(throttle.begin("x".repeat(7_999), "192.0.2.11").refused()).isFalse();
        }
    }
}
