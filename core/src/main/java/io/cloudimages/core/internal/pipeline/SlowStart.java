package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.internal.ratelimit.Pacer;
import io.cloudimages.core.ratelimit.RequestRate;

import java.time.Duration;

/**
 * Half speed for concurrent requests in the first second of an action's use, like TCP's slow
 * start; one state per rate-limit key.
 *
 * <p>The rate limit holds on the instants permits are granted, but the cloud counts arrivals.
 * Right after start-up (classes loading, the first connections being opened, on both sides)
 * and after a long idle spell (pooled connections closed), the first requests take tens of
 * milliseconds longer to arrive than the ones that follow on warm connections, so concurrent
 * callers can bunch up at the server with requests granted a second later. Granting them half
 * as many in that first second leaves room for the delay.
 *
 * <p>A caller alone on its key (no other caller waiting for a permit or awaiting an answer) goes
 * at full speed even then: its request is granted only after the previous one was answered, so
 * after the previous one arrived, and the limiter's spacing alone keeps any N + 1 of its
 * arrivals more than a window apart, however late the first of them arrived.
 */
final class SlowStart {

    private final long warmUpNanos;
    private final long idleNanos;
    private long startedAt;
    private long lastUse;
    private Pacer halfRate;
    private RequestRate pacedRate;

    SlowStart(Duration warmUp, Duration idle, long now) {
        this.warmUpNanos = warmUp.toNanos();
        this.idleNanos = idle.toNanos();
        this.startedAt = now;
        this.lastUse = now;
    }

    /**
     * Reserves a warm-up slot when one is needed.
     *
     * @param othersActive whether another caller of this key is waiting for a permit or for an answer
     * @return nanoseconds to wait (0: go now), or {@link Pacer#TOO_LATE} when no slot is free within {@code maxWaitNanos}
     */
    synchronized long reserve(long now, long maxWaitNanos, RequestRate rate, boolean othersActive) {
        if (now - lastUse > idleNanos) {
            startedAt = now;
        }
        lastUse = now;
        if (now - startedAt >= warmUpNanos || !othersActive) {
            return 0;
        }
        if (halfRate == null || !rate.equals(pacedRate)) {
            RequestRate half = new RequestRate(Math.max(2, rate.limit() / 2), rate.window());
            halfRate = new Pacer(half.spacing().toNanos(), now);
            pacedRate = rate;
        }
        return halfRate.reserve(now, maxWaitNanos);
    }
}
