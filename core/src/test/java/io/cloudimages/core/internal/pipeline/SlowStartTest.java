package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.internal.ratelimit.Pacer;
import io.cloudimages.core.ratelimit.RequestRate;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives a key's slow start with a simulated clock: each caller reserves, then would send at arrival + wait. */
class SlowStartTest {

    private static final long SECOND = 1_000_000_000L;
    private static final RequestRate RATE = RequestRate.perSecond(40);

    private long now = 50 * SECOND;
    private final SlowStart slowStart = new SlowStart(Duration.ofSeconds(1), Duration.ofSeconds(30), now);

    /** Callers arriving together while others are in flight; how many may go within the first second. */
    private long concurrentBurstAt(long at, int callers) {
        now = at;
        long granted = 0;
        for (int i = 0; i < callers; i++) {
            long wait = slowStart.reserve(now, 10 * SECOND, RATE, i > 0);
            if (wait != Pacer.TOO_LATE && wait < SECOND) {
                granted++;
            }
        }
        return granted;
    }

    @Test
    void concurrentCallersGetHalfTheRateInTheFirstSecond() {
        assertThat(concurrentBurstAt(now, 40)).isBetween(19L, 21L);
    }

    @Test
    void aCallerWithNothingElseInFlightGoesAtOnceEvenWhileWarmingUp() {
        for (int i = 0; i < 40; i++) {
            assertThat(slowStart.reserve(now + i * RATE.spacing().toNanos(), 0, RATE, false)).isZero();
        }
    }

    @Test
    void afterTheFirstSecondNothingIsHeldBack() {
        concurrentBurstAt(now, 1);

        assertThat(concurrentBurstAt(now + 2 * SECOND, 40)).isEqualTo(40);
    }

    @Test
    void afterALongIdleSpellTheActionWarmsUpAgain() {
        concurrentBurstAt(now, 1);

        assertThat(concurrentBurstAt(now + 60 * SECOND, 40)).isLessThan(40);
    }

    @Test
    void aCallerThatCannotBeServedInTimeIsRefused() {
        assertThat(slowStart.reserve(now, 0, RequestRate.perSecond(10), true)).isZero();

        assertThat(slowStart.reserve(now, 1_000_000, RequestRate.perSecond(10), true)).isEqualTo(Pacer.TOO_LATE);
    }
}
