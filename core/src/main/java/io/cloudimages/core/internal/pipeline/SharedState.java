package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What services share besides the limits themselves: circuit breakers, hold-backs after
 * throttling and slow-start phases. Services that share a rate-limiter backend share these too,
 * so the default backend makes them JVM-wide, and a backend of one's own
 * ({@link RateLimiterBackend#newLocal()}) keeps them apart.
 */
final class SharedState {

    private static final Map<RateLimiterBackend, SharedState> BY_BACKEND = Collections.synchronizedMap(new WeakHashMap<>());

    final ThrottleGates gates = new ThrottleGates();
    final SlowStart slowStart = new SlowStart(Duration.ofSeconds(1), Duration.ofSeconds(30));
    final Map<Object, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    static SharedState of(RateLimiterBackend backend) {
        return BY_BACKEND.computeIfAbsent(backend, b -> new SharedState());
    }
}
