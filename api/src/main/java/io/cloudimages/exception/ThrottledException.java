package io.cloudimages.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * The request was refused because of a request-rate limit: either the cloud said so after the
 * library's own retries, or the client-side limiter could not grant a permit within the allowed
 * wait ({@link #source()} says which). The action was not performed, and it is
 * {@link #retryable()}: later, the same request may pass.
 */
public class ThrottledException extends CloudImagesException {

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /** Which limit refused the request. */
    public enum Source {
        /** The cloud answered that the request is over its limit (an error code, or HTTP 429). */
        CLOUD,
        /** This library's client-side limiter had no slot for it before the call's deadline: nothing was sent. */
        CLIENT
    }

    private final Source source;
    private final Duration retryAfter;

    /** The cloud's refusal. */
    public ThrottledException(String detail, ErrorContext context) {
        this(detail, context, null, null);
    }

    /**
     * The cloud's refusal.
     *
     * @param retryAfter the cloud's hint, kept between zero and an hour so that no reader of it can overflow
     */
    public ThrottledException(String detail, ErrorContext context, Duration retryAfter, Throwable cause) {
        this(detail, context, Source.CLOUD, retryAfter, cause);
    }

    private ThrottledException(String detail, ErrorContext context, Source source, Duration retryAfter, Throwable cause) {
        super(detail, context, cause, source == Source.CLOUD ? Delivery.REFUSED : Delivery.NOT_SENT, true);
        this.source = source;
        this.retryAfter = retryAfter == null ? null
                : retryAfter.isNegative() ? Duration.ZERO : retryAfter.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : retryAfter;
    }

    /** The client-side limiter held the request back until the call's deadline: it was never sent. */
    public static ThrottledException byClient(String detail, ErrorContext context, Throwable cause) {
        return new ThrottledException(detail, context, Source.CLIENT, null, cause);
    }

    /** Whether the cloud or this library's own limiter refused the request. */
    public Source source() {
        return source;
    }

    /** How long the cloud asked to wait before trying again (at most an hour), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
