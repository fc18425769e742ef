package io.cloudimages.model;

import io.cloudimages.internal.Copies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The operating systems an import accepts, as the cloud listed them, and questions about them:
 * "is CentOS 7 x86_64 importable?" is {@code isImportable(OsFamily.CENTOS, "7", Architecture.X86_64)}.
 *
 * @param provider the provider id
 * @param region   the region the answer is for
 * @param entries  one entry per OS name, in the cloud's order
 */
public record OsSupport(String provider, String region, List<Entry> entries) {

    public OsSupport {
        Objects.requireNonNull(provider, "provider");
        entries = Copies.list(entries);
    }

    /** The entry whose name is exactly this (ignoring case), as the cloud wrote it: "CentOS", "Redhat". */
    public Optional<Entry> find(String osName) {
        return entries.stream().filter(e -> e.name().equalsIgnoreCase(osName.strip())).findFirst();
    }

    /** The entries of one family. */
    public List<Entry> entries(OsFamily family) {
        return entries.stream().filter(e -> e.family() == family).toList();
    }

    /** Whether an OS of this family, version and architecture can be imported. */
    public boolean isImportable(OsFamily family, String version, Architecture architecture) {
        return entries(family).stream().anyMatch(e -> e.accepts(version, architecture));
    }

    /** Whether an OS with this name (as the cloud writes it), version and architecture can be imported. */
    public boolean isImportable(String osName, String version, Architecture architecture) {
        return find(osName).map(e -> e.accepts(version, architecture)).orElse(false);
    }

    /**
     * One importable operating system.
     *
     * @param name          the OS name exactly as the cloud wrote it ("CentOS", "Redhat", "Other Linux")
     * @param type          Linux or Windows, from the cloud's grouping
     * @param family        the family read from the name
     * @param versions      the versions exactly as the cloud wrote them ("7", "16", or "-" for any)
     * @param architectures the architectures exactly as the cloud wrote them ("x86_64", "i386")
     */
    public record Entry(String name, OsType type, OsFamily family, List<String> versions, List<String> architectures) {

        /** The cloud's word for "any version". */
        public static final String ANY_VERSION = "-";

        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(family, "family");
            versions = Copies.list(versions);
            architectures = Copies.list(architectures);
        }

        /** The architectures in the neutral vocabulary; ones this library does not know are left out. */
        public List<Architecture> neutralArchitectures() {
            return architectures.stream().map(Architecture::parse).filter(a -> a != Architecture.UNKNOWN)
                    .distinct().toList();
        }

        /**
         * Whether this entry accepts the version and architecture. A version matches a listed one
         * when it is that version or lies within it ("7.9" within "7"); "-" accepts any version.
         */
        public boolean accepts(String version, Architecture architecture) {
            return acceptsArchitecture(architecture) && acceptsVersion(version);
        }

        public boolean acceptsArchitecture(Architecture architecture) {
            return neutralArchitectures().contains(architecture);
        }

        public boolean acceptsVersion(String version) {
            if (versions.contains(ANY_VERSION)) {
                return true;
            }
            if (version == null || version.isBlank()) {
                return false;
            }
            Version wanted = Version.of(version);
            return versions.stream().filter(listed -> listed != null && !listed.isBlank())
                    .anyMatch(listed -> wanted.isWithin(Version.of(listed)));
        }
    }
}
