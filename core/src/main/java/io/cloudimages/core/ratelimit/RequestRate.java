package io.cloudimages.core.ratelimit;

import io.cloudimages.spi.Action;

import java.time.Duration;
import java.util.Objects;

/**
 * A request-rate limit as the clouds publish and enforce it: at most {@link #limit()} requests
 * arrive in <em>any</em> sliding window of {@link #window()}, not just in each calendar second.
 *
 * <p>A limiter that allows N per fixed window lets 2N through across a window boundary. Backends
 * must hold the sliding bound; the one guarantee every backend gives is that two requests
 * {@code limit} apart in the sequence are more than a window apart. Spacing grants
 * {@link #spacing()} apart achieves it and sustains {@code limit - 1} requests per window.
 *
 * @param limit  requests allowed in any window, at least 2
 * @param window the window, one second plus a small guard
 */
public record RequestRate(int limit, Duration window) {

    /** The largest limit accepted; no cloud publishes more. */
    public static final int MAX_LIMIT = Action.MAX_REQUESTS_PER_SECOND;

    public RequestRate {
        Objects.requireNonNull(window, "window");
        requireValidLimit(limit, "rate limit");
        if (window.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("a rate-limit window must be at least 1 ms, got " + window);
        }
    }

    /** At most {@code limit} requests in any second. */
    public static RequestRate perSecond(int limit) {
        return new RequestRate(limit, Duration.ofSeconds(1));
    }

    /** The same limit over a window longer by {@code guard}. */
    public RequestRate withGuard(Duration guard) {
        return new RequestRate(limit, window.plus(guard));
    }

    /** The interval between grants that keeps the sliding bound: window / (limit - 1), rounded up. */
    public Duration spacing() {
        long nanos = window.toNanos();
        return Duration.ofNanos((nanos + limit - 2) / (limit - 1));
    }

    /** Requests per second sustained when grants are {@link #spacing()} apart. */
    public double sustainedPerSecond() {
        return 1e9 / spacing().toNanos();
    }

    /** Checks a limit from settings or configuration; see {@link Action#requireValidLimit}. */
    public static int requireValidLimit(int limit, String what) {
        return Action.requireValidLimit(limit, what);
    }

    @Override
    public String toString() {
        return limit + " per " + window.toMillis() + " ms";
    }
}
