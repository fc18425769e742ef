package io.cloudimages.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PollDelaysTest {

    @Test
    void theFirstGapIsTwoSecondsStretchedByUpToAQuarter() {
        assertThat(PollDelays.gap(0, 0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(PollDelays.gap(0, 0.999_999)).isEqualTo(Duration.ofMillis(2499));
    }

    @Test
    void gapsDoubleUntilTheyReachTheCeiling() {
        assertThat(PollDelays.gap(1, 0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(PollDelays.gap(2, 0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(PollDelays.gap(3, 0)).isEqualTo(Duration.ofSeconds(16));
        assertThat(PollDelays.gap(4, 0)).isEqualTo(Duration.ofSeconds(24));
    }

    @Test
    void noGapIsThirtySecondsOrMoreHoweverLongTheWait() {
        for (int n = 0; n < 10_000; n += 7) {
            assertThat(PollDelays.gap(n, 0.999_999_999)).isLessThan(PollDelays.LONGEST);
        }
        assertThat(PollDelays.gap(Integer.MAX_VALUE, 0.5)).isEqualTo(Duration.ofSeconds(27));
    }
}
