package io.cloudimages.core;

import io.cloudimages.SettingKey;
import io.cloudimages.core.credentials.HostEnvironment;
import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.core.pipeline.CircuitBreakerSettings;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings that the neutral {@link io.cloudimages.ProviderSettings} carries for the core pipeline,
 * as typed keys:
 *
 * <pre>{@code
 * ProviderSettings.builder()
 *     .region("ap-guangzhou")
 *     .extension(CoreSettings.METER_REGISTRY, meterRegistry)
 *     .build();
 * }</pre>
 */
public final class CoreSettings {

    /** Where to record metrics. Without one, nothing is recorded. */
    public static final SettingKey<MeterRegistry> METER_REGISTRY =
            SettingKey.of("cloudimages.meterRegistry", MeterRegistry.class);

    /**
     * Where request-rate limits are kept. By default one in-process backend is shared by every
     * service in the JVM, so two services of the same account and endpoint share one limit. Use a
     * cluster-wide backend when several JVMs share an account.
     */
    public static final SettingKey<RateLimiterBackend> RATE_LIMITER_BACKEND =
            SettingKey.of("cloudimages.rateLimiterBackend", RateLimiterBackend.class);

    /**
     * Which backend keeps the request-rate limits, by configuration: the local one by default, or
     * a cluster-wide one found on the classpath (such as {@code redis}) that the services opened
     * with equal settings share and the last of them closes. A backend given as
     * {@link #RATE_LIMITER_BACKEND} is used instead, and stays the caller's to close.
     */
    public static final SettingKey<RateLimiterSettings> RATE_LIMITER =
            SettingKey.of("cloudimages.rateLimiter", RateLimiterSettings.class);

    /**
     * Extra time added to every limiter's one-second window, so that a request that leaves a little
     * late (a thread woken late, a GC pause) still lands in the right second at the server. The
     * default, {@link #DEFAULT_RATE_LIMIT_GUARD}, costs under 1% of throughput.
     */
    public static final SettingKey<Duration> RATE_LIMIT_GUARD =
            SettingKey.of("cloudimages.rateLimitGuard", Duration.class);

    /** Back-off between retries and after throttling answers. */
    public static final SettingKey<Backoff> BACKOFF = SettingKey.of("cloudimages.backoff", Backoff.class);

    /**
     * When an endpoint's circuit breaker opens. Breakers are shared per endpoint by every service
     * in the JVM that uses the same breaker settings.
     */
    public static final SettingKey<CircuitBreakerSettings> CIRCUIT_BREAKER =
            SettingKey.of("cloudimages.circuitBreaker", CircuitBreakerSettings.class);

    /** The clock that signs requests (their timestamps). */
    public static final SettingKey<Clock> CLOCK = SettingKey.of("cloudimages.clock", Clock.class);

    /** The largest response body accepted, in bytes; a larger one fails as a protocol error. */
    public static final SettingKey<Integer> MAX_RESPONSE_BYTES =
            SettingKey.of("cloudimages.maxResponseBytes", Integer.class);

    /**
     * Where credential lookups read environment variables and the home directory; this process's
     * by default. A tool that runs commands for others (or a test) gives its own.
     */
    public static final SettingKey<HostEnvironment> HOST_ENVIRONMENT =
            SettingKey.of("cloudimages.hostEnvironment", HostEnvironment.class);

    public static final Duration DEFAULT_RATE_LIMIT_GUARD = Duration.ofMillis(8);
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private CoreSettings() {
    }
}
