package io.cloudimages.model;

import io.cloudimages.internal.Copies;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a listing and the cursor to the next one.
 *
 * <p>A page may hold fewer items than the page size, or none, while more pages follow: criteria
 * that the cloud cannot apply are applied on the client, after the cloud has paged. Keep
 * following {@link #nextCursor()} until it is null.
 *
 * @param items      the items of this page
 * @param nextCursor an opaque cursor for the next page, or null on the last page
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = Copies.list(items);
    }

    /** The last page. */
    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    /**
     * A lazy stream over every item of a paged listing: the first page is fetched when the first
     * item is needed, and each following page only when the items before it are consumed.
     *
     * @param fetch fetches the page at a cursor; the first page is at the null cursor
     */
    public static <T> Stream<T> stream(Function<String, Page<T>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        Iterator<T> iterator = new Iterator<>() {
            private Iterator<T> current = null;
            private String cursor = null;
            private boolean exhausted = false;

            @Override
            public boolean hasNext() {
                while ((current == null || !current.hasNext()) && !exhausted) {
                    Page<T> page = fetch.apply(cursor);
                    if (page.nextCursor() != null && page.nextCursor().equals(cursor)) {
                        // a provider that hands back the cursor it was given would page forever
                        throw new IllegalStateException("the listing returned the cursor it was given; stopping");
                    }
                    current = page.items().iterator();
                    cursor = page.nextCursor();
                    exhausted = cursor == null;
                }
                return current != null && current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
