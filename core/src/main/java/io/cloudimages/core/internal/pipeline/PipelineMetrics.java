package io.cloudimages.core.internal.pipeline;

import io.cloudimages.exception.ThrottledException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The pipeline's meters. Tags take bounded values only: provider, action, outcome, and the
 * cloud's error code while fewer than {@value #MAX_ERROR_CODES} distinct codes have been seen
 * (after that, and for anything that does not look like a code, {@code OTHER}). Account ids,
 * image ids and request ids never become tags.
 */
abstract class PipelineMetrics {

    static final String REQUESTS = "cloudimages.requests";
    static final String RATE_LIMIT_WAIT = "cloudimages.ratelimit.wait";
    static final String RETRIES = "cloudimages.retries";
    static final String THROTTLED = "cloudimages.throttled";
    static final int MAX_ERROR_CODES = 100;

    static final PipelineMetrics NONE = new PipelineMetrics() {
        @Override void request(String provider, String action, String outcome, String errorCode, long nanos) { }
        @Override void rateLimitWait(String provider, String action, long nanos) { }
        @Override void retry(String provider, String action, String outcome) { }
        @Override void throttled(String provider, String action, ThrottledException.Source source) { }
    };

    static PipelineMetrics of(MeterRegistry registry) {
        return registry == null ? NONE : new Micrometer(registry);
    }

    abstract void request(String provider, String action, String outcome, String errorCode, long nanos);

    abstract void rateLimitWait(String provider, String action, long nanos);

    abstract void retry(String provider, String action, String outcome);

    abstract void throttled(String provider, String action, ThrottledException.Source source);

    private static final class Micrometer extends PipelineMetrics {
        private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,80}");
        private final MeterRegistry registry;
        private final Set<String> codes = ConcurrentHashMap.newKeySet();

        Micrometer(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        void request(String provider, String action, String outcome, String errorCode, long nanos) {
            Timer.builder(REQUESTS)
                    .description("Requests sent to a cloud API, by outcome")
                    .tags("provider", provider, "action", action, "outcome", outcome, "error.code", bounded(errorCode))
                    .register(registry)
                    .record(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        void rateLimitWait(String provider, String action, long nanos) {
            Timer.builder(RATE_LIMIT_WAIT)
                    .description("Time spent waiting for a client-side rate-limit permit")
                    .tags("provider", provider, "action", action)
                    .register(registry)
                    .record(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        void retry(String provider, String action, String outcome) {
            Counter.builder(RETRIES)
                    .description("Attempts repeated after a retryable failure")
                    .tags("provider", provider, "action", action, "outcome", outcome)
                    .register(registry)
                    .increment();
        }

        @Override
        void throttled(String provider, String action, ThrottledException.Source source) {
            Counter.builder(THROTTLED)
                    .description("Throttling: answers from the cloud (source=server) or calls refused by the client-side limiter (source=client)")
                    .tags("provider", provider, "action", action,
                            "source", source == ThrottledException.Source.CLIENT ? "client" : "server")
                    .register(registry)
                    .increment();
        }

        private String bounded(String code) {
            if (code == null) {
                return "none";
            }
            if (!CODE.matcher(code).matches()) {
                return "OTHER";
            }
            if (codes.contains(code) || (codes.size() < MAX_ERROR_CODES && codes.add(code))) {
                return code;
            }
            return "OTHER";
        }
    }
}
