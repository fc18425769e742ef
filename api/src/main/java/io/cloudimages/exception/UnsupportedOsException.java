package io.cloudimages.exception;

/**
 * The cloud does not support this operating system, version or architecture for this operation.
 */
public class UnsupportedOsException extends CloudImagesException {

    public UnsupportedOsException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public UnsupportedOsException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
