package io.cloudimages.exception;

/**
 * A request that changes something (an import) was sent, but no answer came back (a deadline
 * passed or the connection dropped), and looking for its result did not find it. The action may
 * or may not have been performed: check before trying again, or the work may be done twice. So it
 * is never {@link #retryable()}; the request was sent and not refused.
 */
public class OutcomeUnknownException extends CloudImagesException {

    public OutcomeUnknownException(String detail, ErrorContext context) {
        this(detail, context, null);
    }

    public OutcomeUnknownException(String detail, ErrorContext context, Throwable cause) {
        super(detail, context, cause, Delivery.NO_VERDICT, false);
    }
}
