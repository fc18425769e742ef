package io.cloudimages.model;

import io.cloudimages.internal.Text;

import java.util.Optional;

/** Who provides an image. */
public enum ImageType {
    /** Provided by the cloud itself. */
    PUBLIC("public"),
    /** Created or imported by this account. */
    PRIVATE("private"),
    /** Shared with this account by another account. */
    SHARED("shared"),
    /** Sold or offered by third parties through the cloud's marketplace. */
    MARKETPLACE("marketplace");

    private final String id;

    ImageType(String id) {
        this.id = id;
    }

    /** The lower-case name used in output and on the command line. */
    public String id() {
        return id;
    }

    /** Reads the lower-case name in any case; empty for anything else. */
    public static Optional<ImageType> fromId(String text) {
        return Text.byId(values(), ImageType::id, text);
    }
}
