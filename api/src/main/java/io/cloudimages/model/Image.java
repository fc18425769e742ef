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
 * @param provider    the provider id, for example {@code tencent-v3}
 * @param region      the region the image was listed in
 * @param zone        the availability zone, or null for an image usable in the whole region
 * @param id          the cloud's image id
 * @param name        the image name
 * @param description the description, or null
 * @param os          the operating system inside the image
 * @param type        who provides the image
 * @param state       the normalised state
 * @param rawState    the state exactly as the cloud wrote it, or null
 * @param createdAt   when the image was created, or null
 * @param sizeGiB     the image size in GiB (at most {@value #MAX_SIZE_GIB}), or null
 * @param family      the image family (a name for "the latest image of this kind"), or null
 * @param deprecated  whether the cloud marks the image deprecated
 * @param tags        the image's tags, key to value, in the cloud's order
 * @param features    feature flags the cloud reports (cloud-init support, GPU, IPv6...)
 * @param prices      prices the cloud quoted, if any
 * @param attributes  the cloud's raw fields for this image, as JSON-like values
 */
public record Image(String provider, String region, String zone, String id, String name, String description,
                    OperatingSystem os, ImageType type, ImageState state, String rawState, Instant createdAt,
                    Long sizeGiB, String family, boolean deprecated, Map<String, String> tags,
                    Set<String> features, List<Price> prices, Map<String, Object> attributes) {

    /** The largest size an image may have, in GiB (a pebibyte); a cloud saying more is not believed. */
    public static final long MAX_SIZE_GIB = 1L << 20;

    public Image {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        tags = Copies.map(tags);
        features = Copies.set(features);
        prices = Copies.list(prices);
        attributes = Copies.deepMap(attributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
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

        public Image build() {
            return new Image(provider, region, zone, id, name, description, os, type, state, rawState, createdAt,
                    sizeGiB, family, deprecated, tags, features, prices, attributes);
        }
    }
}
