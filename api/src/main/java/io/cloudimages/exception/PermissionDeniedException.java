package io.cloudimages.exception;

/**
 * The credentials are valid but not allowed to do this (an access policy, a sub-account without
 * the right, a project the key cannot use). Always the cloud's refusal; not {@link #retryable()}.
 */
public class PermissionDeniedException extends CloudImagesException {

    public PermissionDeniedException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public PermissionDeniedException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause, Delivery.REFUSED, false);
    }
}
