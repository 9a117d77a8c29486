package ir.daftar.api.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A12: growing pauses after failed attempts at a secret, a password or the national code of a public
 * status lookup. The <em>subject</em> is what is guessed at (an account, a tracking code), the
 * <em>client</em> who guesses (an address, see {@link ClientAddress}). Failures are counted per
 * subject and client, per subject, and (optionally) per client across subjects. After a key's free
 * failures each further failure pauses it for {@code base · 2^(n-1)}, at most {@code max}; while paused
 * it is refused without looking at the secret, and refusals do not count, so a pause never outlasts
 * {@code max} after the last failure. A key without a failure for {@code forgetAfter} starts afresh.
 *
 * <p>The pause of a subject applies to the clients that have failed on it. A client that has not
 * failed on the subject is let through, one attempt at a time, even while the subject is paused: so
 * whoever attacks a subject from elsewhere cannot keep its owner out; each address they control buys
 * them one more attempt, after which it is paused with the others. A success resets the count of that
 * subject for that client, never the subject's or the client's own count (an attacker holding one valid
 * account must not be able to wipe their record by signing in).
 *
 * <p>Once a key has failures, attempts in flight count against what is left of its allowance (one at a
 * time when it is in its paused regime), so parallel requests cannot squeeze in more guesses than
 * sequential ones. A key with no failure is not gated: the owner's ordinary traffic is never slowed. The
 * count per client across subjects only pauses; it does not gate attempts in flight, since many people
 * may sit behind one address.
 *
 * <p>Memory is bounded: each of the three maps holds at most {@code maxEntries} keys; beyond that the
 * forgotten keys go first, then those with the fewest failures, so a flood of one-off keys evicts
 * itself rather than a key under attack. In memory, per instance.
 */
public final class FailureThrottle {

    /** Refusal for an attempt that has to wait for another one in flight on the same key. */
    static final Duration BUSY = Duration.ofSeconds(1);
    private static final int MAX_KEY_LENGTH = 64;

    private final Backoff pairPolicy;
    private final Backoff subjectPolicy;
    private final Backoff clientPolicy;
    private final long forgetAfterNanos;
    private final LongSupplier nanoTime;
    private final Keys pairs;
    private final Keys subjects;
    private final Keys clients;

    /**
     * @param pair    failures of one client on one subject
     * @param subject failures on one subject from every client (applied to the clients that failed on it)
     * @param client  failures of one client across subjects, or {@code null} for none
     */
    public FailureThrottle(Backoff pair, Backoff subject, Backoff client, Duration forgetAfter, int maxEntries,
                           LongSupplier nanoTime) {
        if (forgetAfter.compareTo(pair.max()) < 0 || forgetAfter.compareTo(subject.max()) < 0
                || (client != null && forgetAfter.compareTo(client.max()) < 0)) {
            throw new IllegalArgumentException("failures must be remembered at least as long as the longest pause");
        }
        if (maxEntries < 10) {
            throw new IllegalArgumentException("maxEntries must be at least 10");
        }
        this.pairPolicy = pair;
        this.subjectPolicy = subject;
        this.clientPolicy = client;
        this.forgetAfterNanos = forgetAfter.toNanos();
        this.nanoTime = nanoTime;
        this.pairs = new Keys(maxEntries);
        this.subjects = new Keys(maxEntries);
        this.clients = new Keys(maxEntries);
    }

    /**
     * After {@code free} failures, failure {@code free + n} pauses the key for {@code base · 2^(n-1)}, at most
     * {@code max}.
     */
    public record Backoff(int free, Duration base, Duration max) {
        public Backoff {
            if (free < 0 || base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
                throw new IllegalArgumentException("free >= 0 and 0 < base <= max");
            }
        }

        /** The pause after the {@code failures}-th failure (zero within the free ones). */
        public Duration pauseAfter(int failures) {
            int beyond = failures - free;
            if (beyond <= 0) {
                return Duration.ZERO;
            }
            long nanos = base.toNanos();
            for (int i = 1; i < beyond && nanos < max.toNanos(); i++) {
                nanos *= 2;
            }
            return Duration.ofNanos(Math.min(nanos, max.toNanos()));
        }
    }

