package io.cloudimages.exception;

/**
 * The cloud does not support this operating system, version or architecture for this operation:
 * a kind of invalid request, found here before sending or refused by the cloud.
 */
public class UnsupportedOsException extends InvalidRequestException {

    public UnsupportedOsException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public UnsupportedOsException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
