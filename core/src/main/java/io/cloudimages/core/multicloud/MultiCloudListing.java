package io.cloudimages.core.multicloud;

import io.cloudimages.ImageService;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lists several clouds at once: each cloud's listing runs on a thread of its own, and results are
 * streamed in the order they arrive. A cloud that fails is reported as a {@link Failed} result
 * beside the others' images; it never stops them.
 *
 * <pre>{@code
 * try (Stream<MultiCloudListing.Result> results = MultiCloudListing.list(services, query)) {
 *     results.forEach(result -> ...);
 * }
 * }</pre>
 *
 * Memory stays bounded: a cloud whose images are not consumed waits (at most
 * {@value #BUFFERED} results are buffered). Closing the stream stops every listing.
 */
public final class MultiCloudListing {

    static final int BUFFERED = 1024;

    private MultiCloudListing() {
    }

    /** One result of a multi-cloud listing. */
    public sealed interface Result {
        /** The name the caller gave the cloud. */
        String cloud();
    }

    /** An image found on a cloud. */
    public record Found(String cloud, Image image) implements Result {
    }

    /**
     * A cloud whose listing failed; the images it listed before failing have been reported.
     *
     * @param error usually a {@link io.cloudimages.exception.CloudImagesException}; any other
     *              exception, or an {@link Error} such as a stack overflow, is a bug of the
     *              provider's, and is reported here too rather than hiding the other clouds
     */
    public record Failed(String cloud, Throwable error) implements Result {
    }

    /** Every image the query selects on every cloud, as a stream to close when done. */
    public static Stream<Result> list(Map<String, ImageService> clouds, ImageQuery query) {
        Objects.requireNonNull(query, "query");
        Map<String, ImageService> copy = new LinkedHashMap<>(clouds);
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BUFFERED);
        AtomicInteger running = new AtomicInteger(copy.size());
        Object done = new Object();
        ExecutorService threads = CloudThreads.forClouds(copy.size(), "list");
        copy.forEach((name, service) -> threads.execute(() -> {
            try (Stream<Image> images = service.list(query)) {
                Iterator<Image> it = images.iterator();
                while (it.hasNext()) {
                    queue.put(new Found(name, it.next()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                putQuietly(queue, new Failed(name, e));
            } finally {
                // whatever ended this cloud's listing, the consumer must learn when the last one is over
                if (running.decrementAndGet() == 0) {
                    putQuietly(queue, done);
                }
            }
        }));
        threads.shutdown();
        if (copy.isEmpty()) {
            queue.add(done);
        }
        Iterator<Result> iterator = new Iterator<>() {
            private Result next;
            private boolean finished;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                if (finished) {
                    return false;
                }
                try {
                    Object item = queue.take();
                    if (item == done) {
                        finished = true;
                        return false;
                    }
                    next = (Result) item;
                    return true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    threads.shutdownNow();
                    finished = true;
                    return false;
                }
            }

            @Override
            public Result next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Result result = next;
                next = null;
                return result;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(threads::shutdownNow);
    }

    private static void putQuietly(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
