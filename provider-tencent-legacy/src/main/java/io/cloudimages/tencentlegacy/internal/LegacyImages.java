package io.cloudimages.tencentlegacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.json.Json;
import io.cloudimages.core.json.JsonFields;
import io.cloudimages.core.paging.PagedListing;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.core.json.Timestamps;
import io.cloudimages.core.os.OsNameParser;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.tencentlegacy.TencentLegacyProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import static io.cloudimages.core.json.JsonFields.text;

/**
 * The legacy {@code imageSet} entries (seed 003) in the neutral model. The raw fields stay in the
 * attributes, with {@code creator} added when the answer spells it {@code createor}.
 */
final class LegacyImages {

    /** {@code imageType}: 1 private, 2 public, 3 marketplace, 4 shared. */
    static final Map<ImageType, Integer> TYPE_CODES = Map.of(ImageType.PRIVATE, 1, ImageType.PUBLIC, 2,
            ImageType.MARKETPLACE, 3, ImageType.SHARED, 4);
    /** {@code status}: 1 creating, 2 normal, 3 in use, 4 synchronizing, 5 copying. */
    static final Map<ImageState, Integer> STATE_CODES = Map.of(ImageState.CREATING, 1, ImageState.AVAILABLE, 2,
            ImageState.IN_USE, 3, ImageState.SYNCING, 4, ImageState.COPYING, 5);

    private LegacyImages() {
    }

    /** A DescribeImages answer: its images, and its total. */
    static PagedListing.CloudPage toPage(JsonNode answer, String region, ErrorContext context) {
        return PagedListing.CloudPage.read(answer, "imageSet", "totalCount", context, (node, at) -> toImage(node, region, at));
    }

    static Image toImage(JsonNode node, String region, ErrorContext context) {
        String rawState = text(node, "status");
        String created = text(node, "createTime");
        Map<String, Object> attributes = new LinkedHashMap<>(Json.toMap(node));
        String creator = creator(node);
        if (creator != null) {
            attributes.putIfAbsent("creator", creator);
        }
        return Image.builder()
                .provider(TencentLegacyProvider.ID)
                .region(region)
                .id(JsonFields.requiredText(node, "unImgId", context))
                .name(Objects.requireNonNullElse(text(node, "imageName"), ""))
                .description(text(node, "imageDescription"))
                .os(OsNameParser.parse(text(node, "osName")))
                .type(type(JsonFields.wholeNumber(node, "imageType", 4)))
                .state(state(rawState))
                .rawState(rawState)
                // the API writes local time without a zone: China Standard Time
                .createdAt(Timestamps.parseLocal(created, Timestamps.CHINA_STANDARD_TIME).orElse(null))
                .attributes(attributes)
                .build();
    }

    /** The account that created the image: {@code creator}, or the seed's misspelt {@code createor}. */
    static String creator(JsonNode node) {
        String creator = text(node, "creator");
        return creator != null ? creator : text(node, "createor");
    }

    /** The type of an {@code imageType} code; public when it is missing or unknown. */
    static ImageType type(Long code) {
        return switch (code == null ? 2 : code.intValue()) {
            case 1 -> ImageType.PRIVATE;
            case 3 -> ImageType.MARKETPLACE;
            case 4 -> ImageType.SHARED;
            default -> ImageType.PUBLIC;
        };
    }

    static ImageState state(String raw) {
        if (raw == null) {
            return ImageState.UNKNOWN;
        }
        return switch (raw) {
            case "1" -> ImageState.CREATING;
            case "2" -> ImageState.AVAILABLE;
            case "3" -> ImageState.IN_USE;
            case "4" -> ImageState.SYNCING;
            case "5" -> ImageState.COPYING;
            default -> ImageState.UNKNOWN;
        };
    }
}
