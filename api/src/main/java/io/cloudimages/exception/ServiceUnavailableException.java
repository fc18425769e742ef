package io.cloudimages.exception;

/**
 * The cloud could not be reached or did not serve the request: a network failure, a timeout, a
 * server error, or an endpoint whose circuit breaker is open after repeated failures. Trying
 * again later may succeed ({@link #retryable()}).
 *
 * <p>The cloud did not refuse the request ({@link #cloudRefused()} is false): once sent, it may
 * or may not have been performed. When nothing was sent (no connection could be made, the
 * deadline passed first, or the circuit is open), {@link #requestSent()} is false.
 */
public class ServiceUnavailableException extends CloudImagesException {

    /** The request may have reached the cloud. */
    public ServiceUnavailableException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    /** The request may have reached the cloud. */
    public ServiceUnavailableException(String detail, ErrorContext context, Throwable cause) {
        this(detail, context, cause, Delivery.NO_VERDICT);
    }

    private ServiceUnavailableException(String detail, ErrorContext context, Throwable cause, Delivery delivery) {
        super(detail, context, cause, delivery, true);
    }

    /** Nothing of the request was sent, so even one that changes something can be sent again. */
    public static ServiceUnavailableException notSent(String detail, ErrorContext context, Throwable cause) {
        return new ServiceUnavailableException(detail, context, cause, Delivery.NOT_SENT);
    }
}
