package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ThrottledException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drives admission with a simulated clock that sleeping advances; the backend grants every permit. */
class AdmissionTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final RateLimitKey KEY = new RateLimitKey("p", "AKID", "host", "DescribeImages");
    private static final RequestRate RATE = RequestRate.perSecond(40);
    private static final RateLimiterBackend GRANTS_ALL = (key, rate, maxWait) -> true;

    private long now = 100 * SECOND;
    private final Admission admission = new Admission(() -> now, nanos -> now += nanos);

    private Admission.Permit admit(long deadline) throws InterruptedException {
        return admission.await(GRANTS_ALL, KEY, RATE, deadline, ErrorContext.of("p", "DescribeImages"), null);
    }

    @Test
    void aSingleCallerGoesAtFullSpeedFromItsFirstRequest() throws InterruptedException {
        long start = now;
        for (int i = 0; i < 40; i++) {
            try (Admission.Permit permit = admit(now + SECOND)) {
                now += MS; // the answer takes a millisecond
            }
        }

        assertThat(now - start).as("no warm-up waits").isEqualTo(40 * MS);
    }

    @Test
    void concurrentCallersAreHeldToHalfTheRateInTheFirstSecond() throws InterruptedException {
        long start = now;
        List<Admission.Permit> inFlight = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            inFlight.add(admit(now + 10 * SECOND));
        }

        // 21 grants at half of 40/s are 20 slots of 1.008 s / 19 apart
        assertThat(now - start).isGreaterThan(SECOND);
        inFlight.forEach(Admission.Permit::close);
    }

    @Test
    void callersWaitingForAPermitCountAsConcurrentToo() throws Exception {
        List<Long> waits = new CopyOnWriteArrayList<>();
        Admission recording = new Admission(() -> now, waits::add);
        CountDownLatch firstWaits = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RateLimiterBackend firstCallerQueues = (key, rate, maxWait) -> {
            if (Thread.currentThread().getName().equals("first")) {
                firstWaits.countDown();
                release.await();
            }
            return true;
        };
        Thread first = new Thread(() -> {
            try {
                recording.await(firstCallerQueues, KEY, RATE, now + 10 * SECOND, ErrorContext.none(), null).close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "first");
        first.start();
        firstWaits.await();

        recording.await(firstCallerQueues, KEY, RATE, now + 10 * SECOND, ErrorContext.none(), null);
        recording.await(firstCallerQueues, KEY, RATE, now + 10 * SECOND, ErrorContext.none(), null);
        release.countDown();
        first.join();

        // the third caller waited for a slot of the half rate, 20/s, while the first was still queued
        assertThat(waits).containsExactly(RequestRate.perSecond(20).withGuard(Duration.ZERO).spacing().toNanos());
    }

    @Test
    void aRetryAfterHoldDelaysEveryCallerOfTheKey() throws InterruptedException {
        admission.onThrottled(KEY, RATE, Duration.ofSeconds(2), Duration.ofSeconds(10));
        long start = now;

        admit(now + 5 * SECOND).close();

        assertThat(now - start).isGreaterThanOrEqualTo(2 * SECOND);
    }

    @Test
    void aHoldBeyondTheDeadlineIsRefusedAtOnceWithoutWaiting() {
        admission.onThrottled(KEY, RATE, Duration.ofSeconds(2), Duration.ofSeconds(10));
        long start = now;

        assertThatThrownBy(() -> admit(now + SECOND))
                .isInstanceOf(ThrottledException.class)
                .hasMessageContaining("Retry-After");
        assertThat(now).isEqualTo(start);
    }

    @Test
    void aCallerRefusedAdmissionIsThrottledByTheClientAndNothingIsSent() {
        admission.onThrottled(KEY, RATE, Duration.ofSeconds(2), Duration.ofSeconds(10));

        assertThatThrownBy(() -> admit(now + SECOND))
                .isInstanceOfSatisfying(ThrottledException.class, e -> {
                    assertThat(e.source()).isEqualTo(ThrottledException.Source.CLIENT);
                    assertThat(e.requestSent()).isFalse();
                });
    }

    @Test
    void aCallerWhoseSlotWasReservedBeforeACutReservesAgainAtTheNewRate() throws InterruptedException {
        // the backend stands for the time the caller waited: the cloud throttled meanwhile
        RateLimiterBackend cutMeanwhile = (key, rate, maxWait) -> {
            if (admission.adaptedRate(KEY) == Double.POSITIVE_INFINITY) {
                admission.onThrottled(KEY, RATE, null, Duration.ofSeconds(10));
            }
            return true;
        };
        long start = now;

        admission.await(cutMeanwhile, KEY, RATE, now + 10 * SECOND, ErrorContext.of("p", "DescribeImages"), null).close();

        assertThat(now).as("waited for a slot at the cut rate").isGreaterThan(start);
        assertThat(admission.adaptedRate(KEY)).isLessThan(2 * AdaptiveRate.MIN_RATE);
    }
}
