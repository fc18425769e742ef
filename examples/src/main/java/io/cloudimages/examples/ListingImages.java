package io.cloudimages.examples;

import io.cloudimages.CloudImages;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.config.CloudConfig;
import io.cloudimages.core.multicloud.MultiCloudPick;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImagePicker;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The README's "Listing images" (picking included) and "Configuration file" examples. */
public final class ListingImages {

    private ListingImages() {
    }

    /** Lists Ubuntu and TencentOS public images in Guangzhou, with the credentials of Tencent's tools. */
    public static void listPublicImages() {
        // tag::listing[]
        CloudImages clouds = CloudImages.discover();                // providers on the classpath
        ProviderSettings settings = ProviderSettings.builder()
                .region("ap-guangzhou")                              // credentials: TENCENTCLOUD_SECRET_ID/_KEY, or ~/.tccli
                .build();
        try (ImageService images = clouds.open("tencent-v3", settings)) {
            images.list(ImageQuery.builder()
                            .types(ImageType.PUBLIC)
                            .osFamilies(OsFamily.UBUNTU, OsFamily.TENCENTOS)
                            .build())
                  .forEach(image -> System.out.println(image.id() + " " + image.os().family().id()
                          + " " + image.os().version() + " " + image.os().architecture().id()));
        }
        // end::listing[]
    }

    /** Picks the image to use: the newest available build of Ubuntu 22.04 for x86_64. */
    public static void pickUbuntu() {
        // tag::picking[]
        try (ImageService images = CloudImages.discover().open("tencent-v3",
                ProviderSettings.builder().region("ap-guangzhou").build())) {
            Optional<Image> ubuntu = images.pick(ImageQuery.builder()
                    .osFamilies(OsFamily.UBUNTU)
                    .osVersion("22.04")                              // 22.04 and 22.04.x; a range: ">=20.04,<24"
                    .architectures(Architecture.X86_64)
                    .build());                                       // empty when no image can be picked
            ubuntu.ifPresent(image -> System.out.println(image.id() + " " + image.name()));
        }
        // end::picking[]
    }

    /** Picks on every cloud of a configuration file at once: one answer per cloud. */
    public static void pickEverywhere() {
        // tag::picking-everywhere[]
        CloudConfig config = CloudConfig.load(Path.of("clouds.yaml"));
        CloudImages providers = CloudImages.discover();
        Map<String, ImageService> clouds = new LinkedHashMap<>();
        for (String name : List.of("tencent-gz", "ucloud-bj")) {
            clouds.put(name, config.open(name, providers));
        }
        ImageQuery query = ImageQuery.builder().osFamilies(OsFamily.UBUNTU).osVersion("22.04")
                .architectures(Architecture.X86_64).build();
        for (MultiCloudPick.Result result : MultiCloudPick.pick(clouds, query)) {   // concurrently, in the map's order
            if (result instanceof MultiCloudPick.Picked picked) {
                System.out.println(picked.cloud() + ": " + picked.image().id());
            } else if (result instanceof MultiCloudPick.Failed failed) {
                System.err.println(failed.cloud() + " failed: " + failed.error().getMessage());
            } else {
                System.err.println(result.cloud() + ": no image matches");
            }
        }
        clouds.values().forEach(ImageService::close);
        // end::picking-everywhere[]
    }

    /** Ranks images already at hand by the rules {@code pick} applies, the image to pick first. */
    public static List<Image> rank(List<Image> images, ImageQuery query) {
        // tag::picking-order[]
        List<Image> ranked = images.stream()
                .filter(image -> ImagePicker.canPick(image, query))  // available, and matching the query
                .sorted(ImagePicker.BEST_FIRST)                      // highest version, newest, smallest id
                .toList();                                           // ranked.get(0) is what pick(query) answers
        // end::picking-order[]
        return ranked;
    }

    /** Opens a cloud named in a configuration file. */
    public static ImageService openConfigured() {
        // tag::configuration[]
        ImageService images = CloudConfig.load(Path.of("clouds.yaml")).open("tencent-gz", CloudImages.discover());
        // end::configuration[]
        return images;
    }
}
