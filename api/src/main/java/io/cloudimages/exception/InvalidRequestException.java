package io.cloudimages.exception;

/**
 * The request is wrong: a missing or malformed field, a value the cloud does not accept, or a
 * setting that makes no sense. Fix the input; repeating the same request fails the same way
 * (never {@link #retryable()}).
 *
 * <p>Found by this library, it was sent nowhere ({@link #requestSent()} is false); refused by the
 * cloud, it carries the cloud's error code or request id and {@link #cloudRefused()} is true.
 * {@link NameConflictException}, {@link UnsupportedOsException}, {@link RegionNotSupportedException}
 * and {@link UnsupportedCapabilityException} are the kinds with a type of their own.
 */
public class InvalidRequestException extends CloudImagesException {

    public InvalidRequestException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public InvalidRequestException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause, Delivery.refusedOrNotSent(context), false);
    }
}
