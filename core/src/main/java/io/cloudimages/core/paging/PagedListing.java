package io.cloudimages.core.paging;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudimages.core.internal.paging.LongSet;
import io.cloudimages.core.json.JsonFields;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A listing made of paged calls, the same way for every cloud: the provider fetches one page of
 * one call (a segment: one image type, one batch of ids...), and this decides what to return and
 * where the listing goes next, trusting nothing the cloud said.
 *
 * <ul>
 *   <li>A segment ends when its offset reaches the cloud's total, never on a short page: a cloud
 *       may answer fewer than asked (its own largest page is smaller, or it is under load).</li>
 *   <li>The total the segment's first page gave bounds it: a total that grows while the listing
 *       runs does not extend it, and a total above {@value #MAX_TOTAL} is refused as a lie, so a
 *       cloud that invents images cannot keep a listing going.</li>
 *   <li>A page that brings no image this listing has not already seen (the same page again, or
 *       an empty page while the total says more remain) ends the listing with a
 *       {@link ProtocolException}; an image is never returned twice. A {@link #stream()} remembers
 *       every image it returned; a {@link #page(String)} remembers the previous page, in its cursor.</li>
 * </ul>
 *
 * <pre>{@code
 * PagedListing.of(provider(), query, "DescribeImages", segments.size(), (segment, offset) -> ...)
 * }</pre>
 */
public final class PagedListing {

    /** The most images a listing's total may claim. No cloud's region holds nearly as many. */
    public static final long MAX_TOTAL = 1_000_000;

    /** Fetches one page of one segment's call. */
    @FunctionalInterface
    public interface Fetcher {
        /**
         * @param segment the call, from 0
         * @param offset  the offset of the page within the call's answers
         */
        CloudPage fetch(int segment, int offset);
    }

    /**
     * One page as the cloud answered it.
     *
     * @param images every image of the page, in the cloud's order, before the query's client-side criteria
     * @param total  the cloud's count of the call's images, or {@link #NO_TOTAL} when it gives none
     */
    public record CloudPage(List<Image> images, long total) {
        public static final long NO_TOTAL = -1;

        public CloudPage {
            images = List.copyOf(images);
        }

        /**
         * Reads the usual shape of a page: an array of image objects and a total beside it.
         *
         * @param toImage reads one image object
         * @throws ProtocolException when the array or the total is not of that shape
         */
        public static CloudPage read(JsonNode answer, String imagesField, String totalField, ErrorContext context,
                                     BiFunction<JsonNode, ErrorContext, Image> toImage) {
            List<Image> images = new ArrayList<>();
            for (JsonNode node : JsonFields.objects(answer, imagesField, context)) {
                images.add(toImage.apply(node, context));
            }
            return new CloudPage(images, JsonFields.count(answer, totalField, NO_TOTAL, context));
        }
    }

    private final String provider;
    private final ImageQuery query;
    private final ErrorContext context;
    private final int segments;
    private final Fetcher fetcher;

    private PagedListing(String provider, ImageQuery query, String action, int segments, Fetcher fetcher) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.query = Objects.requireNonNull(query, "query");
        this.context = ErrorContext.of(provider, action);
        this.segments = segments;
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /**
     * @param action   the cloud's action, for errors
     * @param segments how many calls the listing makes, at least 1
     */
    public static PagedListing of(String provider, ImageQuery query, String action, int segments, Fetcher fetcher) {
        if (segments < 1) {
            throw new IllegalArgumentException("a listing makes at least one call, got " + segments);
        }
        return new PagedListing(provider, query, action, segments, fetcher);
    }

    /** One page, for callers that keep their own cursor; see {@link io.cloudimages.ImageService#listPage}. */
    public Page<Image> page(String cursor) {
        return page(cursor, new LongSet());
    }

    /** Every image the query selects, page after page as the stream is consumed, none twice. */
    public Stream<Image> stream() {
        LongSet seen = new LongSet();
        return Page.stream(cursor -> page(cursor, seen));
    }

    private Page<Image> page(String cursor, LongSet seen) {
        PagePosition position = PagePosition.of(provider, query, cursor, segments);
        CloudPage answer = fetcher.fetch(position.segment(), position.offset());
        long total = bound(position, answer.total());
        List<Image> fresh = new ArrayList<>();
        long fingerprint = FNV_OFFSET;
        int unseen = 0;
        for (Image image : answer.images()) {
            long identity = identity(image);
            fingerprint = (fingerprint ^ identity) * FNV_PRIME;
            if (seen.add(identity)) {
                unseen++;
                if (query.matches(image)) {
                    fresh.add(image);
                }
            }
        }
        int answered = answer.images().size();
        if (answered > 0 && (unseen == 0 || fingerprint == position.previousPage())) {
            throw new ProtocolException("the cloud answered the page at offset " + position.offset() + " with only"
                    + " images it had already returned; stopping the listing", context);
        }
        if (answered == 0 && total != CloudPage.NO_TOTAL && position.offset() < total) {
            throw new ProtocolException("the cloud answered an empty page at offset " + position.offset()
                    + " although its total says " + total + " images match; stopping the listing", context);
        }
        long next = (long) position.offset() + answered;
        if (next > MAX_TOTAL) {
            throw new ProtocolException("the cloud keeps answering after " + MAX_TOTAL + " images; no region holds"
                    + " that many, so stopping the listing", context);
        }
        boolean moreInSegment = answered > 0 && (total == CloudPage.NO_TOTAL || next < total);
        return new Page<>(fresh, position.next(provider, query, moreInSegment, answered, total, fingerprint, segments));
    }

    /** The total that bounds the segment: the least the cloud has claimed in it. */
    private long bound(PagePosition position, long total) {
        if (total != CloudPage.NO_TOTAL && (total < 0 || total > MAX_TOTAL)) {
            throw new ProtocolException("the cloud says " + total + " images match; that cannot be (a listing holds"
                    + " from 0 to " + MAX_TOTAL + "), so stopping the listing", context);
        }
        if (position.total() == CloudPage.NO_TOTAL) {
            return total;
        }
        return total == CloudPage.NO_TOTAL ? position.total() : Math.min(position.total(), total);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /**
     * An image as a listing tells images apart, its id and zone (UCloud lists one image once per
     * zone), as a 64-bit FNV-1a hash: a listing remembers every image it returned in 16 bytes or so.
     * The chance that two images of a listing share a hash, and one is taken for the other, is about
     * 3 in 100 million for a million images, and 3 in a trillion for ten thousand.
     */
    private static long identity(Image image) {
        long hash = FNV_OFFSET;
        String id = image.id();
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * FNV_PRIME;
        }
        hash = (hash ^ 0x1F) * FNV_PRIME; // a separator no id holds, so "ab"+"c" is not "a"+"bc"
        String zone = image.zone() == null ? "" : image.zone();
        for (int i = 0; i < zone.length(); i++) {
            hash = (hash ^ zone.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }
}
