package io.cloudimages.core.paging;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.model.Image;

import java.util.List;
import java.util.Optional;

/** Looking an image up by id, the same way for every cloud. */
public final class Lookups {

    private Lookups() {
    }

    /**
     * The image with exactly this id among those the cloud answered a lookup by id with.
     *
     * @return empty when the cloud answered none
     * @throws ProtocolException when it answered only other images: an answer that does not match
     *                           its question is not to be trusted with any of them
     */
    public static Optional<Image> byId(String id, List<Image> answered, ErrorContext context) {
        for (Image image : answered) {
            if (image.id().equals(id)) {
                return Optional.of(image);
            }
        }
        if (answered.isEmpty()) {
            return Optional.empty();
        }
        throw new ProtocolException("asked for the image " + id + ", the cloud answered with " + answered.get(0).id()
                + (answered.size() > 1 ? " and " + (answered.size() - 1) + " more" : "") + " instead", context);
    }
}
