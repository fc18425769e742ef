package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RequestRate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SlowStartTest {

    private static final RateLimitKey KEY = new RateLimitKey("p", "AKID", "host", "A");
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(50 * SECOND);
    private final List<Long> grants = new ArrayList<>();
    private final SlowStart slowStart = new SlowStart(Duration.ofSeconds(1), Duration.ofSeconds(30), now::get,
            nanos -> grants.set(grants.size() - 1, grants.get(grants.size() - 1) + nanos));

    /** A burst of callers at one instant; returns how many were granted within the first second. */
    private long burstAt(long at, RequestRate rate, int callers) throws InterruptedException {
        now.set(at);
        grants.clear();
        for (int i = 0; i < callers; i++) {
            grants.add(at);
            slowStart.acquire(KEY, rate, SECOND * 10);
        }
        return grants.stream().filter(t -> t - at < SECOND).count();
    }

    @Test
    void theFirstSecondOfAnActionRunsAtHalfItsRate() throws InterruptedException {
        assertThat(burstAt(now.get(), RequestRate.perSecond(40), 40)).isBetween(19L, 21L);
    }

    @Test
    void afterTheFirstSecondNothingIsHeldBack() throws InterruptedException {
        RequestRate rate = RequestRate.perSecond(40);
        burstAt(now.get(), rate, 1);

        assertThat(burstAt(now.get() + 2 * SECOND, rate, 40)).isEqualTo(40);
    }

    @Test
    void afterALongIdleSpellTheActionWarmsUpAgain() throws InterruptedException {
        RequestRate rate = RequestRate.perSecond(40);
        burstAt(now.get(), rate, 1);

        assertThat(burstAt(now.get() + 60 * SECOND, rate, 40)).isLessThan(40);
    }

    @Test
    void aCallerThatCannotBeServedInTimeIsRefused() throws InterruptedException {
        RequestRate rate = RequestRate.perSecond(10);
        now.set(now.get());
        grants.add(now.get());
        assertThat(slowStart.acquire(KEY, rate, 0)).isTrue();
        grants.add(now.get());

        assertThat(slowStart.acquire(KEY, rate, 1_000_000)).isFalse();
    }
}
