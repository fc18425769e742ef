package io.cloudimages.benchmarks;

import io.cloudimages.ImageService;
import io.cloudimages.exception.ThrottledException;
import io.cloudimages.testkit.RecordedRequest;
import io.cloudimages.testkit.example.ExampleCloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import static io.cloudimages.benchmarks.Arrivals.SECOND;

/**
 * An account shared with other clients: the cloud accepts fewer requests than the client is
 * configured for, so the client-side limit cannot prevent throttling and the client has to learn
 * the rate from the cloud's throttling answers. Callers list a page in a loop against a fake that
 * accepts {@value #CLOUD_LIMIT} requests a sliding second while the client's limit is
 * {@value #CLIENT_LIMIT}/s. Measured at the fake, which counts refused arrivals in its window too:
 * the arrivals it accepted, per second of the run.
 */
final class SharedAccountHarness {

    static final String ACTION = ExampleCloud.LIST_IMAGES;
    static final int CLOUD_LIMIT = 10;
    static final int CLIENT_LIMIT = 40;
    static final int CALLERS = 20;

    private SharedAccountHarness() {
    }

    /**
     * One run.
     *
     * @param seconds                 how long the callers called
     * @param convergenceSeconds      the first seconds, left out of {@code convergedRate}
     * @param acceptedRate            arrivals the fake accepted, per second of the whole run
     * @param convergedRate           the same after the convergence period
     * @param arrivals                arrivals during the run, refused ones included
     * @param throttled               the fake's throttling answers during the run
     * @param calls                   calls that succeeded, retries included
     * @param failedCalls             calls that failed throttled, their retries (or their deadline) run out
     * @param maxInAnySecond          the most arrivals the fake saw in any sliding second
     * @param maxInAnySecondConverged the same after the convergence period
     * @param acceptedPerSecond       arrivals accepted in each second of the run
     */
    record Run(int cloudLimit, int clientLimit, int callers, int seconds, int convergenceSeconds, double acceptedRate,
               double convergedRate, long arrivals, long throttled, long calls, long failedCalls, int maxInAnySecond,
               int maxInAnySecondConverged, List<Integer> acceptedPerSecond) {

        /** The rate accepted after convergence, as a share of what the cloud allows. */
        double share() {
            return convergedRate / cloudLimit;
        }
    }

    static Run run(int seconds, int convergenceSeconds) throws InterruptedException {
        if (convergenceSeconds >= seconds) {
            throw new IllegalArgumentException("the run must last longer than its convergence period");
        }
        ExampleCloud fake = ExampleCloud.withCatalogue(1).start();
        fake.limit(ACTION, CLOUD_LIMIT);
        LongAdder calls = new LongAdder();
        LongAdder failed = new LongAdder();
        long[] throttledBy = new long[seconds + 1];
        long start;
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try (ImageService service = BenchClouds.exampleService(fake, ACTION, CLIENT_LIMIT)) {
            start = System.nanoTime();
            long end = start + seconds * SECOND;
            List<Future<?>> callers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                callers.add(pool.submit(() -> call(service, end, calls, failed)));
            }
            // the fake counts its throttling answers but does not say which arrivals they were: read the count each second
            for (int k = 1; k <= seconds; k++) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, start + k * SECOND - System.nanoTime()));
                throttledBy[k] = fake.throttledAnswers(ACTION);
            }
            // calls still waiting or retrying are cut short: what they send after the end is not counted
            pool.shutdownNow();
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the callers did not stop");
            }
            for (Future<?> caller : callers) {
                caller.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a call failed other than throttled", e.getCause());
        } finally {
            pool.shutdownNow();
            fake.close();
        }
        List<Long> arrivals = fake.requests(ACTION).stream().map(RecordedRequest::arrivalNanos).sorted().toList();
        List<Integer> accepted = new ArrayList<>();
        for (int k = 1; k <= seconds; k++) {
            int arrived = Arrivals.between(arrivals, start + (k - 1) * SECOND, start + k * SECOND);
            accepted.add(arrived - (int) (throttledBy[k] - throttledBy[k - 1]));
        }
        long end = start + seconds * SECOND;
        long convergedFrom = start + convergenceSeconds * SECOND;
        double acceptedRate = accepted.stream().mapToInt(Integer::intValue).sum() / (double) seconds;
        double convergedRate = accepted.subList(convergenceSeconds, seconds).stream().mapToInt(Integer::intValue).sum()
                / (double) (seconds - convergenceSeconds);
        return new Run(CLOUD_LIMIT, CLIENT_LIMIT, CALLERS, seconds, convergenceSeconds, acceptedRate, convergedRate,
                Arrivals.between(arrivals, start, end), throttledBy[seconds], calls.sum(), failed.sum(),
                Arrivals.mostInAnySecond(arrivals, start, end), Arrivals.mostInAnySecond(arrivals, convergedFrom, end),
                accepted);
    }

    /** One caller: lists a page again and again until the end of the run. */
    private static Void call(ImageService service, long end, LongAdder calls, LongAdder failed) {
        while (System.nanoTime() - end < 0) {
            try {
                service.listPage(BurstHarness.ONE_IMAGE_A_PAGE, null);
                calls.increment();
            } catch (ThrottledException e) {
                // expected now and then while the client learns the rate: counted, and the caller carries on
                if (System.nanoTime() - end < 0) {
                    failed.increment();
                }
            } catch (RuntimeException e) {
                // interrupted at the end of the run, the call fails in whatever way it was cut short
                if (System.nanoTime() - end < 0) {
                    throw e;
                }
            }
        }
        return null;
    }

    /** Runs it on its own: {@code SharedAccountHarness [seconds] [convergence seconds] [runs]}. */
    public static void main(String[] args) throws InterruptedException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int convergence = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int i = 1; i <= runs; i++) {
            Run run = run(seconds, convergence);
            System.out.printf(Locale.ROOT, "run %d: accepted %.2f req/s over the run, %.2f req/s after %d s = %.1f%% of"
                            + " %d/s; %d arrivals, %d throttled, %d calls, %d failed; most in any sliding second %d (%d after"
                            + " %d s)%n  accepted per second: %s%n", i, run.acceptedRate(), run.convergedRate(), convergence,
                    100 * run.share(), run.cloudLimit(), run.arrivals(), run.throttled(), run.calls(), run.failedCalls(),
                    run.maxInAnySecond(), run.maxInAnySecondConverged(), convergence, run.acceptedPerSecond());
        }
        System.exit(0);
    }
}
