package io.cloudimages.exception;

/**
 * The cloud does not accept the credentials (unknown key, wrong signature, expired token, clock
 * skew), or no usable credentials could be found. Not {@link #retryable()}: fix the credentials or
 * the clock. Refused by the cloud, it carries the cloud's error code and {@link #cloudRefused()} is
 * true; found here, nothing was sent.
 */
public class AuthenticationException extends CloudImagesException {

    public AuthenticationException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public AuthenticationException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause, Delivery.refusedOrNotSent(context), false);
    }
}
