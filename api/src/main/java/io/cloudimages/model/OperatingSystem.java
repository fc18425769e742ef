package io.cloudimages.model;

import java.util.Objects;

/**
 * What runs inside an image.
 *
 * @param family       the family, {@link OsFamily#LINUX} for a Linux the table does not know
 * @param name         the OS name exactly as the cloud wrote it, or null when it gave none
 * @param version      the version read from the name (or given by the cloud), or null when unknown
 * @param architecture the CPU architecture, {@link Architecture#UNKNOWN} when the cloud did not say
 * @param platform     the cloud's own platform word (Tencent's {@code Platform}, UCloud's
 *                     {@code OsType}), or null when it gave none
 */
public record OperatingSystem(OsFamily family, String name, Version version, Architecture architecture,
                              String platform) {

    public OperatingSystem {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(architecture, "architecture");
    }

    /** An operating system nothing is known about. */
    public static OperatingSystem unknown() {
        return new OperatingSystem(OsFamily.UNKNOWN, null, null, Architecture.UNKNOWN, null);
    }

    /** Linux or Windows, from the family. */
    public OsType type() {
        return family.osType();
    }
}
