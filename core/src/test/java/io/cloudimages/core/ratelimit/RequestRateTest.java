package io.cloudimages.core.ratelimit;

import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestRateTest {

    @Test
    void spacingIsTheWindowOverOneLessThanTheLimitRoundedUp() {
        // the figures of libraries-and-style.md section 1.2
        assertThat(RequestRate.perSecond(288).spacing()).isEqualTo(Duration.ofNanos(3_484_321));
        assertThat(RequestRate.perSecond(10).spacing()).isEqualTo(Duration.ofNanos(111_111_112));
    }

    @Test
    void theGuardLengthensTheWindow() {
        RequestRate rate = RequestRate.perSecond(10).withGuard(Duration.ofMillis(8));

        assertThat(rate.window()).isEqualTo(Duration.ofMillis(1008));
        assertThat(rate.sustainedPerSecond()).isBetween(8.92, 8.93);
    }

    @Test
    void aLimitBelowTwoIsRefusedWithTheReason() {
        assertThatThrownBy(() -> RequestRate.perSecond(1))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("from 2 to 100000")
                .hasMessageContaining("sliding second");
    }
}
