package io.cloudimages.testkit;

import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;

import java.time.Instant;
import java.util.Objects;

/**
 * An image to put in a fake cloud's catalogue, said once in the neutral model's words; each fake
 * writes it as its cloud writes images ({@link FakeCloud#addImage}), so one scenario (the picking
 * rules, say) runs against every cloud alike.
 *
 * <p>Clouds differ in what they can say, and a fake writes the nearest its cloud can:
 * <ul>
 *   <li>the OS name is written as given, and clouds with no architecture field (the legacy API,
 *       UCloud without its ARM feature) read the architecture from it: write it there as the
 *       clouds do ("64位", "ARM");</li>
 *   <li>a state the cloud has no word for is written as a state of its that is not available
 *       ({@link ImageState#FAILED} is UCloud's {@code Unavailable} and the legacy API's
 *       "creating"), and a state with no such stand-in is refused;</li>
 *   <li>a deprecated image is refused by a cloud that has no deprecation (UCloud, the legacy API),
 *       with an {@link UnsupportedOperationException}.</li>
 * </ul>
 *
 * @param name         the image name
 * @param osName       the OS name as the cloud would write it, for example {@code Ubuntu Server 22.04 LTS 64位}
 * @param architecture the architecture, for the clouds that say it in a field of its own
 * @param type         public, private, shared or marketplace
 * @param state        the state
 * @param deprecated   whether the cloud marks it deprecated
 * @param createdAt    when it was created, or null for {@link FakeCloud#CATALOGUE_CREATED}, as every catalogue image
 */
public record CatalogueImage(String name, String osName, Architecture architecture, ImageType type, ImageState state,
                             boolean deprecated, Instant createdAt) {

    public CatalogueImage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
    }

    /** A public image, available, not deprecated, created when it is added. */
    public static CatalogueImage of(String name, String osName, Architecture architecture) {
        return new CatalogueImage(name, osName, architecture, ImageType.PUBLIC, ImageState.AVAILABLE, false, null);
    }

    public CatalogueImage withType(ImageType value) {
        return new CatalogueImage(name, osName, architecture, value, state, deprecated, createdAt);
    }

    public CatalogueImage withState(ImageState value) {
        return new CatalogueImage(name, osName, architecture, type, value, deprecated, createdAt);
    }

    public CatalogueImage withDeprecated(boolean value) {
        return new CatalogueImage(name, osName, architecture, type, state, value, createdAt);
    }

    public CatalogueImage withCreatedAt(Instant value) {
        return new CatalogueImage(name, osName, architecture, type, state, deprecated, value);
    }
}
