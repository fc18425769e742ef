package io.cloudimages.exception;

/**
 * The cloud could not be reached or did not serve the request: a network failure, a timeout, a
 * server error, or an endpoint whose circuit breaker is open after repeated failures. Trying
 * again later may succeed.
 */
public class ServiceUnavailableException extends CloudImagesException {

    public ServiceUnavailableException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public ServiceUnavailableException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
