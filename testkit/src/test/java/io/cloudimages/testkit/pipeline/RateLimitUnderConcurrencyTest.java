package io.cloudimages.testkit.pipeline;

import io.cloudimages.ImageService;
import io.cloudimages.ImageWaiter;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.testkit.FakeClock;
import io.cloudimages.testkit.ImageTimeline;
import io.cloudimages.testkit.example.ExampleCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixty-four callers (or waiters) against a fake that counts arrivals over a strict sliding second and answers
 * "throttled" from the (N+1)-th: the client-side limit must keep every request inside the
 * published limit. Rates are measured by the harness in benchmarks/, not here.
 */
class RateLimitUnderConcurrencyTest {

    private final ExampleCloud fake = ExampleCloud.withCatalogue(20).start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private static void runConcurrently(int callers, Callable<?> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(call));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sixtyFourCallersOnA288PerSecondActionGetNoThrottlingAnswer() throws Exception {
        try (ImageService service = ExampleServices.open(fake, s -> s)) {
            runConcurrently(64, () -> {
                for (int i = 0; i < 10; i++) {
                    service.importOsSupport();
                }
                return null;
            });
        }

        assertThat(fake.requests(ExampleCloud.LIST_IMPORT_OS)).hasSize(640);
        assertThat(fake.throttledAnswers(ExampleCloud.LIST_IMPORT_OS)).isZero();
        assertThat(fake.maxArrivalsInAnyWindow(ExampleCloud.LIST_IMPORT_OS)).isLessThanOrEqualTo(288);
    }

    @Test
    void sixtyFourCallersOnA10PerSecondActionGetNoThrottlingAnswer() throws Exception {
        try (ImageService service = ExampleServices.open(fake, s -> s)) {
            runConcurrently(64, () -> service.importImage(ExampleServices.importOf(ExampleServices.uniqueName())));
        }

        assertThat(fake.requests(ExampleCloud.IMPORT_IMAGE)).hasSize(64);
        assertThat(fake.throttledAnswers(ExampleCloud.IMPORT_IMAGE)).isZero();
        assertThat(fake.maxArrivalsInAnyWindow(ExampleCloud.IMPORT_IMAGE)).isLessThanOrEqualTo(10);
    }

    @Test
    void fortyEightWaitersPollingAtOnceGetNoThrottlingAnswer() throws Exception {
        // one clock for the cloud, the signatures and every waiter: a waiter's sleep moves it at once, so the
        // waiters poll as fast as the limiter lets them, and all of them see the images available after five minutes
        FakeClock clock = new FakeClock();
        fake.clock(clock);
        List<String> ids = fake.imageIds();
        ids.forEach(id -> fake.timeline(id, ImageTimeline.startingAs("creating").then(Duration.ofMinutes(5), "available")));
        AtomicInteger next = new AtomicInteger();
        try (ImageService service = ExampleServices.open(fake, s -> s.extension(CoreSettings.CLOCK, clock))) {
            runConcurrently(48, () -> {
                Image image = ImageWaiter.builder(service).clock(clock).sleeper(clock).build()
                        .waitUntilAvailable(ids.get(next.getAndIncrement() % ids.size()));
                assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
                return null;
            });
        }

        // more than a second's worth at once, and polled again: the first look of all found the image creating
        assertThat(fake.requests(ExampleCloud.LIST_IMAGES)).hasSizeGreaterThan(48);
        assertThat(fake.throttledAnswers(ExampleCloud.LIST_IMAGES)).isZero();
        assertThat(fake.maxArrivalsInAnyWindow(ExampleCloud.LIST_IMAGES)).isLessThanOrEqualTo(40);
    }

    @Test
    void twoServicesOfOneAccountShareOneLimit() throws Exception {
        RateLimiterBackend shared = RateLimiterBackend.newLocal();
        try (ImageService first = ExampleServices.open(fake, s -> s.extension(CoreSettings.RATE_LIMITER_BACKEND, shared));
             ImageService second = ExampleServices.open(fake, s -> s.extension(CoreSettings.RATE_LIMITER_BACKEND, shared))) {
            AtomicInteger turn = new AtomicInteger();
            runConcurrently(40, () -> (turn.incrementAndGet() % 2 == 0 ? first : second)
                    .importImage(ExampleServices.importOf(ExampleServices.uniqueName())));
        }

        assertThat(fake.requests(ExampleCloud.IMPORT_IMAGE)).hasSize(40);
        assertThat(fake.throttledAnswers(ExampleCloud.IMPORT_IMAGE)).isZero();
    }
}
