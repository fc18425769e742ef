package io.cloudimages.exception;

import io.cloudimages.model.ImageState;

import java.time.Duration;
import java.util.Objects;

/**
 * An image that was waited for was still not available when the wait's timeout passed. Only the
 * waiting stopped: the cloud goes on with the image (an import is never cancelled by waiting
 * less), so look at it again later, with {@code get} or another wait.
 *
 * <p>Polls were sent and none was refused; {@link #retryable()}, as waiting again may see the image
 * available. The import itself must not be sent again: it is under way.
 */
public class WaitTimeoutException extends CloudImagesException {

    private final String imageId;
    private final ImageState lastState;
    private final String lastRawState;
    private final Duration timeout;

    /**
     * @param imageId      the image's id, or null when an import's answer named none and no image of its
     *                     name was found
     * @param lastState    the state last seen, or null when the image was never found
     * @param lastRawState the state last seen as the cloud wrote it, or null
     * @param cause        the error of the last poll, when it failed, or null
     */
    public WaitTimeoutException(String detail, ErrorContext context, String imageId, ImageState lastState,
                                String lastRawState, Duration timeout, Throwable cause) {
        super(detail, context, cause, Delivery.NO_VERDICT, true);
        this.imageId = imageId;
        this.lastState = lastState;
        this.lastRawState = lastRawState;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The image's id, to look at it again; null when an import's answer named none and no image of its name was found. */
    public String imageId() {
        return imageId;
    }

    /** The state last seen, or null when the cloud never found the image during the wait. */
    public ImageState lastState() {
        return lastState;
    }

    /** The state last seen exactly as the cloud wrote it, or null. */
    public String lastRawState() {
        return lastRawState;
    }

    /** How long the wait lasted before it gave up. */
    public Duration timeout() {
        return timeout;
    }
}
