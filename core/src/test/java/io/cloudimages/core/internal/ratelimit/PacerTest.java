package io.cloudimages.core.internal.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PacerTest {

    private static final long START = Long.MAX_VALUE - 5_000; // nanoTime values may wrap

    @Test
    void theFirstPermitIsFreeAtOnce() {
        assertThat(new Pacer(1_000, START).reserve(START, 0)).isZero();
    }

    @Test
    void callersArrivingTogetherAreGivenSlotsOneSpacingApart() {
        Pacer pacer = new Pacer(1_000, START);

        assertThat(pacer.reserve(START, 10_000)).isZero();
        assertThat(pacer.reserve(START, 10_000)).isEqualTo(1_000);
        assertThat(pacer.reserve(START, 10_000)).isEqualTo(2_000);
    }

    @Test
    void aSlotBeyondTheCallersPatienceIsNotReserved() {
        Pacer pacer = new Pacer(1_000, START);
        pacer.reserve(START, 0);

        assertThat(pacer.reserve(START, 999)).isEqualTo(Pacer.TOO_LATE);
        assertThat(pacer.reserve(START, 1_000)).as("the refused caller took nothing").isEqualTo(1_000);
    }

    @Test
    void idleTimeIsNotSavedUpIntoABurst() {
        Pacer pacer = new Pacer(1_000, START);
        long later = START + 1_000_000;

        assertThat(pacer.reserve(later, 10_000)).isZero();
        assertThat(pacer.reserve(later, 10_000)).isEqualTo(1_000);
    }

    @Test
    void aNewSpacingAppliesFromTheNextReservation() {
        Pacer pacer = new Pacer(1_000, START);
        pacer.reserve(START, 0);
        pacer.spacing(5_000);

        assertThat(pacer.reserve(START, 100_000)).isEqualTo(1_000);
        assertThat(pacer.reserve(START, 100_000)).isEqualTo(6_000);
    }

    @Test
    void aSpacingBelowOneNanosecondIsRefused() {
        assertThatThrownBy(() -> new Pacer(0, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
