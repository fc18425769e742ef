package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What services share besides the limits themselves: circuit breakers, and the admission state
 * of each rate-limit key (adapted rates after throttling, slow starts, requests in flight).
 * Services that share a rate-limiter backend share these too, so the default backend makes them
 * JVM-wide, and a backend of one's own ({@link RateLimiterBackend#newLocal()}) keeps them apart.
 */
final class SharedState {

    private static final Map<RateLimiterBackend, SharedState> BY_BACKEND = Collections.synchronizedMap(new WeakHashMap<>());

    // neither refers to the backend, or the weak map could never let a backend go
    final Admission admission = new Admission();
    final Map<Object, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    static SharedState of(RateLimiterBackend backend) {
        return BY_BACKEND.computeIfAbsent(backend, b -> new SharedState());
    }
}
