package io.cloudimages.exception;

import java.util.Objects;

/**
 * The root of every error this library throws. Errors are unchecked and typed: catch a subclass
 * to handle one kind of failure. Each carries the provider, the action, the cloud's error code
 * and the cloud's request id where they are known.
 *
 * <p>Messages never contain secrets.
 */
public abstract class CloudImagesException extends RuntimeException {

    private final ErrorContext context;
    private final String detail;

    protected CloudImagesException(String detail, ErrorContext context, Throwable cause) {
        super(Objects.requireNonNull(detail, "detail") + Objects.requireNonNull(context, "context").describe(), cause);
        this.context = context;
        this.detail = detail;
    }

    /** The provider id, or null when the error is not tied to one. */
    public String provider() {
        return context.provider();
    }

    /** The cloud action, or null. */
    public String action() {
        return context.action();
    }

    /** The cloud's error code exactly as sent, or null when the cloud did not answer with one. */
    public String errorCode() {
        return context.errorCode();
    }

    /** The cloud's request id, or null when the cloud did not answer with one. */
    public String requestId() {
        return context.requestId();
    }

    public ErrorContext context() {
        return context;
    }

    /** What went wrong and what to do about it, without the bracketed context. */
    public String detail() {
        return detail;
    }
}
