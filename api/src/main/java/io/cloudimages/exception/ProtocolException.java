package io.cloudimages.exception;

/**
 * The cloud answered with something this library cannot read (malformed, truncated or oversized
 * JSON, or a response missing required fields).
 */
public class ProtocolException extends CloudImagesException {

    public ProtocolException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public ProtocolException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
