package io.cloudimages.core.internal.pipeline;

import io.cloudimages.Credentials;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.http.Endpoints;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.core.http.WireResponse;
import io.cloudimages.core.internal.http.JdkHttpTransport;
import io.cloudimages.core.internal.text.Durations;
import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.core.pipeline.CircuitBreakerSettings;
import io.cloudimages.core.pipeline.RequestPipeline;
import io.cloudimages.core.pipeline.RequestSigner;
import io.cloudimages.core.pipeline.ResponseDecoder;
import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.internal.ratelimit.SharedBackends;
import io.cloudimages.core.ratelimit.RateLimitStoreUnavailableException;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.spi.Action;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of {@link RequestPipeline}, in stages that read top to bottom: a call is admitted
 * by the endpoint's circuit breaker once, then attempted until it succeeds, fails for good or
 * runs out of time; each attempt waits for {@link Admission} (hold, adapted rate, slow start,
 * rate limit), is signed afresh, sent, and decoded.
 *
 * <p>The circuit breaker (Resilience4j) judges calls, not attempts: a read that its retries
 * carry through is a success, so a fault rate the retries survive never opens the circuit.
 */
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
    /** The cluster-wide backend this pipeline uses, if it was chosen by settings; released on close. */
    private final SharedBackends.Lease lease;
    private final Duration guard;
    private final Backoff backoff;
    private final CircuitBreaker breaker;
    private final PipelineMetrics metrics;
    private final Admission admission;

    public DefaultRequestPipeline(String provider, ProviderSettings settings, CredentialsProvider credentials, URI endpoint) {
        this.provider = provider;
        this.settings = settings;
        this.credentials = credentials;
        this.endpoint = Endpoints.requireAllowed(endpoint);
        this.host = WireRequest.hostOf(endpoint);
        this.clock = settings.extension(CoreSettings.CLOCK).orElse(Clock.systemUTC());
        this.transport = JdkHttpTransport.shared(settings.connectTimeout(),
                settings.extension(CoreSettings.MAX_RESPONSE_BYTES).orElse(CoreSettings.DEFAULT_MAX_RESPONSE_BYTES));
        this.guard = settings.extension(CoreSettings.RATE_LIMIT_GUARD).orElse(CoreSettings.DEFAULT_RATE_LIMIT_GUARD);
        if (guard.isNegative() || guard.compareTo(MAX_GUARD) > 0) {
            throw new InvalidRequestException("the rate-limit guard must be between 0 and 1 s, got " + guard,
                    ErrorContext.of(provider, null));
        }
        // last of what can refuse the settings: a lease taken before a refusal would never be released
        this.lease = sharedLimits(provider, settings);
        this.limits = settings.extension(CoreSettings.RATE_LIMITER_BACKEND)
                .orElseGet(() -> lease != null ? lease.backend() : RateLimiterBackend.local());
        this.backoff = settings.extension(CoreSettings.BACKOFF).orElse(Backoff.defaults());
        SharedState shared = SharedState.of(limits);
        this.admission = shared.admission;
        CircuitBreakerSettings breakerSettings = settings.extension(CoreSettings.CIRCUIT_BREAKER)
                .orElse(CircuitBreakerSettings.defaults());
        this.breaker = shared.breakers.computeIfAbsent(new BreakerKey(provider, host, breakerSettings),
                key -> newBreaker((BreakerKey) key));
        this.metrics = PipelineMetrics.of(settings.extension(CoreSettings.METER_REGISTRY).orElse(null));
    }

    /** A lease on the configured cluster-wide backend; none for the local one or a backend given as an object. */
    private static SharedBackends.Lease sharedLimits(String provider, ProviderSettings settings) {
        RateLimiterSettings chosen = settings.extension(CoreSettings.RATE_LIMITER).orElse(RateLimiterSettings.local());
        if (chosen.isLocal()) {
            return null;
        }
        if (settings.extension(CoreSettings.RATE_LIMITER_BACKEND).isPresent()) {
            throw new InvalidRequestException("both a rate-limiter backend object and " + chosen + " are set; set one",
                    ErrorContext.of(provider, null));
        }
        try {
            return SharedBackends.lease(chosen, settings.extension(CoreSettings.METER_REGISTRY).orElse(null));
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("rate limiter: " + e.detail(), ErrorContext.of(provider, null), e);
        }
    }

    @Override
    public void close() {
        if (lease != null) {
            lease.close();
        }
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    /** One call: its action, where errors are reported, and when it must be over. */
    private record Call(Action action, ErrorContext context, long deadline, RequestRate rate) {
    }

    @Override
    public <T> T execute(Action action, RequestSigner signer, ResponseDecoder<T> decoder) {
        int limit = settings.rateLimits().getOrDefault(action.name(), action.requestsPerSecond());
        Call call = new Call(action, ErrorContext.of(provider, action.name()),
                System.nanoTime() + settings.callTimeout().toNanos(), RequestRate.perSecond(limit).withGuard(guard));
        if (!breaker.tryAcquirePermission()) {
            metrics.request(provider, action.name(), Outcomes.CIRCUIT_OPEN, null, 0);
            throw ServiceUnavailableException.notSent("the circuit to " + host + " is open after repeated failures;"
                    + " calls fail fast until it probes the endpoint again", call.context(), null);
        }
        long start = System.nanoTime();
        try {
            T result = withRetries(call, signer, decoder);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        } catch (CloudImagesException e) {
            // the breaker counts only the failures it records (the endpoint's), and ignores the rest
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            throw e;
        } catch (RuntimeException | Error e) {
            breaker.releasePermission();
            throw e;
        }
    }

    /** Attempts the call until it succeeds, fails in a way a new attempt cannot mend, or runs out of attempts or time. */
    private <T> T withRetries(Call call, RequestSigner signer, ResponseDecoder<T> decoder) {
        CloudImagesException previous = null;
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(call, attempt, previous, signer, decoder);
            } catch (CloudImagesException e) {
                long pause = attempt < settings.maxAttempts() && isRetryable(call.action(), e)
                        ? pauseBefore(attempt + 1, e, call.deadline()) : -1;
                if (pause < 0) {
                    throw e;
                }
                metrics.retry(provider, call.action().name(), Outcomes.of(e));
                LOG.debug("{} {}: attempt {} failed ({}); retrying in {} ms", provider, call.action().name(), attempt,
                        e.getMessage(), pause);
                sleep(pause, "while waiting to retry");
                previous = e;
            }
        }
    }

    /**
     * Reads are repeated after any failure that may pass; an action that changes something only
     * when it was certainly not performed: the cloud refused it (throttled) or it was never sent.
     */
    static boolean isRetryable(Action action, CloudImagesException error) {
        if (error instanceof ThrottledException throttled && throttled.source() == ThrottledException.Source.CLIENT) {
            return false; // the limiter held it back for as long as the call's deadline allowed
        }
        return error.retryable() && (action.idempotent() || !mayHaveBeenPerformed(error));
    }

    /** Sent, and no answer says the cloud refused it. */
    static boolean mayHaveBeenPerformed(CloudImagesException error) {
        return error.requestSent() && !error.cloudRefused();
    }

    /**
     * Exponential back-off with equal jitter before the given attempt; at least what the cloud
     * asked for; -1 (give up) when the pause would pass the deadline.
     */
    private long pauseBefore(int attempt, CloudImagesException error, long deadline) {
        long initial = backoff.initial().toMillis();
        long ceiling = backoff.max().toMillis();
        long base = initial;
        for (int i = 2; i < attempt && base < ceiling; i++) {
            base *= 2;
        }
        base = Math.min(base, ceiling);
        long pause = base / 2 + (base > 1 ? ThreadLocalRandom.current().nextLong(base / 2 + 1) : base);
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (error instanceof ThrottledException throttled && throttled.retryAfter().isPresent()) {
            pause = Math.max(pause, Math.min(remaining, throttled.retryAfter().get().toMillis()));
        }
        return pause >= remaining ? -1 : pause;
    }

    /** One attempt: admission, signing, sending, decoding. */
    private <T> T attempt(Call call, int attempt, CloudImagesException previous, RequestSigner signer,
                          ResponseDecoder<T> decoder) {
        Credentials current = credentials.resolveCredentials();
        RateLimitKey key = new RateLimitKey(provider, current.accessKeyId(), host, call.action().name());
        try (Admission.Permit permit = admit(call, key, previous)) {
            long remaining = call.deadline() - System.nanoTime();
            if (remaining <= 0) {
                throw ServiceUnavailableException.notSent("the call deadline of " + Durations.describe(settings.callTimeout())
                        + " passed before the request could be sent", call.context(), previous);
            }
            WireRequest request = signer.sign(current, clock.instant());
            if (!call.action().idempotent() && request.method().equals("GET")) {
                // the JDK client silently sends a GET again when a pooled connection turns out closed
                throw new IllegalStateException(provider + " signed " + call.action().name() + " as a GET; an action that"
                        + " changes something must be sent with POST, which is never re-sent below the pipeline");
            }
            long start = System.nanoTime();
            try {
                WireResponse response = transport.send(request,
                        Duration.ofNanos(Math.min(settings.requestTimeout().toNanos(), remaining)), call.context());
                T result = decode(decoder, response, call.context());
                long elapsed = System.nanoTime() - start;
                metrics.request(provider, call.action().name(), Outcomes.SUCCESS, null, elapsed);
                LOG.debug("{} {}: attempt {} succeeded in {} ms", provider, call.action().name(), attempt,
                        TimeUnit.NANOSECONDS.toMillis(elapsed));
                return result;
            } catch (CloudImagesException e) {
                throw failed(call, key, e, start);
            }
        }
    }

    /** Waits for the attempt's turn; see {@link Admission}. */
    private Admission.Permit admit(Call call, RateLimitKey key, CloudImagesException previous) {
        long start = System.nanoTime();
        try {
            return admission.await(limits, key, call.rate(), call.deadline(), call.context(), previous);
        } catch (ThrottledException e) {
            metrics.throttled(provider, call.action().name(), e.source());
            throw e;
        } catch (RateLimitStoreUnavailableException e) {
            metrics.request(provider, call.action().name(), Outcomes.LIMIT_STORE_UNAVAILABLE, null, 0);
            throw ServiceUnavailableException.notSent(e.getMessage() + "; nothing was sent", call.context(), e);
        } catch (InterruptedException e) {
            throw cancelled(e, "while waiting for a rate-limit permit");
        } finally {
            metrics.rateLimitWait(provider, call.action().name(), System.nanoTime() - start);
        }
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

    private RuntimeException failed(Call call, RateLimitKey key, CloudImagesException error, long start) {
        metrics.request(provider, call.action().name(), Outcomes.of(error), error.errorCode(), System.nanoTime() - start);
        if (error instanceof ThrottledException throttled) {
            metrics.throttled(provider, call.action().name(), throttled.source());
            admission.onThrottled(key, call.rate(), throttled.retryAfter().orElse(null), backoff.maxRetryAfter());
            LOG.debug("{}: the cloud throttled {} despite the client-side limit; it now sends at most {} requests/s",
                    provider, key.action(), String.format("%.1f", admission.adaptedRate(key)));
        }
        if (!call.action().idempotent() && mayHaveBeenPerformed(error)) {
            return new OutcomeUnknownException("the " + call.action().name() + " request was sent, but no usable answer"
                    + " came back (" + error.detail() + "); it may or may not have been performed", error.context(), error);
        }
        return error;
    }

    private static void sleep(long millis, String what) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            throw cancelled(e, what);
        }
    }

    private static CancellationException cancelled(InterruptedException e, String what) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException("interrupted " + what);
        cancelled.initCause(e);
        return cancelled;
    }

    /**
     * What the circuit breaker counts against the endpoint: it could not be reached, or it was
     * sent a request and gave no usable answer (an import's lost answer included). The cloud's
     * refusals are healthy answers.
     */
    static boolean endpointFailed(Throwable error) {
        return error instanceof ServiceUnavailableException
                || error instanceof CloudImagesException failure && mayHaveBeenPerformed(failure);
    }

    /** Says nothing of the endpoint: throttling is a healthy answer, and the limits' store is not the endpoint. */
    static boolean saysNothingOfEndpoint(Throwable error) {
        return error instanceof ThrottledException || error.getCause() instanceof RateLimitStoreUnavailableException;
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
                .recordException(DefaultRequestPipeline::endpointFailed)
                .ignoreException(DefaultRequestPipeline::saysNothingOfEndpoint)
                .build());
        breaker.getEventPublisher().onStateTransition(event ->
                LOG.warn("circuit breaker {}: {}", name, event.getStateTransition()));
        return breaker;
    }
}
