package io.cloudimages.exception;

/**
 * The name is already taken (for example an image with the same name exists).
 */
public class NameConflictException extends CloudImagesException {

    public NameConflictException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public NameConflictException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
