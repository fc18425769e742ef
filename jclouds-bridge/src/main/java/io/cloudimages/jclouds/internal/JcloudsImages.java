package io.cloudimages.jclouds.internal;

import io.cloudimages.core.json.Json;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.OperatingSystem;
import org.jclouds.compute.domain.ImageBuilder;
import org.jclouds.domain.Location;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Images in jclouds' words, losing nothing: what jclouds' {@code Image} has no field for is in its
 * user metadata, under the names the command line's JSON uses ({@code osFamily}, {@code type},
 * {@code createdAt}, {@code sizeGiB}, {@code family}, {@code deprecated}...), tags as
 * {@code tag.<key>}.
 */
final class JcloudsImages {

    /** Where a tag goes in the user metadata: {@code tag.team=infra}. */
    static final String TAG_PREFIX = "tag.";

    private JcloudsImages() {
    }

    /**
     * The jclouds id: region-qualified, {@code ap-guangzhou/img-xxxxxxxx}, because jclouds indexes
     * the images of every region of a context by id, and some clouds give one image the same id
     * in several regions.
     */
    static String idOf(Image image) {
        return image.region() + "/" + image.id();
    }

    /** A jclouds id read back: the region and the cloud's id. */
    record RegionalId(String region, String imageId) {
    }

    /** The region and the cloud's id of a jclouds id; empty when it is not {@code region/id}. */
    static Optional<RegionalId> parseId(String jcloudsId) {
        int slash = jcloudsId.indexOf('/');
        if (slash <= 0 || slash == jcloudsId.length() - 1 || jcloudsId.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new RegionalId(jcloudsId.substring(0, slash), jcloudsId.substring(slash + 1)));
    }

    /**
     * The jclouds image.
     *
     * @param region the jclouds location of the image's region
     * @param zones  the zones that hold this image, comma-separated, or null for a region-wide one
     */
    static org.jclouds.compute.domain.Image toJclouds(Image image, Location region, String zones) {
        return new ImageBuilder()
                .id(idOf(image))
                .providerId(image.id())
                .name(image.name())
                .description(image.description())
                .location(region)
                .operatingSystem(operatingSystem(image))
                .status(status(image.state()))
                .backendStatus(image.rawState())
                .userMetadata(userMetadata(image, zones))
                .build();
    }

    private static org.jclouds.compute.domain.OperatingSystem operatingSystem(Image image) {
        OperatingSystem os = image.os();
        Architecture architecture = os.architecture();
        return org.jclouds.compute.domain.OperatingSystem.builder()
                .family(JcloudsOsFamilies.of(os.family()))
                .name(os.name())
                .version(os.version() == null ? null : os.version().toString())
                .arch(architecture == Architecture.UNKNOWN ? null : architecture.id())
                .description(os.name() != null ? os.name() : image.name())
                .is64Bit(architecture == Architecture.X86_64 || architecture == Architecture.ARM64)
                .build();
    }

    static org.jclouds.compute.domain.Image.Status status(ImageState state) {
        return switch (state) {
            case AVAILABLE -> org.jclouds.compute.domain.Image.Status.AVAILABLE;
            case CREATING, IMPORTING, SYNCING, COPYING, IN_USE -> org.jclouds.compute.domain.Image.Status.PENDING;
            case FAILED, UNAVAILABLE -> org.jclouds.compute.domain.Image.Status.ERROR;
            case UNKNOWN -> org.jclouds.compute.domain.Image.Status.UNRECOGNIZED;
        };
    }

    private static Map<String, String> userMetadata(Image image, String zones) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("provider", image.provider());
        metadata.put("region", image.region());
        putKnown(metadata, "zone", zones);
        metadata.put("osFamily", image.os().family().id());
        putKnown(metadata, "platform", image.os().platform());
        metadata.put("type", image.type().id());
        metadata.put("state", image.state().id());
        putKnown(metadata, "createdAt", image.createdAt());
        putKnown(metadata, "sizeGiB", image.sizeGiB());
        putKnown(metadata, "family", image.family());
        metadata.put("deprecated", String.valueOf(image.deprecated()));
        if (!image.features().isEmpty()) {
            metadata.put("features", String.join(",", image.features()));
        }
        if (!image.prices().isEmpty()) {
            metadata.put("prices", Json.write(image.prices()));
        }
        if (!image.attributes().isEmpty()) {
            metadata.put("attributes", Json.write(image.attributes()));
        }
        image.tags().forEach((key, value) -> metadata.put(TAG_PREFIX + key, value));
        return metadata;
    }

    private static void putKnown(Map<String, String> metadata, String key, Object value) {
        if (value != null) {
            metadata.put(key, value.toString());
        }
    }

    /** The zones, comma-separated, of images that are one image in several zones; null when one is region-wide. */
    static String zones(Collection<Image> sameImage) {
        if (sameImage.stream().anyMatch(image -> image.zone() == null)) {
            return null;
        }
        return String.join(",", sameImage.stream().map(Image::zone).distinct().sorted().toList());
    }
}
