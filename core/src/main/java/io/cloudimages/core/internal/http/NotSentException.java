package io.cloudimages.core.internal.http;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ServiceUnavailableException;

/**
 * The request certainly did not reach the cloud (no connection could be made), so sending it
 * again cannot perform an action twice.
 */
public final class NotSentException extends ServiceUnavailableException {
    public NotSentException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
