package io.cloudimages.core.internal.pipeline;

import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.core.ratelimit.RateLimitKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleGatesTest {

    private static final RateLimitKey KEY = new RateLimitKey("p", "AKID", "host", "DescribeImages");
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(10), Duration.ofMillis(100),
            Duration.ofMillis(500), Duration.ofSeconds(4));
    private static final long MS = 1_000_000L;

    private final ThrottleGates gates = new ThrottleGates();

    @Test
    void aKeyThatWasNeverThrottledIsOpen() {
        assertThat(gates.pauseRemaining(KEY, 0)).isZero();
    }

    @Test
    void eachThrottlingAnswerAfterAHoldBackDoublesTheNextUpToItsMaximum() {
        assertThat(gates.onThrottled(KEY, null, BACKOFF, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(gates.onThrottled(KEY, null, BACKOFF, 600 * MS)).isEqualTo(Duration.ofSeconds(1));
        assertThat(gates.onThrottled(KEY, null, BACKOFF, 1_700 * MS)).isEqualTo(Duration.ofSeconds(2));
        assertThat(gates.onThrottled(KEY, null, BACKOFF, 3_800 * MS)).isEqualTo(Duration.ofSeconds(4));
        assertThat(gates.onThrottled(KEY, null, BACKOFF, 7_900 * MS)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theKeyIsHeldBackThenOpensOnItsOwn() {
        gates.onThrottled(KEY, null, BACKOFF, 0);

        assertThat(gates.pauseRemaining(KEY, 100 * MS)).isEqualTo(400 * MS);
        assertThat(gates.pauseRemaining(KEY, 600 * MS)).isZero();
    }

    @Test
    void afterAQuietSpellTheHoldBackStartsSmallAgain() {
        gates.onThrottled(KEY, null, BACKOFF, 0);
        gates.onThrottled(KEY, null, BACKOFF, 600 * MS);

        assertThat(gates.onThrottled(KEY, null, BACKOFF, 20_000 * MS)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void answersAlreadyInFlightWhenTheHoldBackBeganDoNotLengthenIt() {
        gates.onThrottled(KEY, null, BACKOFF, 0);
        for (int i = 1; i <= 20; i++) {
            gates.onThrottled(KEY, null, BACKOFF, i * MS);
        }

        assertThat(gates.pauseRemaining(KEY, 100 * MS)).isEqualTo(400 * MS);
        assertThat(gates.onThrottled(KEY, null, BACKOFF, 600 * MS)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aHugeRetryHintIsCappedAtTheLongestHoldBack() {
        assertThat(gates.onThrottled(KEY, Duration.ofDays(365_000), BACKOFF, 0)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theCloudsRetryHintIsHonouredWhenLonger() {
        assertThat(gates.onThrottled(KEY, Duration.ofSeconds(3), BACKOFF, 0)).isEqualTo(Duration.ofSeconds(3));
    }
}
