package io.cloudimages.model;

import io.cloudimages.internal.Text;

import java.util.Optional;

/**
 * The broad kind of operating system. {@link #LINUX} covers every Unix-like system that the
 * clouds list under Linux (they put FreeBSD and CoreOS there too).
 */
public enum OsType {
    LINUX("linux"),
    WINDOWS("windows"),
    UNKNOWN("unknown");

    private final String id;

    OsType(String id) {
        this.id = id;
    }

    /** The lower-case name used in output and on the command line. */
    public String id() {
        return id;
    }

    /** Reads {@code linux} or {@code windows} in any case; empty for anything else. */
    public static Optional<OsType> fromName(String text) {
        return Text.byId(values(), OsType::id, text);
    }
}
