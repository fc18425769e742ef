package io.cloudimages.ucloud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.json.Timestamps;
import io.cloudimages.core.os.OsNameParser;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OperatingSystem;
import io.cloudimages.model.OsType;
import io.cloudimages.model.Price;
import io.cloudimages.ucloud.UcloudProvider;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** UCloud's {@code UHostImageSet} (seed 004) in the neutral model. */
final class UcloudImages {

    /** UCloud's business group ({@code Tag}) is the image's tag of this key. */
    static final String BUSINESS_GROUP = "business-group";
    static final Map<ImageType, String> TYPES = Map.of(ImageType.PUBLIC, "Base", ImageType.MARKETPLACE, "Business",
            ImageType.PRIVATE, "Custom");

    private UcloudImages() {
    }

    static Image toImage(JsonNode node, String region) {
        String osType = text(node, "OsType");
        OsType hint = "Windows".equalsIgnoreCase(osType) ? OsType.WINDOWS : "Linux".equalsIgnoreCase(osType) ? OsType.LINUX : null;
        OperatingSystem os = OsNameParser.parse(text(node, "OsName"), osType, hint);
        Set<String> features = new LinkedHashSet<>();
        node.path("Features").forEach(f -> features.add(f.asText()));
        if (features.contains("Aarch64_Type")) {
            os = new OperatingSystem(os.family(), os.name(), os.version(), Architecture.ARM64, os.platform());
        }
        List<Price> prices = new ArrayList<>();
        for (JsonNode price : node.path("PriceSet")) {
            if (price.hasNonNull("Price")) {
                prices.add(new Price(price.path("ChargeType").asText(""), new BigDecimal(price.get("Price").asText()),
                        price.hasNonNull("OriginalPrice") ? new BigDecimal(price.get("OriginalPrice").asText()) : null, "CNY"));
            }
        }
        String rawState = text(node, "State");
        long size = node.path("ImageSize").asLong(0);
        Image.Builder image = Image.builder()
                .provider(UcloudProvider.ID)
                .region(region)
                .zone(text(node, "Zone"))
                .id(node.path("ImageId").asText())
                .name(node.path("ImageName").asText(""))
                .description(text(node, "ImageDescription"))
                .os(os)
                .type(type(text(node, "ImageType")))
                .state(state(rawState))
                .rawState(rawState)
                .createdAt(Timestamps.fromEpochSeconds(node.hasNonNull("CreateTime") ? node.get("CreateTime").asLong() : null)
                        .orElse(null))
                .sizeGiB(size > 0 ? size : null)
                .features(features)
                .prices(prices)
                .attributes(Json.toMap(node));
        String group = text(node, "Tag");
        if (group != null) {
            image.putTag(BUSINESS_GROUP, group);
        }
        return image.build();
    }

    static ImageType type(String raw) {
        if (raw == null) {
            return ImageType.PUBLIC;
        }
        return switch (raw) {
            case "Custom" -> ImageType.PRIVATE;
            case "Business" -> ImageType.MARKETPLACE;
            default -> ImageType.PUBLIC;
        };
    }

    static ImageState state(String raw) {
        if (raw == null) {
            return ImageState.UNKNOWN;
        }
        return switch (raw) {
            case "Available" -> ImageState.AVAILABLE;
            case "Making" -> ImageState.CREATING;
            case "Unavailable" -> ImageState.UNAVAILABLE;
            case "Copying" -> ImageState.COPYING;
            default -> ImageState.UNKNOWN;
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
