package io.cloudimages.core.paging;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.ImageQuery;

/**
 * Where a {@link PagedListing} stands, carried in a {@link Cursors cursor} bound to its query:
 * which call (the segment), the offset within it, and what the pages so far said, so that a
 * caller keeping its own cursor gets the same protection from a lying cloud as a stream.
 *
 * @param segment      the index of the call, from 0
 * @param offset       the offset of the next page within that call's answers
 * @param total        the least total the segment's pages claimed, or {@link PagedListing.CloudPage#NO_TOTAL}
 * @param previousPage a fingerprint of the previous page of the segment, or {@link #NO_PAGE}
 */
record PagePosition(int segment, int offset, long total, long previousPage) {

    static final long NO_PAGE = 0;
    private static final PagePosition START = new PagePosition(0, 0, PagedListing.CloudPage.NO_TOTAL, NO_PAGE);

    /**
     * The position a cursor holds, or the start for a null cursor.
     *
     * @param segments how many calls the query's listing makes
     * @throws InvalidRequestException when the cursor is not one issued for this query and provider
     */
    static PagePosition of(String provider, ImageQuery query, String cursor, int segments) {
        if (cursor == null) {
            return START;
        }
        String[] state = Cursors.decode(provider, query, cursor).split(":");
        try {
            if (state.length == 4) {
                PagePosition position = new PagePosition(Integer.parseInt(state[0]), Integer.parseInt(state[1]),
                        Long.parseLong(state[2]), Long.parseUnsignedLong(state[3], 16));
                if (position.segment >= 0 && position.segment < segments && position.offset >= 0
                        && position.total >= PagedListing.CloudPage.NO_TOTAL) {
                    return position;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException("the cursor \"" + cursor + "\" is not one this library issued for this query;"
                + " list again from the first page (a null cursor)", ErrorContext.of(provider, null));
    }

    /**
     * The cursor of the next page, or null when the listing is over.
     *
     * @param moreInSegment whether the current call has answers beyond this page
     * @param answered      how many answers this page had
     * @param total         the segment's bound so far
     * @param fingerprint   this page's fingerprint
     * @param segments      how many calls the listing makes
     */
    String next(String provider, ImageQuery query, boolean moreInSegment, int answered, long total, long fingerprint,
                int segments) {
        if (moreInSegment) {
            return Cursors.encode(provider, query, segment + ":" + (offset + answered) + ":" + total + ":"
                    + Long.toHexString(fingerprint));
        }
        if (segment + 1 < segments) {
            return Cursors.encode(provider, query, (segment + 1) + ":0:" + PagedListing.CloudPage.NO_TOTAL + ":0");
        }
        return null;
    }
}
