package io.cloudimages.exception;

import io.cloudimages.model.ImageState;

import java.util.Objects;

/**
 * An image that was waited for will not become available: the cloud reports it in a failed state
 * (Tencent Cloud {@code IMPORTFAILED} or {@code CREATEFAILED}, UCloud {@code Unavailable}).
 *
 * <p>The request was performed and failed in the cloud, so it is sent and not refused, and not
 * {@link #retryable()}: waiting longer changes nothing. The failed image usually stays, under its
 * name: an import made again needs another name, or the failed image deleted first.
 */
public class ImageFailedException extends CloudImagesException {

    private final String imageId;
    private final ImageState state;
    private final String rawState;

    /**
     * @param state    the normalised state the cloud reported
     * @param rawState the state exactly as the cloud wrote it, or null
     */
    public ImageFailedException(String detail, ErrorContext context, String imageId, ImageState state, String rawState) {
        super(detail, context, null, Delivery.NO_VERDICT, false);
        this.imageId = Objects.requireNonNull(imageId, "imageId");
        this.state = Objects.requireNonNull(state, "state");
        this.rawState = rawState;
    }

    /** The image's id. */
    public String imageId() {
        return imageId;
    }

    /** The failed state, normalised. */
    public ImageState state() {
        return state;
    }

    /** The state exactly as the cloud wrote it, or null. */
    public String rawState() {
        return rawState;
    }
}
