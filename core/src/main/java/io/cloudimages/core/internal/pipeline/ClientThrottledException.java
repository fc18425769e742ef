package io.cloudimages.core.internal.pipeline;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ThrottledException;

/** The client-side limiter could not grant a permit within the call's deadline; nothing was sent. */
final class ClientThrottledException extends ThrottledException {
    ClientThrottledException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, null, cause);
    }
}
