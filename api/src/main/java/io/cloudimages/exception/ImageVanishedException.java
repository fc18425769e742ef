package io.cloudimages.exception;

import java.util.Objects;

/**
 * The cloud does not find an image that was waited for: it was seen and is gone (deleted, or a
 * failed import the cloud removed), or, waiting for an image id, the cloud did not know the id
 * when first asked. {@link #wasSeen()} says which.
 *
 * <p>The cloud answered, so the request was sent and not refused; not {@link #retryable()}, as
 * nothing says that the image will come back.
 */
public class ImageVanishedException extends CloudImagesException {

    private final String imageId;
    private final boolean seen;

    /** @param seen whether the image had been found before the cloud stopped finding it */
    public ImageVanishedException(String detail, ErrorContext context, String imageId, boolean seen) {
        super(detail, context, null, Delivery.NO_VERDICT, false);
        this.imageId = Objects.requireNonNull(imageId, "imageId");
        this.seen = seen;
    }

    /** The image's id. */
    public String imageId() {
        return imageId;
    }

    /** True when the image had been found before: it vanished; false when it was never found. */
    public boolean wasSeen() {
        return seen;
    }
}
