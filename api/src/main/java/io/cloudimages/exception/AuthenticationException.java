package io.cloudimages.exception;

/**
 * The cloud does not accept the credentials (unknown key, wrong signature, expired token, clock
 * skew), or no credentials could be found.
 */
public class AuthenticationException extends CloudImagesException {

    public AuthenticationException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public AuthenticationException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause);
    }
}
