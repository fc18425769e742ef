package io.cloudimages.testkit;

import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Private Ubuntu images that make every picking rule matter, for the simulated clouds of the
 * command line ({@code --simulate}) and for tests: {@code images pick --family ubuntu --os-version
 * 24.04 --arch x86_64} must skip a newer failed build of 24.04.2, a deprecated 24.04.1, an arm64
 * build and a build of unknown version, and take the later of two x86_64 builds of 24.04 made a
 * month apart; and 9.10, the newest of all, must not beat 24.04 as it would compared as text.
 * (The fakes' other catalogues hold no Ubuntu 24.04, so these decide.)
 */
public final class PickingCatalogue {

    /** The image {@code --family ubuntu --os-version 24.04 --arch x86_64} picks. */
    public static final String PICKED_X86_64 = "ubuntu-24.04-x86_64-20240701";
    /** The image {@code --family ubuntu --os-version 24.04} picks: the arm64 build is newer. */
    public static final String PICKED_ANY_ARCHITECTURE = "ubuntu-24.04-arm64-20240801";
    /** The image picked when deprecated images are included, where the cloud has deprecation. */
    public static final String PICKED_WITH_DEPRECATED = "ubuntu-24.04.1-x86_64-deprecated";

    private PickingCatalogue() {
    }

    /** The images, each once. */
    public static List<CatalogueImage> images() {
        return List.of(
                build("ubuntu-24.04-x86_64-20240601", "Ubuntu Server 24.04 LTS 64位", Architecture.X86_64, "2024-06-01"),
                build(PICKED_X86_64, "Ubuntu Server 24.04 LTS 64位", Architecture.X86_64, "2024-07-01"),
                build(PICKED_ANY_ARCHITECTURE, "Ubuntu Server 24.04 LTS 64位 ARM", Architecture.ARM64, "2024-08-01"),
                build("ubuntu-24.04.2-x86_64-failed", "Ubuntu Server 24.04.2 LTS 64位", Architecture.X86_64, "2024-09-01")
                        .withState(ImageState.FAILED),
                build(PICKED_WITH_DEPRECATED, "Ubuntu Server 24.04.1 LTS 64位", Architecture.X86_64, "2024-08-15")
                        .withDeprecated(true),
                build("ubuntu-9.10-x86_64", "Ubuntu Server 9.10 64位", Architecture.X86_64, "2024-10-01"),
                build("ubuntu-daily-x86_64", "Ubuntu Server daily build 64位", Architecture.X86_64, "2024-11-01"));
    }

    /**
     * Adds the images to a fake's region, leaving out those its cloud cannot say (a deprecated
     * image on UCloud or the legacy API), and answers the ids of those added.
     */
    public static List<String> addTo(FakeCloud fake, String region) {
        List<String> ids = new ArrayList<>();
        for (CatalogueImage image : images()) {
            try {
                ids.add(fake.addImage(region, image));
            } catch (UnsupportedOperationException cloudCannotSayIt) {
                // the rest of the catalogue still makes the other rules matter
            }
        }
        return ids;
    }

    private static CatalogueImage build(String name, String osName, Architecture architecture, String day) {
        return CatalogueImage.of(name, osName, architecture).withType(ImageType.PRIVATE)
                .withCreatedAt(Instant.parse(day + "T02:00:00Z"));
    }
}
