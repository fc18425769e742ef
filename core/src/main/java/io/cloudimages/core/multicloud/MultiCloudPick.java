package io.cloudimages.core.multicloud;

import io.cloudimages.ImageService;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Picks an image on several clouds at once, the sibling of {@link MultiCloudListing}: each
 * cloud's {@link ImageService#pick(ImageQuery)} runs on a thread of its own, and the answer is one
 * result per cloud, in the order of the map: the image, no match, or the cloud's error. A cloud
 * that fails never hides the others' answers.
 *
 * <pre>{@code
 * for (MultiCloudPick.Result result : MultiCloudPick.pick(services, query)) {
 *     if (result instanceof MultiCloudPick.Picked picked) {
 *         use(picked.cloud(), picked.image());
 *     } else if (result instanceof MultiCloudPick.Failed failed) {
 *         log.warn("{} failed", failed.cloud(), failed.error());
 *     } else {
 *         log.warn("no image matches on {}", result.cloud());
 *     }
 * }
 * }</pre>
 *
 * It takes as long as the slowest cloud; each cloud's calls keep their own deadlines.
 */
public final class MultiCloudPick {

    private MultiCloudPick() {
    }

    /** What one cloud answered. */
    public sealed interface Result permits Picked, NoMatch, Failed {
        /** The name the caller gave the cloud. */
        String cloud();
    }

    /** The image the cloud's pick chose. */
    public record Picked(String cloud, Image image) implements Result {
        public Picked {
            Objects.requireNonNull(cloud, "cloud");
            Objects.requireNonNull(image, "image");
        }
    }

    /** The cloud answered, and no image it has can be picked for the query. */
    public record NoMatch(String cloud) implements Result {
        public NoMatch {
            Objects.requireNonNull(cloud, "cloud");
        }
    }

    /**
     * The cloud's pick failed.
     *
     * @param error usually a {@link io.cloudimages.exception.CloudImagesException}; any other
     *              exception, or an {@link Error} such as a stack overflow, is a bug of the
     *              provider's, and is reported here too rather than hiding the other clouds
     */
    public record Failed(String cloud, Throwable error) implements Result {
        public Failed {
            Objects.requireNonNull(cloud, "cloud");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Picks on every cloud at once, and waits for them all.
     *
     * @param clouds the services by the names the results carry, in the order of the results
     * @return one result per cloud, in the order of {@code clouds}
     * @throws CancellationException when the calling thread is interrupted while waiting; the
     *                               picks still running are interrupted, and the thread's
     *                               interrupt status is set again
     */
    public static List<Result> pick(Map<String, ImageService> clouds, ImageQuery query) {
        Objects.requireNonNull(query, "query");
        Map<String, ImageService> copy = new LinkedHashMap<>(clouds);
        if (copy.isEmpty()) {
            return List.of();
        }
        ExecutorService threads = CloudThreads.forClouds(copy.size(), "pick");
        try {
            Map<String, Future<Result>> running = new LinkedHashMap<>();
            copy.forEach((name, service) -> running.put(name, threads.submit(() -> pickOne(name, service, query))));
            List<Result> results = new ArrayList<>();
            for (Future<Result> cloud : running.values()) {
                results.add(cloud.get());
            }
            return List.copyOf(results);
        } catch (ExecutionException e) {
            throw new IllegalStateException("pickOne reports every failure as a result", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while picking an image on " + String.join(", ", copy.keySet()));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Result pickOne(String name, ImageService service, ImageQuery query) {
        try {
            return service.pick(query).<Result>map(image -> new Picked(name, image)).orElseGet(() -> new NoMatch(name));
        } catch (RuntimeException | Error e) {
            return new Failed(name, e);
        }
    }
}
