package io.cloudimages.examples;

import io.cloudimages.CloudImages;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.config.CloudConfig;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;

import java.nio.file.Path;

/** The README's "Listing images" and "Configuration file" examples. */
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

    /** Opens a cloud named in a configuration file. */
    public static ImageService openConfigured() {
        // tag::configuration[]
        ImageService images = CloudConfig.load(Path.of("clouds.yaml")).open("tencent-gz", CloudImages.discover());
        // end::configuration[]
        return images;
    }
}
