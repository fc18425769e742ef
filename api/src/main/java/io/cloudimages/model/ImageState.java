package io.cloudimages.model;

import io.cloudimages.internal.Text;

import java.util.Optional;

/**
 * The life-cycle state of an image, normalised across clouds. The cloud's own word is kept
 * beside it in {@link Image#rawState()}.
 */
public enum ImageState {
    CREATING("creating"),
    AVAILABLE("available"),
    IN_USE("in_use"),
    SYNCING("syncing"),
    COPYING("copying"),
    IMPORTING("importing"),
    FAILED("failed"),
    UNAVAILABLE("unavailable"),
    /** The cloud reported a state this library does not know yet; see the raw state. */
    UNKNOWN("unknown");

    private final String id;

    ImageState(String id) {
        this.id = id;
    }

    /** The lower-case name used in output and on the command line. */
    public String id() {
        return id;
    }

    /** Reads the lower-case name in any case; empty for anything else. */
    public static Optional<ImageState> fromId(String text) {
        return Text.byId(values(), ImageState::id, text);
    }
}
