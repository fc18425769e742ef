package io.cloudimages.ratelimit.redis.internal;

import io.cloudimages.core.ratelimit.RequestRate;
import io.github.bucket4j.BucketConfiguration;

import java.time.Duration;

/**
 * The bucket that holds a {@link RequestRate} across replicas. The cloud counts at most N
 * arrivals in any sliding second; a bucket of capacity N refilled N a second lets 2N through
 * across a boundary. A bucket of capacity k refilled greedily with N - k per period admits at most
 * k + (N - k) * L / period in any window L, so at most N in the rate's window when the period is
 * that window; the period also has room for the replicas' clocks to disagree, since each refills
 * the shared bucket by its own clock and one running ahead adds what it is ahead by.
 *
 * <p>k is a fiftieth of N, at least 1: a small burst after a quiet spell. Callers reserve their
 * slot and sleep until it, so under load every grant is spaced (N - k) a period apart, and the
 * rate sustained is (N - k) per period: 96% of N at 288/s, 95% at 40/s, and 9 of 10 at 10/s
 * (with any k of at least one, N - 1 is the most a sliding-window bound lets through).
 *
 * @param capacity     k
 * @param refillTokens N - k
 * @param refillPeriod the rate's window and the allowance for clock skew
 */
record BucketShape(long capacity, long refillTokens, Duration refillPeriod) {

    /**
     * Room in each refill period, beyond the rate's guard, for the replicas' clocks to disagree and
     * for a permit to be used late (a slow answer from Redis, a late wake-up): NTP keeps servers
     * within a few milliseconds.
     */
    static final Duration CLOCK_SKEW = Duration.ofMillis(10);

    static BucketShape of(RequestRate rate) {
        long burst = Math.max(1, rate.limit() / 50);
        return new BucketShape(burst, rate.limit() - burst, rate.window().plus(CLOCK_SKEW));
    }

    BucketConfiguration configuration() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(refillTokens, refillPeriod))
                .build();
    }

    /**
     * Orders shapes by strictness, for Bucket4j's configuration versions: the nanoseconds per
     * token. Replicas asking for different limits of one key converge on the strictest, as the
     * local backend does.
     */
    long version() {
        return (refillPeriod.toNanos() + refillTokens - 1) / refillTokens;
    }

    /** The most grants in any window of this length: k + (N - k) * L / period. */
    long mostIn(Duration window) {
        return capacity + (long) Math.floor(refillTokens * (double) window.toNanos() / refillPeriod.toNanos());
    }

    /** Grants per second sustained under load. */
    double sustainedPerSecond() {
        return refillTokens * 1e9 / refillPeriod.toNanos();
    }
}
