package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.core.ratelimit.RateLimitKey;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds an action back after the cloud throttled it despite the client-side limit (other clients
 * share the account). The hold-back doubles while throttling answers keep coming and resets once
 * none has come for twice the longest hold-back, so the action recovers on its own.
 *
 * <p>Throttling answers that were already in flight when a hold-back began do not lengthen it:
 * only an answer after the hold-back counts as a new strike. The cloud's retry hint is honoured
 * up to the longest hold-back.
 */
final class ThrottleGates {

    private final Map<RateLimitKey, Gate> gates = new ConcurrentHashMap<>();

    /** Nanoseconds until the key may send again; 0 when it may send now. */
    long pauseRemaining(RateLimitKey key, long now) {
        Gate gate = gates.get(key);
        return gate == null ? 0 : Math.max(0, gate.pausedUntil - now);
    }

    /** Records a throttling answer; returns the new hold-back. */
    Duration onThrottled(RateLimitKey key, Duration retryAfter, Backoff backoff, long now) {
        return gates.computeIfAbsent(key, k -> new Gate(now)).onThrottled(retryAfter, backoff, now);
    }

    private static final class Gate {
        private volatile long pausedUntil;
        private int strikes;
        private long lastThrottle;

        Gate(long now) {
            pausedUntil = now;
        }

        synchronized Duration onThrottled(Duration retryAfter, Backoff backoff, long now) {
            if (strikes > 0 && now - pausedUntil < 0) {
                // sent before the hold-back began: already accounted for
                return Duration.ofNanos(pausedUntil - now);
            }
            long quiet = backoff.maxThrottlePause().toNanos() * 2;
            strikes = strikes > 0 && now - lastThrottle <= quiet ? Math.min(strikes + 1, 30) : 1;
            lastThrottle = now;
            long max = backoff.maxThrottlePause().toNanos();
            long pause = backoff.throttlePause().toNanos();
            for (int i = 1; i < strikes && pause < max; i++) {
                pause *= 2;
            }
            pause = Math.min(pause, max);
            if (retryAfter != null) {
                // compared as durations first: a hint of years would overflow in nanoseconds
                pause = Math.max(pause, retryAfter.compareTo(backoff.maxThrottlePause()) >= 0 ? max : retryAfter.toNanos());
            }
            if (now + pause - pausedUntil > 0) {
                pausedUntil = now + pause;
            }
            return Duration.ofNanos(pause);
        }
    }
}
