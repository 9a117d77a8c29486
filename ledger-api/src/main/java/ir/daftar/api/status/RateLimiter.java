package ir.daftar.api.status;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, in memory: {@code capacity} requests at once, refilled at
 * {@code refillPerMinute}. Full, idle buckets are dropped when the map grows large, so a flood of
 * distinct clients cannot exhaust memory. Per instance: behind a load balancer each instance limits
 * on its own (the limit then multiplies by the instance count, still far below enumeration rates).
 */
final class RateLimiter {

    private final int capacity;
    private final double tokensPerNano;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, int refillPerMinute, int maxClients, LongSupplier nanoTime) {
        if (capacity < 1 || refillPerMinute < 1) {
            throw new IllegalArgumentException("rate limit capacity and refill must be positive");
        }
        this.capacity = capacity;
        this.tokensPerNano = refillPerMinute / (double) Duration.ofMinutes(1).toNanos();
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
    }

    /** Takes one token for the client; empty when allowed, else how long until a token is back. */
    Duration acquire(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > maxClients) {
            buckets.values().removeIf(b -> b.isFullAt(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
