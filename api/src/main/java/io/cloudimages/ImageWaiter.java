package io.cloudimages;

import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ImageFailedException;
import io.cloudimages.exception.ImageVanishedException;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.WaitTimeoutException;
import io.cloudimages.internal.PollDelays;
import io.cloudimages.internal.WaitOutcomes;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Waits until an image can be used. An import returns at once, but its image is usable only
 * minutes later; a waiter polls {@link ImageService#get} until the image is available and returns
 * it, or ends the wait with a typed error:
 *
 * <ul>
 *   <li>{@link ImageFailedException}: the cloud reports the image failed, with its state;</li>
 *   <li>{@link ImageVanishedException}: the cloud no longer finds the image, or never knew the id;</li>
 *   <li>{@link WaitTimeoutException}: still not available when the timeout passed (30 minutes by
 *       default). Only the waiting stops: the cloud goes on with the image.</li>
 * </ul>
 *
 * <p>Polls are calls of the service like any other, so they are rate limited, retried and
 * deadline-bound by the provider's pipeline, and many waiters together never exceed the cloud's
 * limits. They back off: 2 s apart at first, then doubling, with jitter, never 30 s apart or more.
 * A poll that still fails after the pipeline's retries, in a way that may pass
 * ({@link CloudImagesException#retryable()}: throttling, the network), does not end the wait, which
 * goes on until its timeout; any other error ends it at once. The timeout bounds when the last
 * poll starts: a poll under way then finishes first, within the service's call deadline.
 *
 * <pre>{@code
 * Image image = images.waiter().importAndWait(request);
 * }</pre>
 *
 * <p>Immutable and thread-safe. The listener runs on the waiting thread, and what it throws ends
 * the wait. Interrupting the waiting thread ends the wait with a {@link CancellationException},
 * the thread's interrupt status kept; the cloud goes on with the image all the same.
 */
public final class ImageWaiter {

    /** How long a wait lasts at most unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    private final ImageService images;
    private final Duration timeout;
    private final Consumer<ImageStateChange> listener;
    private final Clock clock;
    private final Sleeper sleeper;

    private ImageWaiter(Builder builder) {
        this.images = builder.images;
        this.timeout = builder.timeout;
        this.listener = builder.listener;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
    }

    /** A waiter on this service; {@link ImageService#waiter()} gives one with the defaults. */
    public static Builder builder(ImageService images) {
        return new Builder(images);
    }

    /** How long a wait lasts at most. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Waits until the image with this id is available, and returns it as the cloud last described
     * it. The image is looked at at once, then polled.
     *
     * @throws ImageFailedException   the cloud reports the image failed
     * @throws ImageVanishedException the cloud does not know the id at the first look, or stops finding the image
     * @throws WaitTimeoutException   still not available at the timeout
     */
    public Image waitUntilAvailable(String imageId) {
        if (imageId == null || imageId.isBlank()) {
            throw new InvalidRequestException("an image id is required to wait for", context());
        }
        return new Wait(imageId.strip(), null, false).run();
    }

    /**
     * Imports the image ({@link ImageService#importImage}, sent once as always) and waits until it
     * is available. The first poll comes 2 s after the import's answer; a new image that the cloud
     * does not list yet is looked for again until the timeout.
     *
     * @throws InvalidRequestException for a dry run, which imports nothing to wait for; nothing is sent
     * @throws ImageFailedException    the import failed in the cloud
     * @throws ImageVanishedException  the new image was seen, then no longer found
     * @throws WaitTimeoutException    still not available at the timeout; the import goes on in the cloud
     */
    public Image importAndWait(ImportImageRequest request) {
        requireNoDryRun(request.dryRun());
        return waitForImport(request, images.importImage(request));
    }

    /**
     * Waits for the image that an import made, for callers that keep the import's result (its
     * request id, say): by the image's id, or when the cloud answered without one, by the
     * request's name until an image of that name is found. Polls as {@link #importAndWait} does.
     *
     * @param request the request the import was made with
     * @param result  what {@link ImageService#importImage} answered to it
     */
    public Image waitForImport(ImportImageRequest request, ImportResult result) {
        requireNoDryRun(result.dryRun());
        return new Wait(result.imageId(), result.imageId() == null ? request.name() : null, true).run();
    }

    private void requireNoDryRun(boolean dryRun) {
        if (dryRun) {
            throw new InvalidRequestException("a dry run imports nothing to wait for: import without dryRun, or call"
                    + " importImage alone", context());
        }
    }

    private ErrorContext context() {
        return ErrorContext.of(images.provider(), null);
    }

    /** One wait: what was seen so far, and the polls. */
    private final class Wait {
        private final Instant start = clock.instant();
        private final String name;
        /** The query that finds the image by name, for an import answered without an id. */
        private final ImageQuery byName;
        private final boolean justImported;
        private String imageId;
        private Image seen;
        private Observation reported;
        /** The error of the last poll, while polls fail in a way that may pass. */
        private CloudImagesException failure;

        /**
         * @param justImported whether an import just made the image: the first look waits for the
         *                     first gap, and the cloud may not list the image yet; otherwise the
         *                     caller gave an id, which must be found at the first look
         */
        Wait(String imageId, String name, boolean justImported) {
            this.imageId = imageId;
            this.name = name;
            this.justImported = justImported;
            this.byName = name == null ? null : ImageQuery.builder().types(ImageType.PRIVATE).includeDeprecated(true)
                    .namePattern(Pattern.compile(Pattern.quote(name))).build();
        }

        Image run() {
            for (int gaps = 0; ; gaps++) {
                if (justImported || gaps > 0) {
                    pauseOrTimeOut(justImported ? gaps : gaps - 1);
                }
                Optional<Image> found;
                try {
                    found = look();
                    failure = null;
                } catch (CloudImagesException e) {
                    if (!e.retryable()) {
                        throw e;
                    }
                    failure = e;
                    continue;
                }
                Image available = settle(found.orElse(null));
                if (available != null) {
                    return available;
                }
            }
        }

        /** Sleeps until the next poll is due, or at the latest until the timeout, which ends the wait. */
        private void pauseOrTimeOut(int gapsBefore) {
            Duration left = timeout.minus(elapsed());
            if (left.isNegative() || left.isZero()) {
                throw WaitOutcomes.timedOut(context(), imageId, name, seen, timeout, failure);
            }
            Duration gap = PollDelays.gap(gapsBefore, ThreadLocalRandom.current().nextDouble());
            sleep(gap.compareTo(left) < 0 ? gap : left);
        }

        /** The image when it is available, null to poll again; the other outcomes end the wait. */
        private Image settle(Image image) {
            if (image == null) {
                report(null);
                if (seen != null) {
                    throw WaitOutcomes.vanished(context(), seen);
                }
                if (!justImported) {
                    // an id the caller gave that the cloud does not know (never seen, or the wait would have ended above)
                    throw WaitOutcomes.unknown(context(), imageId, images.region());
                }
                return null;
            }
            imageId = image.id();
            seen = image;
            report(image);
            return switch (image.state()) {
                case AVAILABLE -> image;
                case FAILED, UNAVAILABLE -> throw WaitOutcomes.failed(context(), image);
                default -> null;
            };
        }

        private Optional<Image> look() {
            if (imageId != null) {
                return images.get(imageId);
            }
            try (Stream<Image> named = images.list(byName)) {
                return named.filter(image -> image.name().equals(name)).findFirst();
            }
        }

        /** Tells the listener when the answer differs from the one it was told last. */
        private void report(Image image) {
            Observation now = image == null ? Observation.NOT_FOUND : new Observation(image.state(), image.rawState());
            if (!now.equals(reported)) {
                reported = now;
                listener.accept(new ImageStateChange(imageId, image, elapsed()));
            }
        }

        private Duration elapsed() {
            return Duration.between(start, clock.instant());
        }

        private void sleep(Duration duration) {
            try {
                sleeper.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                CancellationException cancelled = new CancellationException("interrupted while waiting for "
                        + (imageId != null ? imageId : "the image named \"" + name + "\"")
                        + "; the cloud goes on with it");
                cancelled.initCause(e);
                throw cancelled;
            }
        }
    }

    /** What one poll saw: the state, or nothing found (a null state). */
    private record Observation(ImageState state, String rawState) {
        static final Observation NOT_FOUND = new Observation(null, null);
    }

    /** Pauses the waiting thread between polls. Tests give one that advances a fake clock instead. */
    @FunctionalInterface
    public interface Sleeper {

        /** {@link TimeUnit#sleep}. */
        Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

        void sleep(Duration duration) throws InterruptedException;
    }

    /** Sets up a waiter; every setting has a default. */
    public static final class Builder {
        private final ImageService images;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Consumer<ImageStateChange> listener = change -> { };
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder(ImageService images) {
            this.images = Objects.requireNonNull(images, "images");
        }

        /** How long a wait lasts at most, longer than zero; {@link #DEFAULT_TIMEOUT} by default. */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new InvalidRequestException("a wait's timeout must be longer than zero; got " + timeout,
                        ErrorContext.of(images.provider(), null));
            }
            this.timeout = timeout;
            return this;
        }

        /** Told of the first look and of every change a poll sees, for a progress display; none by default. */
        public Builder listener(Consumer<ImageStateChange> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The clock that measures the timeout; the system's by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How the waiter pauses between polls; {@link Sleeper#SYSTEM} by default. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public ImageWaiter build() {
            return new ImageWaiter(this);
        }
    }
}
