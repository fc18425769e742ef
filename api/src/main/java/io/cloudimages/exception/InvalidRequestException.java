package io.cloudimages.exception;

/**
 * The request is wrong: a missing or malformed field, a value the cloud does not accept, or a
 * setting that makes no sense. When the library finds it, nothing was sent to the cloud. Fix the
 * input; repeating the same request fails the same way.
 */
public class InvalidRequestException extends CloudImagesException {

    public InvalidRequestException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public InvalidRequestException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
