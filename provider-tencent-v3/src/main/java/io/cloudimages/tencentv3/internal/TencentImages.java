package io.cloudimages.tencentv3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.json.Json;
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
import java.util.Set;

/** Tencent's image fields (reference/tencent.md section 3.1) in the neutral model. */
final class TencentImages {

    private TencentImages() {
    }

    static Image toImage(JsonNode node, String region) {
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
        for (JsonNode tag : node.path("Tags")) {
            tags.put(tag.path("Key").asText(), tag.path("Value").asText(""));
        }
        Set<String> features = new LinkedHashSet<>();
        if (node.path("IsSupportCloudinit").asBoolean(false)) {
            features.add("CloudInit");
        }
        return Image.builder()
                .provider(TencentV3Provider.ID)
                .region(region)
                .id(node.path("ImageId").asText())
                .name(node.path("ImageName").asText(""))
                .description(text(node, "ImageDescription"))
                .os(os)
                .type(type(text(node, "ImageType")))
                .state(state(rawState))
                .rawState(rawState)
                .createdAt(Timestamps.parseIso(text(node, "CreatedTime")).orElse(null))
                .sizeGiB(node.hasNonNull("ImageSize") ? node.get("ImageSize").asLong() : null)
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
    static OsSupport toOsSupport(JsonNode response, String region) {
        JsonNode listed = response.path("ImportImageOsListSupported");
        Map<String, OsType> typeByName = new LinkedHashMap<>();
        listed.path("Linux").forEach(name -> typeByName.put(name.asText(), OsType.LINUX));
        listed.path("Windows").forEach(name -> typeByName.put(name.asText(), OsType.WINDOWS));
        List<OsSupport.Entry> entries = new ArrayList<>();
        Set<String> described = new LinkedHashSet<>();
        for (JsonNode os : response.path("ImportImageOsVersionSet")) {
            String name = os.path("OsName").asText();
            described.add(name);
            entries.add(entry(name, typeByName.get(name), strings(os.path("OsVersions")), strings(os.path("Architecture"))));
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

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
