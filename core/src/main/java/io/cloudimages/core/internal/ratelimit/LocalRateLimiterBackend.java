package io.cloudimages.core.internal.ratelimit;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RequestRate;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The in-process backend, on Resilience4j's {@link AtomicRateLimiter}.
 *
 * <p>Resilience4j counts in fixed cycles, which alone would let 2N requests through across a
 * cycle boundary. Configured with one permit per cycle and a cycle of
 * {@link RequestRate#spacing()} (window / (N - 1)), any N + 1 grants span N cycles, so they are
 * more than a window apart: never more than N in any sliding window, N - 1 sustained.
 * (../shared/reference/libraries-and-style.md section 1.2 has the derivation and the experiment.)
 *
 * <p>Callers reserve a permit and sleep until its cycle, so waiting threads queue in order and
 * wake once, instead of polling. One key has one limiter: when services ask for different rates,
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
    // reservations are decided by our own maxWait check; this only bounds a reservation's length
    private static final Duration RESERVATION_LIMIT = Duration.ofHours(1);

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

    private record Limiter(RequestRate rate, AtomicRateLimiter limiter) {
    }

    @Override
    public boolean acquire(RateLimitKey key, RequestRate rate, Duration maxWait) throws InterruptedException {
        AtomicRateLimiter limiter = limiterFor(key, rate);
        long deadline = nanoClock.get() + maxWait.toNanos();
        while (true) {
            long now = nanoClock.get();
            // look before reserving: a reservation that is then abandoned would delay everyone behind it
            if (limiter.getDetailedMetrics().getNanosToWait() > deadline - now) {
                return false;
            }
            long waitNanos = limiter.reservePermission();
            if (waitNanos < 0 || waitNanos > deadline - now) {
                // others reserved between the look and the reservation; the slot goes unused
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

    /** The key's limiter; a stricter rate than the one it has replaces it, so every service's limit holds. */
    private AtomicRateLimiter limiterFor(RateLimitKey key, RequestRate rate) {
        Limiter current = limiters.get(key);
        if (current != null && (current.rate().equals(rate) || isStricter(current.rate(), rate))) {
            return current.limiter();
        }
        return limiters.compute(key, (k, existing) -> {
            if (existing != null && (existing.rate().equals(rate) || isStricter(existing.rate(), rate))) {
                return existing;
            }
            if (existing != null) {
                LOG.warn("{} is limited to {} by one service and {} by another; the stricter holds for both", key,
                        existing.rate(), rate);
            }
            AtomicRateLimiter limiter = new AtomicRateLimiter(k.toString(), RateLimiterConfig.custom()
                    .limitForPeriod(1)
                    .limitRefreshPeriod(rate.spacing())
                    .timeoutDuration(RESERVATION_LIMIT)
                    .build(), nanoClock);
            if (existing != null) {
                // the first grant of the replacement waits a full cycle, after the old limiter's last one
                limiter.drainPermissions();
            }
            return new Limiter(rate, limiter);
        }).limiter();
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
