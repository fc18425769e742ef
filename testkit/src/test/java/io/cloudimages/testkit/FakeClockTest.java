package io.cloudimages.testkit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FakeClockTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void aSleepMovesTheClockAtOnceAndIsRemembered() {
        FakeClock clock = new FakeClock(START);

        clock.sleep(Duration.ofMinutes(30));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(30));
    }

    @Test
    void theClockInAnotherZoneKeepsTheSameTime() {
        FakeClock clock = new FakeClock(START);
        FakeClock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));

        clock.advance(Duration.ofSeconds(5));

        assertThat(shanghai.instant()).isEqualTo(START.plusSeconds(5));
        assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }
}
