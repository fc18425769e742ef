package io.cloudimages.core.internal.ratelimit;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RequestRate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The in-process backend: one {@link Pacer} per key, granting permits {@link RequestRate#spacing()}
 * (window / (N - 1)) apart, so any N + 1 grants are more than a window apart: never more than N
 * in any sliding window, N - 1 sustained. A limiter counting N per fixed window would let 2N
 * through across a window boundary.
 *
 * <p>Callers reserve a permit and sleep until its slot, so waiting threads queue in order and
 * wake once, instead of polling. One key has one pacer: when services ask for different rates,
 * the strictest holds for all of them.
 */
public final class LocalRateLimiterBackend implements RateLimiterBackend {

    /**
     * How late a caller may wake after its slot and still use its permit. A thread woken later
     * (CPU starvation, a GC pause) would send its request late, closer to the requests granted a
     * window after it than the limit allows; it takes a new slot instead.
     */
    static final long MAX_LATENESS_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final Logger LOG = LoggerFactory.getLogger(LocalRateLimiterBackend.class);
    private static final LocalRateLimiterBackend SHARED = new LocalRateLimiterBackend(System::nanoTime, Sleeper.REAL);

    private final Map<RateLimitKey, Limiter> limiters = new ConcurrentHashMap<>();
    private final Supplier<Long> nanoClock;
    private final Sleeper sleeper;

    LocalRateLimiterBackend(Supplier<Long> nanoClock, Sleeper sleeper) {
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    public static LocalRateLimiterBackend shared() {
        return SHARED;
    }

    /** A backend of its own, for tests that must not share limits with the rest of the JVM. */
    public static LocalRateLimiterBackend isolated() {
        return new LocalRateLimiterBackend(System::nanoTime, Sleeper.REAL);
    }

    private record Limiter(RequestRate rate, Pacer pacer) {
    }

    @Override
    public boolean acquire(RateLimitKey key, RequestRate rate, Duration maxWait) throws InterruptedException {
        Pacer pacer = pacerFor(key, rate);
        long deadline = nanoClock.get() + maxWait.toNanos();
        while (true) {
            long now = nanoClock.get();
            long waitNanos = pacer.reserve(now, deadline - now);
            if (waitNanos == Pacer.TOO_LATE) {
                return false;
            }
            if (waitNanos == 0) {
                return true;
            }
            sleeper.sleep(waitNanos);
            long lateness = nanoClock.get() - (now + waitNanos);
            if (lateness <= MAX_LATENESS_NANOS) {
                return true;
            }
            LOG.debug("{}: woke {} µs after its rate-limit slot; taking a new slot", key, lateness / 1000);
        }
    }

    /** The key's pacer; a stricter rate than the one it has tightens it, so every service's limit holds. */
    private Pacer pacerFor(RateLimitKey key, RequestRate rate) {
        Limiter current = limiters.get(key);
        if (current != null && (current.rate().equals(rate) || isStricter(current.rate(), rate))) {
            return current.pacer();
        }
        return limiters.compute(key, (k, existing) -> {
            if (existing == null) {
                return new Limiter(rate, new Pacer(rate.spacing().toNanos(), nanoClock.get()));
            }
            if (existing.rate().equals(rate) || isStricter(existing.rate(), rate)) {
                return existing;
            }
            LOG.warn("{} is limited to {} by one service and {} by another; the stricter holds for both", key,
                    existing.rate(), rate);
            existing.pacer().spacing(rate.spacing().toNanos());
            return new Limiter(rate, existing.pacer());
        }).pacer();
    }

    private static boolean isStricter(RequestRate a, RequestRate b) {
        return a.spacing().compareTo(b.spacing()) > 0;
    }

    /** How a granted caller waits for its cycle; replaced in tests that drive a fake clock. */
    interface Sleeper {
        Sleeper REAL = nanos -> TimeUnit.NANOSECONDS.sleep(nanos);

        void sleep(long nanos) throws InterruptedException;
    }
}
