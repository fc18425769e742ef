package io.cloudimages.ucloud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.json.JsonFields;
import io.cloudimages.core.paging.PagedListing;
import io.cloudimages.exception.ErrorContext;
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
import java.util.Objects;
import java.util.Set;

import static io.cloudimages.core.json.JsonFields.text;

/** UCloud's {@code UHostImageSet} (seed 004) in the neutral model. */
final class UcloudImages {

    /** UCloud's business group ({@code Tag}) is the image's tag of this key. */
    static final String BUSINESS_GROUP = "business-group";
    static final Map<ImageType, String> TYPES = Map.of(ImageType.PUBLIC, "Base", ImageType.MARKETPLACE, "Business",
            ImageType.PRIVATE, "Custom");

    private UcloudImages() {
    }

    /** A DescribeImage answer: its images, and its total. */
    static PagedListing.CloudPage toPage(JsonNode answer, String region, ErrorContext context) {
        return PagedListing.CloudPage.read(answer, "ImageSet", "TotalCount", context, (node, at) -> toImage(node, region, at));
    }

    static Image toImage(JsonNode node, String region, ErrorContext context) {
        String osType = text(node, "OsType");
        OsType hint = "Windows".equalsIgnoreCase(osType) ? OsType.WINDOWS : "Linux".equalsIgnoreCase(osType) ? OsType.LINUX : null;
        OperatingSystem os = OsNameParser.parse(text(node, "OsName"), osType, hint);
        Set<String> features = new LinkedHashSet<>(JsonFields.texts(node, "Features", context));
        if (features.contains("Aarch64_Type")) {
            os = new OperatingSystem(os.family(), os.name(), os.version(), Architecture.ARM64, os.platform());
        }
        List<Price> prices = new ArrayList<>();
        for (JsonNode price : JsonFields.objects(node, "PriceSet", context)) {
            BigDecimal amount = JsonFields.decimal(price, "Price");
            // a price that is not a number is no price: it stays in the attributes as the cloud wrote it
            if (amount != null) {
                prices.add(new Price(Objects.requireNonNullElse(text(price, "ChargeType"), ""), amount,
                        JsonFields.decimal(price, "OriginalPrice"), "CNY"));
            }
        }
        String rawState = text(node, "State");
        Long size = JsonFields.wholeNumber(node, "ImageSize", Image.MAX_SIZE_GIB);
        Long created = JsonFields.wholeNumber(node, "CreateTime", Long.MAX_VALUE);
        Image.Builder image = Image.builder()
                .provider(UcloudProvider.ID)
                .region(region)
                .zone(text(node, "Zone"))
                .id(JsonFields.requiredText(node, "ImageId", context))
                .name(Objects.requireNonNullElse(text(node, "ImageName"), ""))
                .description(text(node, "ImageDescription"))
                .os(os)
                .type(type(text(node, "ImageType")))
                .state(state(rawState))
                .rawState(rawState)
                .createdAt(Timestamps.fromEpochSeconds(created).orElse(null))
                // UCloud writes 0 for a size it does not know
                .sizeGiB(size == null || size == 0 ? null : size)
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
}
