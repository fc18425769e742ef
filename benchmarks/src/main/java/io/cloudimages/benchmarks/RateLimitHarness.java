package io.cloudimages.benchmarks;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.testkit.RecordedRequest;
import io.cloudimages.testkit.example.ExampleCloud;
import io.cloudimages.testkit.example.provider.ExampleProvider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What the client-side limit achieves against a fake with a strict sliding-window limit:
 * callers hammer one action; the fake's arrival log gives the achieved rate, the most requests
 * in any sliding second, and the throttling answers. The limiter is the same code for every
 * provider, so the example provider's read action stands for all of them, with its limit set to
 * the published limits being measured.
 */
final class RateLimitHarness {

    static final String ACTION = "ListImportOs";
    private static final long SECOND = 1_000_000_000L;
    private static final long SAMPLE = SECOND / 10;

    private RateLimitHarness() {
    }

    /**
     * One run.
     *
     * @param overallRate    arrivals per second from the first to the last
     * @param steadyRate     the same, leaving out the first second (the limiter's slow start)
     * @param maxInAnySecond the most arrivals the fake saw in any sliding second
     * @param throttled      the fake's throttling answers
     * @param requests       arrivals in all
     * @param timeline       arrivals in the second before each tenth of a second of the run
     */
    record Run(int limit, int callers, double overallRate, double steadyRate, int maxInAnySecond, long throttled,
               long requests, List<Integer> timeline) {
    }

    static Run run(int limit, int callers, int seconds) throws InterruptedException {
        ExampleCloud fake = ExampleCloud.withCatalogue(1).start();
        fake.limit(ACTION, limit);
        ProviderSettings settings = ProviderSettings.builder()
                .region("bench")
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET))
                .rateLimit(ACTION, limit)
                .callTimeout(Duration.ofSeconds(seconds + 30L))
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal())
                .build();
        long end = System.nanoTime() + seconds * SECOND;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (ImageService service = CloudImages.builder().discover(false).register(new ExampleProvider()).build()
                .open(ExampleProvider.ID, settings)) {
            for (int i = 0; i < callers; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        service.importOsSupport();
                    }
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the callers did not stop");
            }
        } finally {
            fake.close();
        }
        List<Long> arrivals = fake.requests(ACTION).stream().map(RecordedRequest::arrivalNanos).sorted().toList();
        long first = arrivals.get(0);
        long last = arrivals.get(arrivals.size() - 1);
        List<Long> steady = arrivals.stream().filter(t -> t - first >= SECOND).toList();
        return new Run(limit, callers, (arrivals.size() - 1) * (double) SECOND / (last - first),
                (steady.size() - 1) * (double) SECOND / (steady.get(steady.size() - 1) - steady.get(0)),
                fake.maxArrivalsInAnyWindow(ACTION), fake.throttledAnswers(ACTION), arrivals.size(),
                timeline(arrivals, first, seconds));
    }

    /** How many requests arrived in the second before each tenth of a second from the first arrival. */
    private static List<Integer> timeline(List<Long> arrivals, long first, int seconds) {
        List<Integer> counts = new ArrayList<>();
        int from = 0;
        int to = 0;
        for (long t = first + SAMPLE; t <= first + seconds * SECOND; t += SAMPLE) {
            while (to < arrivals.size() && arrivals.get(to) <= t) {
                to++;
            }
            while (from < to && arrivals.get(from) <= t - SECOND) {
                from++;
            }
            counts.add(to - from);
        }
        return counts;
    }

    /** The rate the limiter aims for: N - 1 per second, less the guard added to every window. */
    static double expectedRate(int limit) {
        return (limit - 1) / (1 + CoreSettings.DEFAULT_RATE_LIMIT_GUARD.toNanos() / (double) SECOND);
    }
}
