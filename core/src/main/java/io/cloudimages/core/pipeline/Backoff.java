package io.cloudimages.core.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait between attempts, and how long to hold back an action after the cloud
 * throttled it.
 *
 * @param initial        the wait before the first retry; each further retry doubles it
 * @param max            the longest wait between two attempts
 * @param throttlePause  how long an action is held back after the cloud says "rate limited";
 *                       doubles while throttling answers keep coming
 * @param maxThrottlePause the longest hold-back
 */
public record Backoff(Duration initial, Duration max, Duration throttlePause, Duration maxThrottlePause) {

    private static final Backoff DEFAULT = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5),
            Duration.ofMillis(500), Duration.ofSeconds(10));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(throttlePause, "throttlePause");
        Objects.requireNonNull(maxThrottlePause, "maxThrottlePause");
        if (initial.isNegative() || max.compareTo(initial) < 0 || throttlePause.isNegative()
                || maxThrottlePause.compareTo(throttlePause) < 0) {
            throw new IllegalArgumentException("back-off durations must be non-negative with each maximum at least"
                    + " its starting value: " + initial + ", " + max + ", " + throttlePause + ", " + maxThrottlePause);
        }
    }

    /** 200 ms doubling up to 5 s between attempts; 500 ms doubling up to 10 s of hold-back after throttling. */
    public static Backoff defaults() {
        return DEFAULT;
    }
}
