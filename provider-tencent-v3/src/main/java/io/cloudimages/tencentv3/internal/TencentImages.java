package io.cloudimages.tencentv3.internal;

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
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.OsSupport;
import io.cloudimages.model.OsType;
import io.cloudimages.tencentv3.TencentV3Provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.cloudimages.core.json.JsonFields.text;

/** Tencent's image fields (reference/tencent.md section 3.1) in the neutral model. */
final class TencentImages {

    private TencentImages() {
    }

    /** A DescribeImages answer: its images, and its total. */
    static PagedListing.CloudPage toPage(JsonNode answer, String region, ErrorContext context) {
        return PagedListing.CloudPage.read(answer, "ImageSet", "TotalCount", context, (node, at) -> toImage(node, region, at));
    }

    static Image toImage(JsonNode node, String region, ErrorContext context) {
        String rawState = text(node, "ImageState");
        Architecture architecture = switch (String.valueOf(text(node, "Architecture"))) {
            case "x86_64" -> Architecture.X86_64;
            case "arm", "arm64", "arm_64", "aarch64" -> Architecture.ARM64;
            case "i386" -> Architecture.I386;
            default -> null;
        };
        OperatingSystem parsed = OsNameParser.parse(text(node, "OsName"), text(node, "Platform"), null);
        OperatingSystem os = architecture == null ? parsed
                : new OperatingSystem(parsed.family(), parsed.name(), parsed.version(), architecture, parsed.platform());
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonNode tag : JsonFields.objects(node, "Tags", context)) {
            String key = JsonFields.text(tag, "Key");
            if (key != null) {
                tags.put(key, Objects.requireNonNullElse(JsonFields.text(tag, "Value"), ""));
            }
        }
        Set<String> features = new LinkedHashSet<>();
        if (node.path("IsSupportCloudinit").asBoolean(false)) {
            features.add("CloudInit");
        }
        return Image.builder()
                .provider(TencentV3Provider.ID)
                .region(region)
                .id(JsonFields.requiredText(node, "ImageId", context))
                .name(Objects.requireNonNullElse(text(node, "ImageName"), ""))
                .description(text(node, "ImageDescription"))
                .os(os)
                .type(type(text(node, "ImageType")))
                .state(state(rawState))
                .rawState(rawState)
                .createdAt(Timestamps.parseIso(text(node, "CreatedTime")).orElse(null))
                .sizeGiB(JsonFields.wholeNumber(node, "ImageSize", Image.MAX_SIZE_GIB))
                .family(text(node, "ImageFamily"))
                .deprecated(node.path("ImageDeprecated").asBoolean(false))
                .tags(tags)
                .features(features)
                .attributes(Json.toMap(node))
                .build();
    }

    static ImageType type(String raw) {
        if (raw == null) {
            return ImageType.PUBLIC;
        }
        return switch (raw) {
            case "PRIVATE_IMAGE" -> ImageType.PRIVATE;
            case "SHARED_IMAGE" -> ImageType.SHARED;
            case "MARKET_IMAGE" -> ImageType.MARKETPLACE;
            default -> ImageType.PUBLIC;
        };
    }

    static ImageState state(String raw) {
        if (raw == null) {
            return ImageState.UNKNOWN;
        }
        return switch (raw) {
            case "NORMAL" -> ImageState.AVAILABLE;
            case "CREATING" -> ImageState.CREATING;
            case "SYNCING" -> ImageState.SYNCING;
            case "IMPORTING" -> ImageState.IMPORTING;
            case "CREATEFAILED", "IMPORTFAILED" -> ImageState.FAILED;
            default -> ImageState.UNKNOWN;
        };
    }

    /**
     * DescribeImportImageOs (seed 000) as {@link OsSupport}: one entry per {@code OsVersion} of
     * {@code ImportImageOsVersionSet}, then one per name of {@code ImportImageOsListSupported}
     * that has none, so that no name, version or architecture of the answer is lost.
     */
    static OsSupport toOsSupport(JsonNode response, String region, ErrorContext context) {
        JsonNode listed = response.path("ImportImageOsListSupported");
        Map<String, OsType> typeByName = new LinkedHashMap<>();
        JsonFields.texts(listed, "Linux", context).forEach(name -> typeByName.put(name, OsType.LINUX));
        JsonFields.texts(listed, "Windows", context).forEach(name -> typeByName.put(name, OsType.WINDOWS));
        List<OsSupport.Entry> entries = new ArrayList<>();
        Set<String> described = new LinkedHashSet<>();
        for (JsonNode os : JsonFields.objects(response, "ImportImageOsVersionSet", context)) {
            String name = JsonFields.requiredText(os, "OsName", context);
            described.add(name);
            entries.add(entry(name, typeByName.get(name), JsonFields.texts(os, "OsVersions", context),
                    JsonFields.texts(os, "Architecture", context)));
        }
        typeByName.forEach((name, type) -> {
            if (!described.contains(name)) {
                entries.add(entry(name, type, List.of(), List.of()));
            }
        });
        return new OsSupport(TencentV3Provider.ID, region, entries);
    }

    private static OsSupport.Entry entry(String name, OsType listedType, List<String> versions, List<String> architectures) {
        OsFamily family = OsNameParser.familyOf(name);
        OsType type = listedType != null ? listedType : family.osType();
        return new OsSupport.Entry(name, type, family, versions, architectures);
    }
}
