package io.cloudimages.core.internal.pipeline;

import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.http.Endpoints;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.core.http.WireResponse;
import io.cloudimages.core.internal.http.JdkHttpTransport;
import io.cloudimages.core.internal.http.NotSentException;
import io.cloudimages.core.pipeline.Action;
import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.core.pipeline.CircuitBreakerSettings;
import io.cloudimages.core.pipeline.RequestPipeline;
import io.cloudimages.core.pipeline.RequestSigner;
import io.cloudimages.core.pipeline.ResponseDecoder;
import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.core.internal.text.Durations;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** The pipeline of {@link RequestPipeline}, on Resilience4j. */
public final class DefaultRequestPipeline implements RequestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);
    private static final Duration MAX_GUARD = Duration.ofSeconds(1);

    private final String provider;
    private final ProviderSettings settings;
    private final CredentialsProvider credentials;
    private final URI endpoint;
    private final String host;
    private final Clock clock;
    private final JdkHttpTransport transport;
    private final RateLimiterBackend limits;
    private final Duration guard;
    private final Backoff backoff;
    private final CircuitBreaker breaker;
    private final PipelineMetrics metrics;
    private final ThrottleGates gates;
    private final SlowStart slowStart;
    private final Map<Action, RetryConfig> retryConfigs = new ConcurrentHashMap<>();

    public DefaultRequestPipeline(String provider, ProviderSettings settings, CredentialsProvider credentials, URI endpoint) {
        this.provider = provider;
        this.settings = settings;
        this.credentials = credentials;
        this.endpoint = Endpoints.requireAllowed(endpoint);
        this.host = WireRequest.hostOf(endpoint);
        settings.rateLimits().forEach((action, limit) -> RequestRate.requireValidLimit(limit, "rate limit for " + action));
        this.clock = settings.extension(CoreSettings.CLOCK).orElse(Clock.systemUTC());
        this.transport = JdkHttpTransport.shared(settings.connectTimeout(),
                settings.extension(CoreSettings.MAX_RESPONSE_BYTES).orElse(CoreSettings.DEFAULT_MAX_RESPONSE_BYTES));
        this.limits = settings.extension(CoreSettings.RATE_LIMITER_BACKEND).orElseGet(RateLimiterBackend::local);
        this.guard = settings.extension(CoreSettings.RATE_LIMIT_GUARD).orElse(CoreSettings.DEFAULT_RATE_LIMIT_GUARD);
        if (guard.isNegative() || guard.compareTo(MAX_GUARD) > 0) {
            throw new InvalidRequestException("the rate-limit guard must be between 0 and 1 s, got " + guard,
                    ErrorContext.of(provider, null));
        }
        this.backoff = settings.extension(CoreSettings.BACKOFF).orElse(Backoff.defaults());
        SharedState shared = SharedState.of(limits);
        this.gates = shared.gates;
        this.slowStart = shared.slowStart;
        CircuitBreakerSettings breakerSettings = settings.extension(CoreSettings.CIRCUIT_BREAKER)
                .orElse(CircuitBreakerSettings.defaults());
        this.breaker = shared.breakers.computeIfAbsent(new BreakerKey(provider, host, breakerSettings),
                key -> newBreaker((BreakerKey) key));
        this.metrics = PipelineMetrics.of(settings.extension(CoreSettings.METER_REGISTRY).orElse(null));
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public <T> T execute(Action action, RequestSigner signer, ResponseDecoder<T> decoder) {
        ErrorContext context = ErrorContext.of(provider, action.name());
        long deadline = System.nanoTime() + settings.callTimeout().toNanos();
        AtomicInteger attempts = new AtomicInteger();
        AtomicReference<CloudImagesException> previous = new AtomicReference<>();
        RetryConfig config = RetryConfig.<T>from(retryConfigs.computeIfAbsent(action, this::baseRetryConfig))
                .intervalBiFunction((attempt, outcome) -> nextInterval(attempt, outcome.swap().getOrNull(), deadline))
                .build();
        Retry retry = Retry.of(provider + "." + action.name(), config);
        retry.getEventPublisher().onRetry(event -> {
            metrics.retry(provider, action.name(), Outcomes.of(event.getLastThrowable()));
            LOG.debug("{} {}: attempt {} failed ({}); retrying in {} ms", provider, action.name(),
                    event.getNumberOfRetryAttempts(), event.getLastThrowable().getMessage(), event.getWaitInterval().toMillis());
        });
        return retry.executeSupplier(() -> {
            try {
                return attempt(action, signer, decoder, context, deadline, attempts.incrementAndGet(), previous.get());
            } catch (CloudImagesException e) {
                previous.set(e);
                throw e;
            }
        });
    }

    private RetryConfig baseRetryConfig(Action action) {
        return RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(error -> isRetryable(action, error))
                .build();
    }

    /**
     * Reads are repeated after any failure that may pass; an action that changes something only
     * when the cloud proved it was not performed (throttled) or it never left (no connection).
     */
    static boolean isRetryable(Action action, Throwable error) {
        if (error instanceof ClientThrottledException || error instanceof CircuitOpenException
                || error instanceof OutcomeUnknownException) {
            return false;
        }
        if (error instanceof ThrottledException || error instanceof NotSentException) {
            return true;
        }
        return action.idempotent() && (error instanceof ServiceUnavailableException || error instanceof ProtocolException);
    }

    /** Exponential back-off with equal jitter; at least what the cloud asked for; -1 (stop) past the deadline. */
    private long nextInterval(int attempt, Throwable error, long deadline) {
        long initial = backoff.initial().toMillis();
        long ceiling = backoff.max().toMillis();
        long base = initial;
        for (int i = 1; i < attempt && base < ceiling; i++) {
            base *= 2;
        }
        base = Math.min(base, ceiling);
        long interval = base / 2 + (base > 1 ? ThreadLocalRandom.current().nextLong(base / 2 + 1) : base);
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (error instanceof ThrottledException throttled && throttled.retryAfter().isPresent()) {
            interval = Math.max(interval, Math.min(remaining, throttled.retryAfter().get().toMillis()));
        }
        return interval >= remaining ? -1 : interval;
    }

    private <T> T attempt(Action action, RequestSigner signer, ResponseDecoder<T> decoder, ErrorContext context,
                          long deadline, int attempt, CloudImagesException previous) {
        Credentials current = credentials.resolveCredentials();
        RateLimitKey key = new RateLimitKey(provider, current.accessKeyId(), host, action.name());
        if (breaker.getState() == CircuitBreaker.State.OPEN || breaker.getState() == CircuitBreaker.State.FORCED_OPEN) {
            throw circuitOpen(action, context, previous);
        }
        awaitPermit(action, key, context, deadline, previous);
        // the breaker's permission comes after the wait, so probes in half-open state are not stuck in a queue
        if (!breaker.tryAcquirePermission()) {
            throw circuitOpen(action, context, previous);
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            breaker.releasePermission();
            throw new NotSentException("the call deadline of " + Durations.describe(settings.callTimeout())
                    + " passed before the request could be sent", context, previous);
        }
        Duration requestDeadline = Duration.ofNanos(Math.min(settings.requestTimeout().toNanos(), remaining));
        WireRequest request;
        try {
            request = signer.sign(current, clock.instant());
        } catch (RuntimeException | Error e) {
            breaker.releasePermission();
            throw e;
        }
        if (!action.idempotent() && request.method().equals("GET")) {
            breaker.releasePermission();
            // the JDK client silently sends a GET again when a pooled connection turns out closed
            throw new IllegalStateException(provider + " signed " + action.name() + " as a GET; an action that changes"
                    + " something must be sent with POST, which is never re-sent below the pipeline");
        }
        long start = System.nanoTime();
        T result;
        try {
            WireResponse response = transport.send(request, requestDeadline, context);
            result = decode(decoder, response, context);
        } catch (CloudImagesException e) {
            throw failed(action, key, e, start);
        } catch (RuntimeException | Error e) {
            breaker.releasePermission();
            throw e;
        }
        long elapsed = System.nanoTime() - start;
        breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
        metrics.request(provider, action.name(), Outcomes.SUCCESS, null, elapsed);
        LOG.debug("{} {}: attempt {} succeeded in {} ms", provider, action.name(), attempt, TimeUnit.NANOSECONDS.toMillis(elapsed));
        return result;
    }

    /** A decoder that trips over an answer it did not expect has met an unreadable answer. */
    private <T> T decode(ResponseDecoder<T> decoder, WireResponse response, ErrorContext context) {
        try {
            return decoder.decode(response, context);
        } catch (CloudImagesException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProtocolException("could not read the answer of " + host + ": " + e, context, e);
        }
    }

    private RuntimeException failed(Action action, RateLimitKey key, CloudImagesException error, long start) {
        long elapsed = System.nanoTime() - start;
        breaker.onError(elapsed, TimeUnit.NANOSECONDS, error);
        metrics.request(provider, action.name(), Outcomes.of(error), error.errorCode(), elapsed);
        if (error instanceof ThrottledException throttled) {
            metrics.throttled(provider, action.name(), "server");
            Duration pause = gates.onThrottled(key, throttled.retryAfter().orElse(null), backoff, System.nanoTime());
            LOG.debug("{}: the cloud throttled {} despite the client-side limit; holding it back {} ms", provider,
                    key.action(), pause.toMillis());
        }
        if (!action.idempotent() && mayHaveBeenPerformed(error)) {
            return new OutcomeUnknownException("the " + action.name() + " request was sent, but no usable answer came"
                    + " back (" + error.detail() + "); it may or may not have been performed", error.context(), error);
        }
        return error;
    }

    private static boolean mayHaveBeenPerformed(CloudImagesException error) {
        return (error instanceof ServiceUnavailableException && !(error instanceof NotSentException))
                || error instanceof ProtocolException;
    }

    /**
     * Waits out any hold-back, then for a permit. A permit granted while the cloud started
     * throttling would send into the hold-back, so it is given up and the wait starts again.
     */
    private void awaitPermit(Action action, RateLimitKey key, ErrorContext context, long deadline,
                             CloudImagesException previous) {
        long start = System.nanoTime();
        int limit = settings.rateLimits().getOrDefault(action.name(), action.requestsPerSecond());
        RequestRate rate = RequestRate.perSecond(limit).withGuard(guard);
        try {
            while (true) {
                long pause = gates.pauseRemaining(key, System.nanoTime());
                if (pause > 0) {
                    if (System.nanoTime() + pause - deadline >= 0) {
                        throw clientThrottled(action, context, "the cloud throttled " + action.name()
                                + " recently and it is held back beyond the call deadline", previous);
                    }
                    TimeUnit.NANOSECONDS.sleep(pause);
                }
                if (!slowStart.acquire(key, rate, Math.max(0, deadline - System.nanoTime()))) {
                    throw clientThrottled(action, context, "no rate-limit permit for " + action.name()
                            + " within the call deadline while it warms up", previous);
                }
                if (!limits.acquire(key, rate, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    throw clientThrottled(action, context, "no rate-limit permit for " + action.name() + " (" + limit
                            + " requests/s) within the call deadline; too many calls are queued for it", previous);
                }
                if (gates.pauseRemaining(key, System.nanoTime()) == 0) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting for a rate-limit permit");
            cancelled.initCause(e);
            throw cancelled;
        } finally {
            metrics.rateLimitWait(provider, action.name(), System.nanoTime() - start);
        }
    }

    private ClientThrottledException clientThrottled(Action action, ErrorContext context, String detail,
                                                     CloudImagesException previous) {
        metrics.throttled(provider, action.name(), "client");
        return new ClientThrottledException(detail, context, previous);
    }

    private CircuitOpenException circuitOpen(Action action, ErrorContext context, CloudImagesException previous) {
        metrics.request(provider, action.name(), "circuit_open", null, 0);
        return new CircuitOpenException("the circuit to " + host + " is open after repeated failures; calls fail"
                + " fast until it probes the endpoint again", context, previous);
    }

    private record BreakerKey(String provider, String host, CircuitBreakerSettings settings) {
    }

    private static CircuitBreaker newBreaker(BreakerKey key) {
        CircuitBreakerSettings s = key.settings();
        String name = key.provider() + "/" + key.host();
        CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(s.windowSize())
                .minimumNumberOfCalls(s.minimumCalls())
                .failureRateThreshold(s.failureRatePercent())
                .waitDurationInOpenState(s.openDuration())
                .permittedNumberOfCallsInHalfOpenState(Math.min(3, s.minimumCalls()))
                // a shared daemon thread moves OPEN to HALF_OPEN, so OPEN always means "fail fast"
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(error -> error instanceof ServiceUnavailableException || error instanceof ProtocolException)
                .ignoreExceptions(ThrottledException.class)
                .build());
        breaker.getEventPublisher().onStateTransition(event ->
                LOG.warn("circuit breaker {}: {}", name, event.getStateTransition()));
        return breaker;
    }
}
