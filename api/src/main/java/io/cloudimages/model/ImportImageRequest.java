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

/**
 * Import an image file from object storage as a private image.
 *
 * <p>The builder checks what every cloud requires; each provider then checks its own rules
 * (name length, supported OS) before anything is sent.
 *
 * @param imageUrl     where the image file is: an {@code http://} or {@code https://} URL
 * @param name         the new image's name
 * @param description  a description, or null
 * @param osName       the OS name as the cloud's import OS list writes it ("CentOS", "Ubuntu", "Windows Server 2016")
 * @param osVersion    the OS version as that list writes it ("7", "16", "-")
 * @param architecture the CPU architecture of the image
 * @param format       the file format ("qcow2", "raw", "vhd", "vmdk", "iso") where the cloud needs it, or null
 * @param dryRun       only check the request: the cloud reports whether the import would succeed
 * @param force        import even when the cloud cannot verify the OS (Tencent's forced import)
 * @param tags         tags to put on the new image
 * @param licenseType  the OS license to activate with, in the cloud's words, or null
 * @param bootMode     the boot mode, in the cloud's words ("Legacy BIOS", "UEFI"), or null
 * @param imageFamily  an image family to put the new image in, or null
 */
public record ImportImageRequest(URI imageUrl, String name, String description, String osName, String osVersion,
                                 Architecture architecture, String format, boolean dryRun, boolean force,
                                 Map<String, String> tags, String licenseType, String bootMode, String imageFamily) {

    public ImportImageRequest {
        tags = Copies.map(tags);
        requireUrl(imageUrl);
        name = required(name, "name", "the new image's name");
        osName = required(osName, "osName", "the OS name as the cloud's import list writes it, for example CentOS");
        osVersion = required(osVersion, "osVersion", "the OS version as the cloud's import list writes it, for example 7");
        if (architecture == null || architecture == Architecture.UNKNOWN) {
            throw invalid("architecture is required: one of x86_64, i386, arm64");
        }
        description = Text.blankToNull(description);
        format = format == null || format.isBlank() ? null : format.strip().toLowerCase(Locale.ROOT);
        licenseType = Text.blankToNull(licenseType);
        bootMode = Text.blankToNull(bootMode);
        imageFamily = Text.blankToNull(imageFamily);
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (tag.getKey() == null || tag.getKey().isBlank() || tag.getValue() == null) {
                throw invalid("tags need a non-blank key and a value, got " + tag.getKey() + "=" + tag.getValue());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
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
            return new ImportImageRequest(imageUrl, name, description, osName, osVersion, architecture, format,
                    dryRun, force, tags, licenseType, bootMode, imageFamily);
        }
    }
}