    /** Which count refused an attempt. */
    public enum Limit { CLIENT, SUBJECT, SUBJECT_AND_CLIENT, IN_FLIGHT }

    /** Starts an attempt of {@code client} at {@code subject}: refused, or admitted and to be settled. */
    public Attempt begin(String subject, String client) {
        long now = nanoTime.getAsLong();
        String subjectKey = key(subject);
        String clientKey = key(client);
        String pairKey = subjectKey + '\n' + clientKey;
        Attempt attempt = new Attempt(subjectKey, clientKey, pairKey);
        if (clientPolicy != null) {
            // across subjects only the pause holds, not the count in flight: many people may sit behind
            // one address (an office), and their parallel requests are not guesses at one secret
            State c = clients.get(clientKey);
            if (c != null && !attempt.enter(null, c.pauseLeft(now, clientPolicy), Limit.CLIENT)) {
                return attempt;
            }
        }
        State s = subjects.get(subjectKey);
        State p = pairs.get(pairKey);
        if (p != null && p.failures(now) > 0) {
            // this client has failed on the subject: its own count and the subject's both hold it
            if (!attempt.enter(p, p.enter(now, pairPolicy, true, false), Limit.SUBJECT_AND_CLIENT)) {
                return attempt;
            }
            if (s != null) {
                attempt.enter(s, s.enter(now, subjectPolicy, true, false), Limit.SUBJECT);
            }
        } else if (s != null && s.failures(now) > subjectPolicy.free()) {
            // a client with no failure on a subject under attack: let through, one attempt at a time
            State probe = pairs.getOrCreate(pairKey, now);
            attempt.enter(probe, probe.enter(now, pairPolicy, false, true), Limit.IN_FLIGHT);
        } else if (s != null) {
            attempt.enter(s, s.enter(now, subjectPolicy, false, false), Limit.IN_FLIGHT);
        }
        return attempt;
    }

    /** The number of keys held (pairs, subjects, clients), for tests of the memory bound. */
    int[] sizes() {
        return new int[] {pairs.map.size(), subjects.map.size(), clients.map.size()};
    }

