package io.cloudimages.exception;

/**
 * An account quota is used up (for example the number of custom images). Not a rate limit:
 * waiting does not help; free some quota or ask the cloud to raise it. Always the cloud's refusal;
 * not {@link #retryable()}.
 */
public class QuotaExceededException extends CloudImagesException {

    public QuotaExceededException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public QuotaExceededException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause, Delivery.REFUSED, false);
    }
}
