package io.cloudimages.model;

import java.util.Locale;
import java.util.Optional;

/** The CPU architecture an image runs on, in one vocabulary for every cloud. */
public enum Architecture {
    X86_64("x86_64"),
    I386("i386"),
    ARM64("arm64"),
    /** The cloud did not say, or said something this library does not recognise. */
    UNKNOWN("unknown");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    /** The lower-case name used in output and on the command line, for example {@code x86_64}. */
    public String id() {
        return id;
    }

    /**
     * Reads an architecture as the clouds and tools write it: {@code x86_64}, {@code amd64},
     * {@code x64}, {@code i386}, {@code i686}, {@code arm}, {@code arm64}, {@code aarch64},
     * {@code arm_64}... Case and surrounding blanks are ignored.
     *
     * @return the architecture, or empty when the text names none
     */
    public static Optional<Architecture> fromName(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "x86_64": case "x86-64": case "amd64": case "x64":
                return Optional.of(X86_64);
            case "i386": case "i486": case "i586": case "i686": case "x86": case "x86_32":
                return Optional.of(I386);
            case "arm": case "arm64": case "arm_64": case "aarch64": case "armv8":
                return Optional.of(ARM64);
            case "unknown":
                return Optional.of(UNKNOWN);
            default:
                return Optional.empty();
        }
    }

    /** Like {@link #fromName(String)}, but answers {@link #UNKNOWN} for text it does not recognise. */
    public static Architecture parse(String text) {
        return fromName(text).orElse(UNKNOWN);
    }
}
