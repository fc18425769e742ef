package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RequestRate;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Half speed for the first second of an action's use, like TCP's slow start.
 *
 * <p>The rate limit holds on the instants permits are granted, but the cloud counts arrivals.
 * Right after start-up (classes loading, the first connections being opened, on both sides)
 * and after a long idle spell (pooled connections closed), the first requests take tens of
 * milliseconds longer to arrive than the ones that follow on warm connections, so they bunch
 * up at the server with requests granted a second later. Granting half as many in that first
 * second leaves room for the delay; afterwards the backend's limit alone applies, at full speed.
 *
 * <p>Shared by the services of one rate-limiter backend (see {@link SharedState}).
 */
final class SlowStart {

    private final long warmUpNanos;
    private final long idleNanos;
    private final Supplier<Long> nanoClock;
    private final Sleeper sleeper;
    private final Map<RateLimitKey, Phase> phases = new ConcurrentHashMap<>();

    SlowStart(Duration warmUp, Duration idle) {
        this(warmUp, idle, System::nanoTime, nanos -> TimeUnit.NANOSECONDS.sleep(nanos));
    }

    SlowStart(Duration warmUp, Duration idle, Supplier<Long> nanoClock, Sleeper sleeper) {
        this.warmUpNanos = warmUp.toNanos();
        this.idleNanos = idle.toNanos();
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** How a caller waits for its warm-up slot; replaced in tests that drive a fake clock. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    /**
     * Waits for a warm-up permit while the key is warming up.
     *
     * @return false when none could be granted within {@code maxWaitNanos}
     */
    boolean acquire(RateLimitKey key, RequestRate rate, long maxWaitNanos) throws InterruptedException {
        long now = nanoClock.get();
        Phase phase = phases.computeIfAbsent(key, k -> new Phase(now, rate, nanoClock));
        if (now - phase.lastUse > idleNanos) {
            phase.startedAt = now;
        }
        phase.lastUse = now;
        if (now - phase.startedAt >= warmUpNanos) {
            return true;
        }
        AtomicRateLimiter limiter = phase.limiter;
        if (limiter.getDetailedMetrics().getNanosToWait() > maxWaitNanos) {
            return false;
        }
        long wait = limiter.reservePermission();
        if (wait < 0 || wait > maxWaitNanos) {
            // others reserved between the look and the reservation; the slot goes unused
            return false;
        }
        if (wait > 0) {
            sleeper.sleep(wait);
        }
        return true;
    }

    private static final class Phase {
        volatile long startedAt;
        volatile long lastUse;
        final AtomicRateLimiter limiter;

        Phase(long now, RequestRate rate, Supplier<Long> nanoClock) {
            startedAt = now;
            lastUse = now;
            RequestRate half = new RequestRate(Math.max(2, rate.limit() / 2), rate.window());
            limiter = new AtomicRateLimiter("slow-start", RateLimiterConfig.custom()
                    .limitForPeriod(1)
                    .limitRefreshPeriod(half.spacing())
                    .timeoutDuration(Duration.ofHours(1))
                    .build(), nanoClock);
        }
    }
}
