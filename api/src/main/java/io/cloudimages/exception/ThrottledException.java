package io.cloudimages.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * The request was refused because of a request-rate limit: either the cloud said so after the
 * library's own retries, or the client-side limiter could not grant a permit within the allowed
 * wait. The action was not performed.
 */
public class ThrottledException extends CloudImagesException {

    private final Duration retryAfter;

    public ThrottledException(String detail, ErrorContext context) {
        this(detail, context, null, null);
    }

    public ThrottledException(String detail, ErrorContext context, Duration retryAfter, Throwable cause) {
        super(detail, context, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the cloud asked to wait before trying again, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
