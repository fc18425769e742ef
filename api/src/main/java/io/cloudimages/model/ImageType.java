package io.cloudimages.model;

import java.util.Locale;
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
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ImageType type : values()) {
            if (type.id.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
