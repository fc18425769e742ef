package io.cloudimages.exception;

/**
 * What became of a failed request, as far as this library can tell. One value instead of two
 * flags, so that no error can say the cloud refused a request that was never sent.
 */
enum Delivery {

    /** Nothing of the request left this client. */
    NOT_SENT,
    /** The cloud received the request and answered that it will not perform it. */
    REFUSED,
    /** The request may have reached the cloud, and no readable answer says whether it was performed. */
    NO_VERDICT;

    /**
     * For the kinds of error that this library also finds itself before sending (bad input,
     * missing credentials): the cloud's refusal exactly when the cloud said something, its error
     * code or its request id; an error found here has neither.
     */
    static Delivery refusedOrNotSent(ErrorContext context) {
        return context.errorCode() != null || context.requestId() != null ? REFUSED : NOT_SENT;
    }
}
