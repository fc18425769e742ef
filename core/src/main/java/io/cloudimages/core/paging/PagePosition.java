package io.cloudimages.core.paging;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.model.ImageQuery;

/**
 * Where a listing stands, for clouds whose listing is several paged calls in turn (one per
 * image type, one per batch of ids): which call, the segment, and the offset within it. It
 * travels in a {@link Cursors cursor} bound to its query.
 *
 * @param segment the index of the call, from 0
 * @param offset  the offset of the next page within that call's answers
 */
public record PagePosition(int segment, int offset) {

    private static final PagePosition START = new PagePosition(0, 0);

    /**
     * The position a cursor holds, or the start for a null cursor.
     *
     * @param segments how many calls the query's listing makes
     * @throws InvalidRequestException when the cursor is not one issued for this query and provider
     */
    public static PagePosition of(String provider, ImageQuery query, String cursor, int segments) {
        if (cursor == null) {
            return START;
        }
        String[] state = Cursors.decode(provider, query, cursor).split(":");
        try {
            if (state.length == 2) {
                int segment = Integer.parseInt(state[0]);
                int offset = Integer.parseInt(state[1]);
                if (segment >= 0 && segment < segments && offset >= 0) {
                    return new PagePosition(segment, offset);
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
     * @param moreInSegment whether the current call has answers beyond this page (the cloud's
     *                      total, or a full page where it gives none)
     * @param answered      how many answers this page had
     * @param segments      how many calls the listing makes
     */
    public String next(String provider, ImageQuery query, boolean moreInSegment, int answered, int segments) {
        if (moreInSegment) {
            return Cursors.encode(provider, query, segment + ":" + (offset + answered));
        }
        if (segment + 1 < segments) {
            return Cursors.encode(provider, query, (segment + 1) + ":0");
        }
        return null;
    }
}
