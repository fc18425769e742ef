package io.cloudimages.core.internal.ratelimit;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RequestRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the backend with a simulated clock: callers arrive in time order (as concurrent threads
 * do), each reserves a permit and would wake at arrival + wait. The grant instants must never
 * put more than N in any window.
 */
class LocalRateLimiterBackendTest {

    private static final RateLimitKey KEY = new RateLimitKey("p", "AKID", "host", "Action");
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final List<Long> grants = new ArrayList<>();
    private final LocalRateLimiterBackend backend = new LocalRateLimiterBackend(now::get,
            nanos -> grants.set(grants.size() - 1, grants.get(grants.size() - 1) + nanos));

    private boolean arrive(long at, RequestRate rate, Duration maxWait) throws InterruptedException {
        now.set(at);
        grants.add(at);
        boolean granted = backend.acquire(KEY, rate, maxWait);
        if (!granted) {
            grants.remove(grants.size() - 1);
        }
        return granted;
    }

    /** Any N + 1 consecutive grants span more than the window. */
    private static void assertNeverMoreThanLimitInAnyWindow(List<Long> grants, RequestRate rate) {
        List<Long> sorted = grants.stream().sorted().toList();
        long window = rate.window().toNanos();
        for (int i = 0; i + rate.limit() < sorted.size(); i++) {
            assertThat(sorted.get(i + rate.limit()) - sorted.get(i))
                    .as("grants %d..%d", i, i + rate.limit())
                    .isGreaterThan(window);
        }
    }

    @ParameterizedTest(name = "limit {0}, {1} arrivals per second")
    @CsvSource({"10, 50", "10, 9", "40, 400", "288, 2000", "288, 300", "2, 10"})
    void randomArrivalsNeverExceedTheLimitInAnySlidingWindow(int limit, int arrivalsPerSecond) throws Exception {
        RequestRate rate = RequestRate.perSecond(limit);
        Random random = new Random(limit * 31L + arrivalsPerSecond);
        long t = now.get();
        for (int i = 0; i < arrivalsPerSecond * 20; i++) {
            t += (long) (-Math.log(1 - random.nextDouble()) * SECOND / arrivalsPerSecond);
            arrive(t, rate, Duration.ofHours(1));
        }

        assertNeverMoreThanLimitInAnyWindow(grants, rate);
    }

    @Test
    void aBurstAtACycleBoundaryCannotDoubleTheLimit() throws Exception {
        RequestRate rate = RequestRate.perSecond(288);
        long spacing = rate.spacing().toNanos();
        long t = now.get();
        // idle, then a first caller just before a cycle ends and 600 callers right after
        arrive(t + spacing - 1, rate, Duration.ofHours(1));
        for (int i = 0; i < 600; i++) {
            arrive(t + spacing + i, rate, Duration.ofHours(1));
        }

        assertNeverMoreThanLimitInAnyWindow(grants, rate);
    }

    @Test
    void saturatedCallersAreGrantedOneLessThanTheLimitPerWindow() throws Exception {
        RequestRate rate = RequestRate.perSecond(10);
        long start = now.get();
        for (int i = 0; i < 91; i++) {
            arrive(start, rate, Duration.ofHours(1));
        }

        long span = grants.get(grants.size() - 1) - grants.get(0);
        assertThat(90 * (double) SECOND / span).isBetween(8.99, 9.01);
    }

    @Test
    void aCallerThatCannotBeServedInTimeIsRefusedWithoutTakingAPermit() throws Exception {
        RequestRate rate = RequestRate.perSecond(10);
        long t = now.get();
        for (int i = 0; i < 10; i++) {
            assertThat(arrive(t, rate, Duration.ofSeconds(2))).isTrue();
        }

        assertThat(arrive(t, rate, Duration.ofMillis(50))).isFalse();
        // the refused caller left no hole: the next patient caller is served right after the ten
        assertThat(arrive(t, rate, Duration.ofSeconds(5))).isTrue();
        assertThat(grants.get(grants.size() - 1) - t).isLessThanOrEqualTo(11 * rate.spacing().toNanos());
    }

    @Test
    void aCallerThatWakesTooLateAfterItsSlotTakesANewOneInsteadOfSendingLate() throws Exception {
        RequestRate rate = RequestRate.perSecond(10);
        List<Long> wakeUps = new ArrayList<>();
        AtomicLong clock = new AtomicLong(0);
        int[] sleeps = {0};
        LocalRateLimiterBackend starved = new LocalRateLimiterBackend(clock::get, nanos -> {
            // the first sleep overruns by 50 ms (a GC pause), the second is on time
            clock.addAndGet(nanos + (sleeps[0]++ == 0 ? 50_000_000L : 0));
            wakeUps.add(clock.get());
        });
        assertThat(starved.acquire(KEY, rate, Duration.ZERO)).isTrue();

        assertThat(starved.acquire(KEY, rate, Duration.ofSeconds(5))).isTrue();

        assertThat(sleeps[0]).isEqualTo(2);
        long slotSpacing = rate.spacing().toNanos();
        assertThat(wakeUps.get(1) % slotSpacing).isZero();
    }

    @Test
    void oneKeyHasOneLimiterAndTheStricterOfTwoRatesHoldsForBoth() throws Exception {
        RequestRate lax = RequestRate.perSecond(40);
        RequestRate strict = RequestRate.perSecond(10);
        long t = now.get();
        for (int i = 0; i < 200; i++) {
            arrive(t + i * 1_000_000L, i % 2 == 0 ? lax : strict, Duration.ofHours(1));
        }

        assertNeverMoreThanLimitInAnyWindow(grants.subList(1, grants.size()), strict);
    }

    @Test
    void concurrentCallersWithShortDeadlinesNeverWaitPastThem() throws Exception {
        LocalRateLimiterBackend real = LocalRateLimiterBackend.isolated();
        RequestRate rate = RequestRate.perSecond(10);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(32);
        java.util.List<java.util.concurrent.Future<Long>> waits = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            waits.add(pool.submit(() -> {
                long start = System.nanoTime();
                real.acquire(KEY, rate, Duration.ofMillis(300));
                return System.nanoTime() - start;
            }));
        }
        long longest = 0;
        for (java.util.concurrent.Future<Long> wait : waits) {
            longest = Math.max(longest, wait.get());
        }
        pool.shutdown();

        // scheduling adds a little; a reservation slept through past the deadline would add a whole cycle or more
        assertThat(longest).isLessThan(300_000_000L + 100_000_000L);
    }

    @Test
    void differentKeysDoNotShareALimit() throws Exception {
        RequestRate rate = RequestRate.perSecond(2);
        long t = now.get();
        now.set(t);
        assertThat(backend.acquire(KEY, rate, Duration.ZERO)).isTrue();
        assertThat(backend.acquire(new RateLimitKey("p", "AKID", "host", "Other"), rate, Duration.ZERO)).isTrue();
        assertThat(backend.acquire(new RateLimitKey("p", "AKID2", "host", "Action"), rate, Duration.ZERO)).isTrue();
    }
}
