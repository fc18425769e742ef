package io.cloudimages.benchmarks;

import io.cloudimages.ImageService;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.testkit.RecordedRequest;
import io.cloudimages.testkit.example.ExampleCloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A short burst from one caller on a cold rate-limit key: one thread lists a catalogue one image
 * a page, so every page is a request, against a fresh fake and a fresh limiter. The slow start
 * once halved the rate of such a burst's first second; a single caller's requests follow its
 * answers and cannot bunch at the server, so it should go at the limiter's full N − 1.
 */
final class BurstHarness {

    static final String ACTION = ExampleCloud.LIST_IMAGES;
    /** DescribeImages' published limit, the one a listing meets. */
    static final int LIMIT = 40;
    /** Every image, one a page: includes what a default query would leave out, so each page holds one. */
    static final ImageQuery ONE_IMAGE_A_PAGE = ImageQuery.builder().includeDeprecated(true).pageSize(1).build();

    private BurstHarness() {
    }

    /**
     * One burst.
     *
     * @param pages          pages listed, one request each
     * @param images         images the listing returned
     * @param requests       requests the fake received
     * @param rate           arrivals per second from the first to the last
     * @param maxInAnySecond the most arrivals the fake saw in any sliding second
     * @param throttled      the fake's throttling answers
     */
    record Run(int limit, int pages, long images, int requests, double rate, int maxInAnySecond, long throttled) {

        /** The rate as a share of N − 1, the most a limit of N can sustain. */
        double share() {
            return rate / (limit - 1);
        }
    }

    static Run run(int pages) {
        ExampleCloud fake = ExampleCloud.withCatalogue(pages).start();
        fake.limit(ACTION, LIMIT);
        long images;
        try (ImageService service = BenchClouds.exampleService(fake, ACTION, LIMIT);
             Stream<Image> listing = service.list(ONE_IMAGE_A_PAGE)) {
            images = listing.count();
        } finally {
            fake.close();
        }
        List<Long> arrivals = fake.requests(ACTION).stream().map(RecordedRequest::arrivalNanos).sorted().toList();
        return new Run(LIMIT, pages, images, arrivals.size(), Arrivals.rate(arrivals),
                fake.maxArrivalsInAnyWindow(ACTION), fake.throttledAnswers(ACTION));
    }

    /** Runs the burst on its own: {@code BurstHarness [runs] [pages]}; the first, uncounted run warms the JVM up. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        run(pages);
        List<Double> rates = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Run run = run(pages);
            rates.add(run.rate());
            System.out.printf(Locale.ROOT, "run %d: %d pages, %d images, %d requests, %.2f req/s = %.1f%% of N-1,"
                            + " most in any sliding second %d, throttled %d%n", i, run.pages(), run.images(), run.requests(),
                    run.rate(), 100 * run.share(), run.maxInAnySecond(), run.throttled());
        }
        System.out.printf(Locale.ROOT, "min %.2f req/s, median %.2f req/s (N-1 = %d)%n",
                rates.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), Stats.median(rates), LIMIT - 1);
        System.exit(0);
    }
}
