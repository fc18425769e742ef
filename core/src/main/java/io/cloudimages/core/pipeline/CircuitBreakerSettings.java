package io.cloudimages.core.pipeline;

import io.cloudimages.ApplicationApi;

import java.time.Duration;

/**
 * When the circuit breaker of an endpoint opens. It counts only server-side failures (network
 * errors, timeouts, 5xx, unreadable answers); throttling and the cloud's refusals of bad requests
 * are healthy answers.
 *
 * @param failureRatePercent the share of failed calls that opens the circuit
 * @param minimumCalls       calls counted before the rate is judged
 * @param windowSize         how many of the latest calls the rate is computed over
 * @param openDuration       how long calls fail fast before a few are let through to probe
 */
@ApplicationApi
public record CircuitBreakerSettings(int failureRatePercent, int minimumCalls, int windowSize, Duration openDuration) {

    private static final CircuitBreakerSettings DEFAULT = new CircuitBreakerSettings(50, 10, 20, Duration.ofSeconds(30));

    public CircuitBreakerSettings {
        if (failureRatePercent < 1 || failureRatePercent > 100 || minimumCalls < 1 || windowSize < minimumCalls
                || openDuration == null || openDuration.isNegative() || openDuration.isZero()) {
            throw new IllegalArgumentException("circuit breaker settings out of range: " + failureRatePercent + "%, "
                    + minimumCalls + " calls, window " + windowSize + ", open " + openDuration);
        }
    }

    /** Opens at 50% failures over the last 20 calls (once 10 are counted), for 30 s. */
    public static CircuitBreakerSettings defaults() {
        return DEFAULT;
    }
}
