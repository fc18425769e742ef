package io.cloudimages.exception;

import java.util.Objects;

/**
 * The root of every error this library throws. Errors are unchecked and typed: catch a subclass
 * to handle one kind of failure. Each carries the provider, the action, the cloud's error code
 * and the cloud's request id where they are known, and answers three questions about the
 * request that failed, so that no caller has to work them out from the type:
 * {@link #requestSent()}, {@link #cloudRefused()} and {@link #retryable()}.
 *
 * <p>Only the kinds in this package extend this class directly, each answering for itself.
 * Messages never contain secrets.
 */
public abstract class CloudImagesException extends RuntimeException {

    private final ErrorContext context;
    private final String detail;
    private final Delivery delivery;
    private final boolean retryable;

    CloudImagesException(String detail, ErrorContext context, Throwable cause, Delivery delivery, boolean retryable) {
        super(Objects.requireNonNull(detail, "detail") + Objects.requireNonNull(context, "context").describe(), cause);
        this.context = context;
        this.detail = detail;
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.retryable = retryable;
    }

    /** The provider id, or null when the error is not tied to one. */
    public String provider() {
        return context.provider();
    }

    /** The cloud action, or null. */
    public String action() {
        return context.action();
    }

    /** The cloud's error code exactly as sent, or null when the cloud did not answer with one. */
    public String errorCode() {
        return context.errorCode();
    }

    /** The cloud's request id, or null when the cloud did not answer with one. */
    public String requestId() {
        return context.requestId();
    }

    public ErrorContext context() {
        return context;
    }

    /** What went wrong and what to do about it, without the bracketed context. */
    public String detail() {
        return detail;
    }

    /**
     * Whether the request may have reached the cloud. False when this library knows that nothing
     * of it was sent: the input was refused here, no credentials were found, the client-side rate
     * limiter or an open circuit held it back, no connection could be made, or the call's deadline
     * passed before sending. A request that was not sent was not performed, so even one that
     * changes something can be sent again.
     */
    public boolean requestSent() {
        return delivery != Delivery.NOT_SENT;
    }

    /**
     * Whether the cloud received the request and answered that it will not perform it (invalid,
     * unauthorised, over a quota or a rate limit...): the request was not performed, and the
     * cloud's error code and request id are in {@link #context()} when it sent them. False when
     * nothing was sent, when no answer came or it could not be read, and when the cloud answered
     * that it failed (a server error, HTTP 5xx): then a request that was sent may or may not have
     * been performed. True implies {@link #requestSent()}.
     */
    public boolean cloudRefused() {
        return delivery == Delivery.REFUSED;
    }

    /**
     * Whether sending the same request again, unchanged, may succeed: the failure may pass
     * (throttling, the cloud or the network unavailable, an answer that could not be read). False
     * when only a change can help (the input, the credentials, a quota) and for an
     * {@link OutcomeUnknownException}, which must be checked before anything is sent again.
     *
     * <p>This is about the failure, not about the request: a request that changes something and
     * may have been performed ({@link #requestSent()} without {@link #cloudRefused()}) must not be
     * sent again blindly. This library never throws such a failure for an action that changes
     * something: it reports it as an {@link OutcomeUnknownException}.
     */
    public boolean retryable() {
        return retryable;
    }
}
