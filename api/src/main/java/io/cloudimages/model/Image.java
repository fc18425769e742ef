package io.cloudimages.model;

import io.cloudimages.internal.Copies;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A VM image on some cloud, in the neutral model. Nothing the cloud said is lost: whatever has
 * no field of its own stays in {@link #attributes()}.
 *
 * <p>Fields the cloud did not give are null (never 0 or ""): {@code zone}, {@code description},
 * {@code rawState}, {@code createdAt}, {@code sizeGiB} and {@code family}.
 *
 * <p>Immutable: the collections are unmodifiable copies, {@link #attributes()} at every level.
 * Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. It is a class
 * with a builder rather than a record so that it can gain a field without breaking callers: no
 * caller depends on a constructor's or a deconstruction pattern's list of components.
 */
public final class Image {

    /** The largest size an image may have, in GiB (a pebibyte); a cloud saying more is not believed. */
    public static final long MAX_SIZE_GIB = 1L << 20;

    private final String provider;
    private final String region;
    private final String zone;
    private final String id;
    private final String name;
    private final String description;
    private final OperatingSystem os;
    private final ImageType type;
    private final ImageState state;
    private final String rawState;
    private final Instant createdAt;
    private final Long sizeGiB;
    private final String family;
    private final boolean deprecated;
    private final Map<String, String> tags;
    private final Set<String> features;
    private final List<Price> prices;
    private final Map<String, Object> attributes;

    private Image(Builder b) {
        provider = Objects.requireNonNull(b.provider, "provider");
        region = Objects.requireNonNull(b.region, "region");
        zone = b.zone;
        id = Objects.requireNonNull(b.id, "id");
        name = Objects.requireNonNull(b.name, "name");
        description = b.description;
        os = Objects.requireNonNull(b.os, "os");
        type = Objects.requireNonNull(b.type, "type");
        state = Objects.requireNonNull(b.state, "state");
        rawState = b.rawState;
        createdAt = b.createdAt;
        sizeGiB = b.sizeGiB;
        family = b.family;
        deprecated = b.deprecated;
        tags = Copies.map(b.tags);
        features = Copies.set(b.features);
        prices = Copies.list(b.prices);
        attributes = Copies.deepMap(b.attributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The provider id, for example {@code tencent-v3}. */
    public String provider() {
        return provider;
    }

    /** The region the image was listed in. */
    public String region() {
        return region;
    }

    /** The availability zone, or null for an image usable in the whole region. */
    public String zone() {
        return zone;
    }

    /** The cloud's image id. */
    public String id() {
        return id;
    }

    /** The image name. */
    public String name() {
        return name;
    }

    /** The description, or null. */
    public String description() {
        return description;
    }

    /** The operating system inside the image. */
    public OperatingSystem os() {
        return os;
    }

    /** Who provides the image. */
    public ImageType type() {
        return type;
    }

    /** The normalised state. */
    public ImageState state() {
        return state;
    }

    /** The state exactly as the cloud wrote it, or null. */
    public String rawState() {
        return rawState;
    }

    /** When the image was created, or null. */
    public Instant createdAt() {
        return createdAt;
    }

    /** The image size in GiB (at most {@value #MAX_SIZE_GIB}), or null. */
    public Long sizeGiB() {
        return sizeGiB;
    }

    /** The image family (a name for "the latest image of this kind"), or null. */
    public String family() {
        return family;
    }

    /** Whether the cloud marks the image deprecated. */
    public boolean deprecated() {
        return deprecated;
    }

    /** The image's tags, key to value, in the cloud's order. */
    public Map<String, String> tags() {
        return tags;
    }

    /** Feature flags the cloud reports (cloud-init support, GPU, IPv6...). */
    public Set<String> features() {
        return features;
    }

    /** Prices the cloud quoted, if any. */
    public List<Price> prices() {
        return prices;
    }

    /** The cloud's raw fields for this image, as JSON-like values (maps, lists, scalars, nulls). */
    public Map<String, Object> attributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image other
                && provider.equals(other.provider) && region.equals(other.region) && Objects.equals(zone, other.zone)
                && id.equals(other.id) && name.equals(other.name) && Objects.equals(description, other.description)
                && os.equals(other.os) && type == other.type && state == other.state
                && Objects.equals(rawState, other.rawState) && Objects.equals(createdAt, other.createdAt)
                && Objects.equals(sizeGiB, other.sizeGiB) && Objects.equals(family, other.family)
                && deprecated == other.deprecated && tags.equals(other.tags) && features.equals(other.features)
                && prices.equals(other.prices) && attributes.equals(other.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, region, zone, id, name, description, os, type, state, rawState, createdAt,
                sizeGiB, family, deprecated, tags, features, prices, attributes);
    }

    /**
     * Which image this is, in one short line: the cloud's raw attributes (its whole answer for the
     * image) are only counted, so that logging an image never logs a page of JSON.
     */
    @Override
    public String toString() {
        return "Image[provider=" + provider + ", region=" + region + (zone == null ? "" : ", zone=" + zone)
                + ", id=" + id + ", name=" + name + ", os=" + os.family().id()
                + (os.version() == null ? "" : " " + os.version()) + " " + os.architecture().id()
                + ", type=" + type.id() + ", state=" + state.id() + (deprecated ? ", deprecated" : "")
                + ", attributes=" + attributes.size() + "]";
    }

    /** Builds an {@link Image}; provider, region, id, name, os, type and state are required. */
    public static final class Builder {
        private String provider;
        private String region;
        private String zone;
        private String id;
        private String name;
        private String description;
        private OperatingSystem os = OperatingSystem.unknown();
        private ImageType type;
        private ImageState state = ImageState.UNKNOWN;
        private String rawState;
        private Instant createdAt;
        private Long sizeGiB;
        private String family;
        private boolean deprecated;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private Set<String> features = Set.of();
        private List<Price> prices = List.of();
        private Map<String, Object> attributes = Map.of();

        private Builder() {
        }

        private Builder(Image image) {
            provider = image.provider;
            region = image.region;
            zone = image.zone;
            id = image.id;
            name = image.name;
            description = image.description;
            os = image.os;
            type = image.type;
            state = image.state;
            rawState = image.rawState;
            createdAt = image.createdAt;
            sizeGiB = image.sizeGiB;
            family = image.family;
            deprecated = image.deprecated;
            tags.putAll(image.tags);
            features = image.features;
            prices = image.prices;
            attributes = image.attributes;
        }

        public Builder provider(String provider) { this.provider = provider; return this; }
        public Builder region(String region) { this.region = region; return this; }
        public Builder zone(String zone) { this.zone = zone; return this; }
        public Builder id(String id) { this.id = id; return this; }
        public Builder name(String name) { this.name = name; return this; }
        public Builder description(String description) { this.description = description; return this; }
        public Builder os(OperatingSystem os) { this.os = os; return this; }
        public Builder type(ImageType type) { this.type = type; return this; }
        public Builder state(ImageState state) { this.state = state; return this; }
        public Builder rawState(String rawState) { this.rawState = rawState; return this; }
        public Builder createdAt(Instant createdAt) { this.createdAt = createdAt; return this; }
        public Builder sizeGiB(Long sizeGiB) { this.sizeGiB = sizeGiB; return this; }
        public Builder family(String family) { this.family = family; return this; }
        public Builder deprecated(boolean deprecated) { this.deprecated = deprecated; return this; }
        public Builder tags(Map<String, String> tags) { this.tags.clear(); this.tags.putAll(tags); return this; }
        public Builder putTag(String key, String value) { this.tags.put(key, value); return this; }
        public Builder features(Collection<String> features) { this.features = Copies.set(features); return this; }
        public Builder prices(List<Price> prices) { this.prices = prices; return this; }
        public Builder attributes(Map<String, ?> attributes) { this.attributes = Copies.deepMap(attributes); return this; }

        /** @throws NullPointerException when a required field is missing, naming it */
        public Image build() {
            return new Image(this);
        }
    }
}
