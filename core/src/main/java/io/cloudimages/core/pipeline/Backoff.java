package io.cloudimages.core.pipeline;

import io.cloudimages.ApplicationApi;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait between attempts, and how long the cloud's own hint may hold an action back.
 *
 * <p>After a throttling answer the action is not paused but slowed: its rate is cut to 3/4 of
 * what it sent in the last second, then grows back by a tenth of that each second (see the
 * README's "When the cloud throttles anyway").
 *
 * @param initial       the wait before the first retry; each further retry doubles it
 * @param max           the longest wait between two attempts
 * @param maxRetryAfter the longest the cloud's {@code Retry-After} hint holds an action back
 */
@ApplicationApi
public record Backoff(Duration initial, Duration max, Duration maxRetryAfter) {

    private static final Backoff DEFAULT = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5),
            Duration.ofSeconds(10));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initial.isNegative() || max.compareTo(initial) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("back-off durations must be non-negative, with the longest wait at least"
                    + " the first: " + initial + ", " + max + ", " + maxRetryAfter);
        }
    }

    /** 200 ms doubling up to 5 s between attempts; a Retry-After hint is honoured up to 10 s. */
    public static Backoff defaults() {
        return DEFAULT;
    }
}
