package io.cloudimages.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules that pick the one image to use among those a query selects: what
 * {@link io.cloudimages.ImageService#pick(ImageQuery)} applies to a listing, the command line's
 * {@code images pick} prints, and anything else that chooses an image (a jclouds template, a
 * platform's own cache of listings) applies to the images it holds, so that every way of picking
 * answers the same.
 *
 * <ol>
 *   <li>Only an image in the {@link ImageState#AVAILABLE} state that the query
 *       {@link ImageQuery#matches matches} can be picked: so not a deprecated one unless the query
 *       includes them, and not one of unknown version when the query asks for a version.</li>
 *   <li>Among those, {@link #BEST_FIRST}: the highest OS version (compared numerically segment by
 *       segment, "22.04" above "9.10"; unknown versions last), then the newest creation time
 *       (unknown last), then the smallest id, so the answer is the same on every run.</li>
 * </ol>
 *
 * <pre>{@code
 * Optional<Image> image = ImagePicker.pick(images, query);             // from images already at hand
 * List<Image> ranked = images.stream().filter(i -> ImagePicker.canPick(i, query))
 *         .sorted(ImagePicker.BEST_FIRST).toList();                  // every candidate, the pick first
 * }</pre>
 */
public final class ImagePicker {

    /**
     * The order of preference, the image to pick first: the highest OS version (numerically; an
     * unknown version, or one without a number, after every known one), then the newest creation
     * time (an unknown time last), then the smallest id; and, for images of several places, the
     * smallest region, zone (region-wide first) and provider. Versions written differently but
     * equal in number ("22.04", "22.4") are equal here.
     */
    public static final Comparator<Image> BEST_FIRST = ImagePicker::compare;

    private ImagePicker() {
    }

    /** Whether the image can be picked for this query: it is available and the query matches it. */
    public static boolean canPick(Image image, ImageQuery query) {
        return image.state() == ImageState.AVAILABLE && query.matches(image);
    }

    /** The image to use among these, for this query, or empty when none can be picked. */
    public static Optional<Image> pick(Stream<Image> images, ImageQuery query) {
        Objects.requireNonNull(query, "query");
        return images.filter(image -> canPick(image, query)).min(BEST_FIRST);
    }

    /** The image to use among these, for this query, or empty when none can be picked. */
    public static Optional<Image> pick(Collection<Image> images, ImageQuery query) {
        return pick(images.stream(), query);
    }

    /**
     * The query to list with so as to pick for {@code query}: the same, asking for available
     * images only, so that a cloud that filters on state (the legacy API) sends only those; empty
     * when the query asks for states among which none is available, so nothing need be listed.
     */
    public static Optional<ImageQuery> listingQuery(ImageQuery query) {
        if (query.states().isEmpty()) {
            return Optional.of(query.toBuilder().states(ImageState.AVAILABLE).build());
        }
        return query.states().contains(ImageState.AVAILABLE) ? Optional.of(query) : Optional.empty();
    }

    private static int compare(Image a, Image b) {
        int byVersion = compareVersions(a.os().version(), b.os().version());
        if (byVersion != 0) {
            return byVersion;
        }
        int byTime = compareTimes(a.createdAt(), b.createdAt());
        if (byTime != 0) {
            return byTime;
        }
        int byId = a.id().compareTo(b.id());
        if (byId != 0) {
            return byId;
        }
        int byRegion = a.region().compareTo(b.region());
        if (byRegion != 0) {
            return byRegion;
        }
        int byZone = Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a.zone(), b.zone());
        return byZone != 0 ? byZone : a.provider().compareTo(b.provider());
    }

    /** The higher version first; an unknown one (or one without a number) last. */
    private static int compareVersions(Version a, Version b) {
        boolean knownA = a != null && !a.numbers().isEmpty();
        boolean knownB = b != null && !b.numbers().isEmpty();
        if (knownA != knownB) {
            return knownA ? -1 : 1;
        }
        return knownA ? b.compareNumerically(a) : 0;
    }

    /** The newer time first; an unknown one last. */
    private static int compareTimes(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return b.compareTo(a);
    }
}
