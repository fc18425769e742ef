package io.cloudimages.jclouds.internal;

import io.cloudimages.model.Image;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cloudimages image behind each jclouds image the context has handed out, by jclouds id, so
 * that the template builder judges the images jclouds holds by the model's full precision. The
 * last listing replaces what an earlier one said; an image fetched by id is added.
 */
@Singleton
public final class ListedImages {

    private final Map<String, Image> byJcloudsId = new ConcurrentHashMap<>();

    /** What a whole listing found: images gone from the cloud are forgotten, no current one is ever missing. */
    void replaceWith(Map<String, Image> listing) {
        byJcloudsId.putAll(listing);
        byJcloudsId.keySet().retainAll(listing.keySet());
    }

    /**
     * An image looked up alone: known from now on, unless a listing knows it already, for the
     * listing chose the best of its copies in every zone and the look-up saw only one of them.
     */
    void addUnlisted(String jcloudsId, Image image) {
        byJcloudsId.putIfAbsent(jcloudsId, image);
    }

    /** The image of this jclouds id, unless the last listing no longer held it. */
    Optional<Image> get(String jcloudsId) {
        return Optional.ofNullable(byJcloudsId.get(jcloudsId));
    }
}
