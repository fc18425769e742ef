package io.cloudimages.exception;

/**
 * The region does not exist or does not offer this operation (for example image import).
 */
public class RegionNotSupportedException extends CloudImagesException {

    public RegionNotSupportedException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public RegionNotSupportedException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
