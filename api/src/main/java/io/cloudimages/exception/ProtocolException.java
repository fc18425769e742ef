package io.cloudimages.exception;

/**
 * The cloud answered with something this library cannot read (malformed, truncated or oversized
 * JSON, or a response missing required fields). The request was sent, and whether it was
 * performed cannot be read from the answer ({@link #cloudRefused()} is false); {@link #retryable()},
 * as a garbled answer may not be garbled again.
 */
public class ProtocolException extends CloudImagesException {

    public ProtocolException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public ProtocolException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause, Delivery.NO_VERDICT, true);
    }
}
