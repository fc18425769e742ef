package io.cloudimages.exception;

/**
 * The name is already taken (for example an image with the same name exists): a kind of
 * invalid request, found here before sending or refused by the cloud.
 */
public class NameConflictException extends InvalidRequestException {

    public NameConflictException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public NameConflictException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