    private static String key(String value) {
        String v = value == null ? "" : value;
        if (v.length() <= MAX_KEY_LENGTH) {
            return v;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(v.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One attempt: refused (with how long to wait), or admitted until it is settled exactly once. */
    public final class Attempt {
        private final String subjectKey;
        private final String clientKey;
        private final String pairKey;
        private final List<State> entered = new ArrayList<>(3);
        private Duration retryAfter = Duration.ZERO;
        private Limit limit;
        private boolean settled;

        private Attempt(String subjectKey, String clientKey, String pairKey) {
            this.subjectKey = subjectKey;
            this.clientKey = clientKey;
            this.pairKey = pairKey;
        }

        private boolean enter(State state, long waitNanos, Limit which) {
            if (waitNanos == 0) {
                if (state != null) {
                    entered.add(state);
                }
                return true;
            }
            retryAfter = waitNanos < 0 ? BUSY : Duration.ofNanos(waitNanos);
            limit = waitNanos < 0 ? Limit.IN_FLIGHT : which;
            settled = true;
            exitAll();
            return false;
        }

        public boolean refused() {
            return limit != null;
        }

        /** How long the client should wait before trying again (zero when admitted). */
        public Duration retryAfter() {
            return retryAfter;
        }

        /** Which count refused it, or {@code null} when admitted. */
        public Limit limit() {
            return limit;
        }

        /**
         * The secret was wrong: counts the failure for the pair, the subject and the client. Returns the
         * pause this client now faces on this subject (zero while within the free failures).
         */
        public synchronized Duration failed() {
            if (settled) {
                return Duration.ZERO;
            }
            settled = true;
            long now = nanoTime.getAsLong();
            long pause = pairs.getOrCreate(pairKey, now).fail(now, pairPolicy);
            pause = Math.max(pause, subjects.getOrCreate(subjectKey, now).fail(now, subjectPolicy));
            if (clientPolicy != null) {
                pause = Math.max(pause, clients.getOrCreate(clientKey, now).fail(now, clientPolicy));
            }
            exitAll();
            return Duration.ofNanos(pause);
        }

        /** The secret was right: this client's count on this subject starts afresh. */
        public synchronized void succeeded() {
            if (settled) {
                return;
            }
            settled = true;
            pairs.map.remove(pairKey);
            exitAll();
        }

        /** Neither (the attempt was abandoned): frees its place, counts nothing. Harmless once settled. */
        public synchronized void release() {
            if (!settled) {
                settled = true;
                exitAll();
            }
        }

        private void exitAll() {
            entered.forEach(State::exit);
            entered.clear();
        }
    }

    private final class State {
        private int failures;
        private long lastFailure;
        private long pausedUntil;
        private int inFlight;

        /** The failures that count now (forgotten after a quiet period). */
        synchronized int failures(long now) {
            if (failures > 0 && now - lastFailure > forgetAfterNanos) {
                failures = 0;
            }
            return failures;
        }

        /** The pause left in nanoseconds, 0 when none. */
        synchronized long pauseLeft(long now, Backoff policy) {
            return failures(now) > policy.free() && pausedUntil - now > 0 ? pausedUntil - now : 0;
        }

        /**
         * Admits one attempt: 0 when admitted (and counted in flight), the pause left in nanoseconds when
         * paused, -1 when the attempts already in flight use up what the key allows.
         */
        synchronized long enter(long now, Backoff policy, boolean honourPause, boolean oneAtATime) {
            int f = failures(now);
            long pause = honourPause ? pauseLeft(now, policy) : 0;
            if (pause > 0) {
                return pause;
            }
            int allowed = oneAtATime || f > policy.free() ? 1 : f == 0 ? Integer.MAX_VALUE : policy.free() + 1 - f;
            if (inFlight >= allowed) {
                return -1;
            }
            inFlight++;
            return 0;
        }

        synchronized void exit() {
            if (inFlight > 0) {
                inFlight--;
            }
        }

        /** Counts a failure; returns the pause it starts (0 within the free failures). */
        synchronized long fail(long now, Backoff policy) {
            failures(now);
            failures++;
            lastFailure = now;
            long pause = policy.pauseAfter(failures).toNanos();
            if (pause > 0) {
                pausedUntil = now + pause;
            }
            return pause;
        }

        synchronized boolean idle(long now) {
            return inFlight == 0 && failures(now) == 0;
        }

        /** For eviction: failures and age, read once (a sort must not see them change), or null when in flight. */
        synchronized long[] snapshot(long now) {
            return inFlight > 0 ? null : new long[] {failures, now - lastFailure};
        }
    }

    private record Candidate(String key, State state, long failures, long age) {
    }

    /** A bounded map of keys to their counts. */
    private final class Keys {
        private final int maxEntries;
        private final Map<String, State> map = new ConcurrentHashMap<>();

        Keys(int maxEntries) {
            this.maxEntries = maxEntries;
        }

        State get(String key) {
            return map.get(key);
        }

        State getOrCreate(String key, long now) {
            State state = map.get(key);
            if (state != null) {
                return state;
            }
            if (map.size() >= maxEntries) {
                evict(now);
            }
            return map.computeIfAbsent(key, k -> new State());
        }

        /** Down to nine tenths of the bound: forgotten keys first, then the fewest failures, oldest first. */
        private synchronized void evict(long now) {
            if (map.size() < maxEntries) {
                return;
            }
            map.entrySet().removeIf(e -> e.getValue().idle(now));
            int target = maxEntries - Math.max(1, maxEntries / 10);
            if (map.size() <= target) {
                return;
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Map.Entry<String, State> e : map.entrySet()) {
                long[] s = e.getValue().snapshot(now);
                if (s != null) {
                    candidates.add(new Candidate(e.getKey(), e.getValue(), s[0], s[1]));
                }
            }
            candidates.sort(Comparator.comparingLong(Candidate::failures).thenComparing(Comparator.comparingLong(
                    Candidate::age).reversed()));
            for (int i = 0; i < candidates.size() && map.size() > target; i++) {
                map.remove(candidates.get(i).key(), candidates.get(i).state());
            }
        }
    }
}
