package io.cloudimages.core.paging;

import io.cloudimages.model.ImageQuery;

import java.util.ArrayList;
import java.util.List;

/** What every cloud's listing plans the same way: id batches and the page size. */
public final class Paging {

    private Paging() {
    }

    /**
     * The query's ids in batches of at most {@code size}, one call each; a single empty batch when
     * the query names no ids, so that a listing always makes at least one call.
     */
    public static List<List<String>> idBatches(ImageQuery query, int size) {
        List<String> ids = query.ids();
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            batches.add(ids.subList(i, Math.min(ids.size(), i + size)));
        }
        if (batches.isEmpty()) {
            batches.add(List.of());
        }
        return batches;
    }

    /** The page size to ask for: the query's, or the cloud's largest page, whichever is smaller. */
    public static int pageSize(ImageQuery query, int cloudMaximum) {
        return query.pageSize() == null ? cloudMaximum : Math.min(query.pageSize(), cloudMaximum);
    }
}
