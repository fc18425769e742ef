package io.cloudimages.core.internal.pipeline;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ServiceUnavailableException;

/** The endpoint's circuit is open: the call failed fast, nothing was sent. */
final class CircuitOpenException extends ServiceUnavailableException {
    CircuitOpenException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
