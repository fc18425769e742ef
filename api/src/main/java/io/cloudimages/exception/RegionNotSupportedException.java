package io.cloudimages.exception;

/**
 * The region does not exist or does not offer this operation (for example image import): a kind
 * of invalid request, found here before sending or refused by the cloud.
 */
public class RegionNotSupportedException extends InvalidRequestException {

    public RegionNotSupportedException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public RegionNotSupportedException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
