package io.cloudimages;

import io.cloudimages.exception.UnsupportedCapabilityException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImagePicker;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.OsSupport;
import io.cloudimages.model.Page;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * VM images on one cloud, in one region, with one set of credentials. Open one with
 * {@link CloudImages#open(String, ProviderSettings)}.
 *
 * <p>Implementations are thread-safe. Every method may throw a subclass of
 * {@link io.cloudimages.exception.CloudImagesException}. Requests are rate limited, retried and
 * deadline-bound by the provider's pipeline; see the README.
 */
public interface ImageService extends AutoCloseable {

    /** The provider id, for example {@code tencent-v3}. */
    String provider();

    /** The region this service works in. */
    String region();

    /** What this provider can do; the others throw {@link UnsupportedCapabilityException}. */
    Set<Capability> capabilities();

    /**
     * Every image the query selects, fetched page by page as the stream is consumed. Stopping
     * early (for example with {@code limit}) fetches no further pages.
     */
    default Stream<Image> list(ImageQuery query) {
        return Page.stream(cursor -> listPage(query, cursor));
    }

    /** Every image that is not deprecated. */
    default Stream<Image> list() {
        return list(ImageQuery.all());
    }

    /**
     * The one image to use among those the query selects, or empty when none can be picked, by
     * the rules of {@link ImagePicker}: only an available image, not a deprecated one unless the
     * query includes them; the highest OS version first (numerically: "22.04" above "9.10"; an
     * image of unknown version never when the query asks for a version, and last otherwise), then
     * the newest creation time, then the smallest id, so the answer is the same on every run.
     *
     * <pre>{@code
     * Optional<Image> ubuntu = images.pick(ImageQuery.builder()
     *         .osFamilies(OsFamily.UBUNTU).osVersion("22.04").architectures(Architecture.X86_64).build());
     * }</pre>
     *
     * <p>It lists with the query narrowed to available images ({@link ImagePicker#listingQuery}),
     * so the filters are pushed down to the cloud as for {@link #list(ImageQuery)}, and reads every
     * page of that listing (no cloud sorts by version); a query for states none of which is
     * available sends nothing.
     */
    default Optional<Image> pick(ImageQuery query) {
        Objects.requireNonNull(query, "query");
        Optional<ImageQuery> listing = ImagePicker.listingQuery(query);
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Image> images = list(listing.get())) {
            // the listing has matched the query already (the contract suite holds every provider to it)
            return images.filter(image -> image.state() == ImageState.AVAILABLE).min(ImagePicker.BEST_FIRST);
        }
    }

    /**
     * One page of the listing, for callers that keep their own cursor.
     *
     * @param cursor null for the first page, then the previous page's {@link Page#nextCursor()};
     *               a cursor only works with the query it came from
     */
    Page<Image> listPage(ImageQuery query, String cursor);

    /** The image with this id, or empty when there is none. */
    Optional<Image> get(String imageId);

    /** The operating systems an import accepts here. */
    default OsSupport importOsSupport() {
        throw new UnsupportedCapabilityException(provider(), Capability.IMPORT_OS_SUPPORT);
    }

    /**
     * Imports an image file as a private image. An import is never sent twice: when its answer is
     * lost the provider looks the image up by name, and reports
     * {@link io.cloudimages.exception.OutcomeUnknownException} if it cannot tell.
     */
    default ImportResult importImage(ImportImageRequest request) {
        throw new UnsupportedCapabilityException(provider(), Capability.IMPORT_IMAGE);
    }

    /**
     * Waits until images of this service are available, polling {@link #get} with back-off, for
     * 30 minutes at most: {@code images.waiter().importAndWait(request)}. For another timeout or a
     * listener of the progress, build one with {@link ImageWaiter#builder(ImageService)}.
     */
    default ImageWaiter waiter() {
        return ImageWaiter.builder(this).build();
    }

    /** Releases what this service holds. Shared resources (connection pools, rate limiters) stay. */
    @Override
    void close();
}
