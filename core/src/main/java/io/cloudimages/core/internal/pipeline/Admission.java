package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.internal.ratelimit.Pacer;
import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ThrottledException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The first stage of every attempt: waits until its request may be sent. In order, for the
 * request's rate-limit key: the cloud's {@code Retry-After} hold, the adapted rate after
 * throttling ({@link AdaptiveRate}), the {@link SlowStart}, and the rate limit itself (the
 * backend's permit: the one bound shared beyond this JVM, so it comes last, right before sending).
 *
 * <p>Shared by the services of one rate-limiter backend (see {@link SharedState}).
 */
final class Admission {

    private static final Duration SLOW_START = Duration.ofSeconds(1);
    private static final Duration IDLE_BEFORE_SLOW_START = Duration.ofSeconds(30);

    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final Map<RateLimitKey, KeyState> states = new ConcurrentHashMap<>();

    Admission() {
        this(System::nanoTime, nanos -> TimeUnit.NANOSECONDS.sleep(nanos));
    }

    Admission(LongSupplier nanoClock, Sleeper sleeper) {
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** How a caller waits for its slot; replaced in tests that drive a simulated clock. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    /** A permit to send one request. Closing it says the request is over: answered, or failed. */
    static final class Permit implements AutoCloseable {
        private final KeyState state;
        private boolean open = true;

        private Permit(KeyState state) {
            this.state = state;
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                state.active.decrementAndGet();
            }
        }
    }

    /**
     * Waits for every stage to let the request go.
     *
     * @param backend  where the rate limit itself is kept
     * @param deadline the call's deadline, a {@link System#nanoTime()} value
     * @throws ThrottledException from the client, when some stage cannot let it go before the deadline
     */
    Permit await(RateLimiterBackend backend, RateLimitKey key, RequestRate rate, long deadline, ErrorContext context, CloudImagesException previous)
            throws InterruptedException {
        KeyState state = states.computeIfAbsent(key, k -> new KeyState(rate.window(), nanoClock.getAsLong()));
        state.active.incrementAndGet();
        boolean admitted = false;
        try {
            Permit permit = admit(backend, state, key, rate, deadline, context, previous);
            admitted = true;
            return permit;
        } finally {
            if (!admitted) {
                state.active.decrementAndGet();
            }
        }
    }

    private Permit admit(RateLimiterBackend backend, KeyState state, RateLimitKey key, RequestRate rate, long deadline,
                         ErrorContext context, CloudImagesException previous) throws InterruptedException {
        String action = key.action();
        while (true) {
            waitFor(state.adaptive.holdRemaining(nanoClock.getAsLong()), deadline, () -> "the cloud asked to wait"
                    + " (Retry-After) before sending " + action + " again, beyond the call deadline", context, previous);
            long cuts = state.adaptive.cuts();
            long now = nanoClock.getAsLong();
            waitFor(state.adaptive.reserve(now, Math.max(0, deadline - now), rate.sustainedPerSecond()), deadline,
                    () -> "the cloud throttled " + action + " recently; at the reduced rate of "
                            + String.format("%.1f", state.adaptive.rate(nanoClock.getAsLong()))
                            + " requests/s no slot is free within the call deadline", context, previous);
            now = nanoClock.getAsLong();
            waitFor(state.slowStart.reserve(now, Math.max(0, deadline - now), rate, state.active.get() > 1), deadline,
                    () -> "no rate-limit permit for " + action + " within the call deadline while it warms up",
                    context, previous);
            if (!backend.acquire(key, rate, Duration.ofNanos(Math.max(0, deadline - nanoClock.getAsLong())))) {
                throw ThrottledException.byClient("no rate-limit permit for " + action + " (" + rate.limit()
                        + " requests/s) within the call deadline; too many calls are queued for it", context, previous);
            }
            now = nanoClock.getAsLong();
            // throttling that began while this caller waited would refuse the request: start again at the new pace
            if (state.adaptive.holdRemaining(now) == 0 && state.adaptive.cuts() == cuts) {
                state.adaptive.onSent(now);
                return new Permit(state);
            }
        }
    }

    /** Records a throttling answer for the key, with the cloud's hint if it gave one. */
    void onThrottled(RateLimitKey key, RequestRate rate, Duration retryAfter, Duration maxHold) {
        long now = nanoClock.getAsLong();
        states.computeIfAbsent(key, k -> new KeyState(rate.window(), now))
                .adaptive.onThrottled(now, retryAfter, maxHold, rate.sustainedPerSecond());
    }

    /** The rate the key is held to after throttling, in requests per second; +infinity when it is not. */
    double adaptedRate(RateLimitKey key) {
        KeyState state = states.get(key);
        return state == null ? Double.POSITIVE_INFINITY : state.adaptive.rate(nanoClock.getAsLong());
    }

    private void waitFor(long nanos, long deadline, Supplier<String> refusal, ErrorContext context,
                         CloudImagesException previous) throws InterruptedException {
        if (nanos == Pacer.TOO_LATE || (nanos > 0 && nanoClock.getAsLong() + nanos - deadline >= 0)) {
            throw ThrottledException.byClient(refusal.get(), context, previous);
        }
        if (nanos > 0) {
            sleeper.sleep(nanos);
        }
    }

    private static final class KeyState {
        final AdaptiveRate adaptive;
        final SlowStart slowStart;
        /** Callers waiting for admission or with a request out: from entering {@link #await} to closing the permit. */
        final AtomicInteger active = new AtomicInteger();

        KeyState(Duration window, long now) {
            adaptive = new AdaptiveRate(window, now);
            slowStart = new SlowStart(SLOW_START, IDLE_BEFORE_SLOW_START, now);
        }
    }
}
