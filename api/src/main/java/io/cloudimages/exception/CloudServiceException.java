package io.cloudimages.exception;

/**
 * The cloud refused the request for a reason that has no more specific type here; see
 * {@link #errorCode()} and the message. Always the cloud's refusal; not {@link #retryable()}, as
 * nothing says that the reason will pass.
 */
public class CloudServiceException extends CloudImagesException {

    public CloudServiceException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public CloudServiceException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause, Delivery.REFUSED, false);
    }
}
