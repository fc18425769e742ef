package io.cloudimages.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * The request was refused because of a request-rate limit: either the cloud said so after the
 * library's own retries, or the client-side limiter could not grant a permit within the allowed
 * wait. The action was not performed.
 */
public class ThrottledException extends CloudImagesException {

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final Duration retryAfter;

    public ThrottledException(String detail, ErrorContext context) {
        this(detail, context, null, null);
    }

    /** @param retryAfter the cloud's hint, kept between zero and an hour so that no reader of it can overflow */
    public ThrottledException(String detail, ErrorContext context, Duration retryAfter, Throwable cause) {
        super(detail, context, cause);
        this.retryAfter = retryAfter == null ? null
                : retryAfter.isNegative() ? Duration.ZERO : retryAfter.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : retryAfter;
    }

    /** How long the cloud asked to wait before trying again (at most an hour), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
