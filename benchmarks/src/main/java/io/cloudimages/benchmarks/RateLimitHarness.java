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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Measures what the client-side limit achieves against a fake with a strict sliding-window
 * limit: 64 callers hammer one action for a while; the fake's arrival log gives the achieved
 * rate, the most requests in any sliding second, and the throttling answers.
 *
 * <p>Arguments: seconds per run (default 20), runs per limit (default 3). Prints a Markdown
 * table of medians.
 */
public final class RateLimitHarness {

    private static final String ACTION = "ListImportOs";
    private static final int CALLERS = 64;
    private static final long SECOND = 1_000_000_000L;

    private RateLimitHarness() {
    }

    record Run(double overallRate, double steadyRate, int maxInAnySecond, long throttled, long requests) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("Rate-limit harness: %d callers, %d s per run, median of %d runs, %d cores, Java %s, %s%n%n",
                CALLERS, seconds, runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                LocalDate.now());
        System.out.println("| limit (req/s) | achieved, whole run | achieved, after the 1 s slow start | expected (N-1 less 0.8% guard)"
                + " | most in any sliding second | throttling answers | requests |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int limit : new int[] {10, 40, 288}) {
            List<Run> results = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                results.add(run(limit, seconds));
            }
            double expected = (limit - 1) / (1 + CoreSettings.DEFAULT_RATE_LIMIT_GUARD.toNanos() / (double) SECOND);
            System.out.printf("| %d | %.2f/s | %.2f/s | %.2f/s | %d | %d | %d |%n", limit,
                    median(results.stream().map(Run::overallRate).toList()),
                    median(results.stream().map(Run::steadyRate).toList()), expected,
                    results.stream().mapToInt(Run::maxInAnySecond).max().orElse(0),
                    results.stream().mapToLong(Run::throttled).sum(),
                    (long) median(results.stream().map(r -> (double) r.requests()).toList()));
        }
        System.exit(0);
    }

    static Run run(int limit, int seconds) throws Exception {
        ExampleCloud fake = ExampleCloud.withCatalogue(1).start();
        fake.limit(ACTION, limit);
        ProviderSettings settings = ProviderSettings.builder()
                .region("bench")
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET))
                .rateLimit(ACTION, limit)
                .callTimeout(Duration.ofSeconds(seconds + 30))
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal())
                .build();
        long end = System.nanoTime() + seconds * SECOND;
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try (ImageService service = CloudImages.builder().discover(false).register(new ExampleProvider()).build()
                .open(ExampleProvider.ID, settings)) {
            for (int i = 0; i < CALLERS; i++) {
                callers.submit(() -> {
                    while (System.nanoTime() < end) {
                        service.importOsSupport();
                    }
                    return null;
                });
            }
            callers.shutdown();
            callers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        } finally {
            fake.close();
        }
        List<Long> arrivals = fake.requests(ACTION).stream().map(RecordedRequest::arrivalNanos).sorted().toList();
        long first = arrivals.get(0);
        long last = arrivals.get(arrivals.size() - 1);
        List<Long> steady = arrivals.stream().filter(t -> t - first >= SECOND).toList();
        return new Run((arrivals.size() - 1) * (double) SECOND / (last - first),
                (steady.size() - 1) * (double) SECOND / (steady.get(steady.size() - 1) - steady.get(0)),
                fake.maxArrivalsInAnyWindow(ACTION), fake.throttledAnswers(ACTION), arrivals.size());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
