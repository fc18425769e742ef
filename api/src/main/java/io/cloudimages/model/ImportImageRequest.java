package io.cloudimages.model;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.internal.Copies;
import io.cloudimages.internal.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Import an image file from object storage as a private image.
 *
 * <p>The builder checks what every cloud requires; each provider then checks its own rules
 * (name length, supported OS) before anything is sent.
 *
 * <p>Immutable; build one with {@link #builder()}. It is a class with a builder rather than a
 * record so that it can gain the options clouds add to their imports without breaking callers.
 */
public final class ImportImageRequest {

    private final URI imageUrl;
    private final String name;
    private final String description;
    private final String osName;
    private final String osVersion;
    private final Architecture architecture;
    private final String format;
    private final boolean dryRun;
    private final boolean force;
    private final Map<String, String> tags;
    private final String licenseType;
    private final String bootMode;
    private final String imageFamily;

    private ImportImageRequest(Builder b) {
        tags = Copies.map(b.tags);
        requireUrl(b.imageUrl);
        imageUrl = b.imageUrl;
        name = required(b.name, "name", "the new image's name");
        osName = required(b.osName, "osName", "the OS name as the cloud's import list writes it, for example CentOS");
        osVersion = required(b.osVersion, "osVersion", "the OS version as the cloud's import list writes it, for example 7");
        if (b.architecture == null || b.architecture == Architecture.UNKNOWN) {
            throw invalid("architecture is required: one of x86_64, i386, arm64");
        }
        architecture = b.architecture;
        description = Text.blankToNull(b.description);
        format = b.format == null || b.format.isBlank() ? null : b.format.strip().toLowerCase(Locale.ROOT);
        dryRun = b.dryRun;
        force = b.force;
        licenseType = Text.blankToNull(b.licenseType);
        bootMode = Text.blankToNull(b.bootMode);
        imageFamily = Text.blankToNull(b.imageFamily);
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (tag.getKey() == null || tag.getKey().isBlank() || tag.getValue() == null) {
                throw invalid("tags need a non-blank key and a value, got " + tag.getKey() + "=" + tag.getValue());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where the image file is: an {@code http://} or {@code https://} URL. */
    public URI imageUrl() {
        return imageUrl;
    }

    /** The new image's name. */
    public String name() {
        return name;
    }

    /** A description, or null. */
    public String description() {
        return description;
    }

    /** The OS name as the cloud's import OS list writes it ("CentOS", "Ubuntu", "Windows Server 2016"). */
    public String osName() {
        return osName;
    }

    /** The OS version as that list writes it ("7", "16", "-"). */
    public String osVersion() {
        return osVersion;
    }

    /** The CPU architecture of the image. */
    public Architecture architecture() {
        return architecture;
    }

    /** The file format ("qcow2", "raw", "vhd", "vmdk", "iso") where the cloud needs it, or null. */
    public String format() {
        return format;
    }

    /** Only check the request: the cloud reports whether the import would succeed. */
    public boolean dryRun() {
        return dryRun;
    }

    /** Import even when the cloud cannot verify the OS (Tencent's forced import). */
    public boolean force() {
        return force;
    }

    /** Tags to put on the new image. */
    public Map<String, String> tags() {
        return tags;
    }

    /** The OS license to activate with, in the cloud's words, or null. */
    public String licenseType() {
        return licenseType;
    }

    /** The boot mode, in the cloud's words ("Legacy BIOS", "UEFI"), or null. */
    public String bootMode() {
        return bootMode;
    }

    /** An image family to put the new image in, or null. */
    public String imageFamily() {
        return imageFamily;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportImageRequest r
                && imageUrl.equals(r.imageUrl) && name.equals(r.name) && Objects.equals(description, r.description)
                && osName.equals(r.osName) && osVersion.equals(r.osVersion) && architecture == r.architecture
                && Objects.equals(format, r.format) && dryRun == r.dryRun && force == r.force && tags.equals(r.tags)
                && Objects.equals(licenseType, r.licenseType) && Objects.equals(bootMode, r.bootMode)
                && Objects.equals(imageFamily, r.imageFamily);
    }

    @Override
    public int hashCode() {
        return Objects.hash(imageUrl, name, description, osName, osVersion, architecture, format, dryRun, force, tags,
                licenseType, bootMode, imageFamily);
    }

    /** Shows the URL without its secrets: the query of a presigned URL and any user:password. */
    @Override
    public String toString() {
        return "ImportImageRequest[imageUrl=" + redacted(imageUrl) + ", name=" + name + ", osName=" + osName
                + ", osVersion=" + osVersion + ", architecture=" + architecture + ", format=" + format
                + ", dryRun=" + dryRun + ", force=" + force + ", tags=" + tags.keySet() + ", licenseType=" + licenseType
                + ", bootMode=" + bootMode + ", imageFamily=" + imageFamily + "]";
    }

    /** The URL as text for messages: a query (a presigned URL's signature) and user info are left out. */
    private static String redacted(Object url) {
        String text = String.valueOf(url);
        int query = text.indexOf('?');
        String shown = query < 0 ? text : text.substring(0, query) + "?…";
        int scheme = shown.indexOf("://");
        int at = shown.indexOf('@', scheme < 0 ? 0 : scheme + 3);
        int path = shown.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (scheme >= 0 && at >= 0 && (path < 0 || at < path)) {
            shown = shown.substring(0, scheme + 3) + "…@" + shown.substring(at + 1);
        }
        return shown;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void requireUrl(URI url) {
        if (url == null) {
            throw invalid("imageUrl is required: the http(s) URL of the image file in object storage");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw invalid("imageUrl must be an http:// or https:// URL with a host, got \"" + redacted(url) + "\"");
        }
    }

    private static String required(String value, String field, String meaning) {
        if (value == null || value.isBlank()) {
            throw invalid(field + " is required: " + meaning);
        }
        return value.strip();
    }

    private static InvalidRequestException invalid(String detail) {
        return new InvalidRequestException(detail, ErrorContext.none());
    }

    /** Builds an {@link ImportImageRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private URI imageUrl;
        private String name;
        private String description;
        private String osName;
        private String osVersion;
        private Architecture architecture;
        private String format;
        private boolean dryRun;
        private boolean force;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private String licenseType;
        private String bootMode;
        private String imageFamily;

        private Builder() {
        }

        private Builder(ImportImageRequest r) {
            imageUrl = r.imageUrl;
            name = r.name;
            description = r.description;
            osName = r.osName;
            osVersion = r.osVersion;
            architecture = r.architecture;
            format = r.format;
            dryRun = r.dryRun;
            force = r.force;
            tags.putAll(r.tags);
            licenseType = r.licenseType;
            bootMode = r.bootMode;
            imageFamily = r.imageFamily;
        }

        public Builder imageUrl(URI value) { imageUrl = value; return this; }

        /** @throws InvalidRequestException when the text is not a URL */
        public Builder imageUrl(String value) {
            if (value == null) {
                imageUrl = null;
                return this;
            }
            try {
                imageUrl = new URI(value.strip());
            } catch (URISyntaxException e) {
                throw invalid("imageUrl \"" + redacted(value) + "\" is not a valid URL: " + e.getReason()
                        + " (encode spaces as %20)");
            }
            return this;
        }

        public Builder name(String value) { name = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder osName(String value) { osName = value; return this; }
        public Builder osVersion(String value) { osVersion = value; return this; }
        public Builder architecture(Architecture value) { architecture = value; return this; }
        public Builder format(String value) { format = value; return this; }
        public Builder dryRun(boolean value) { dryRun = value; return this; }
        public Builder force(boolean value) { force = value; return this; }
        public Builder tags(Map<String, String> values) { tags.clear(); tags.putAll(values); return this; }
        public Builder putTag(String key, String value) { tags.put(key, value); return this; }
        public Builder licenseType(String value) { licenseType = value; return this; }
        public Builder bootMode(String value) { bootMode = value; return this; }
        public Builder imageFamily(String value) { imageFamily = value; return this; }

        public ImportImageRequest build() {
            return new ImportImageRequest(this);
        }
    }
}
