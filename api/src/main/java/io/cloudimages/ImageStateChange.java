package io.cloudimages;

import io.cloudimages.model.Image;

import java.time.Duration;
import java.util.Objects;

/**
 * What a wait saw when an image's state changed, for a progress display: the first look, and then
 * every poll whose answer differs from the one before (another state, the image found, or not found).
 *
 * @param imageId the image waited for; null while an import whose answer named none is looked for by name
 * @param image   the image as the cloud answered, or null when the cloud did not find it
 * @param elapsed how long the wait had lasted
 */
public record ImageStateChange(String imageId, Image image, Duration elapsed) {

    public ImageStateChange {
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Whether the cloud found the image at this poll. */
    public boolean found() {
        return image != null;
    }
}
