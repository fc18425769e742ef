package io.cloudimages.testkit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageTimelineTest {

    private static final ImageTimeline IMPORT = ImageTimeline.startingAs("IMPORTING")
            .then(Duration.ofMinutes(3), "NORMAL")
            .thenRemoved(Duration.ofMinutes(2));

    @Test
    void theFirstStateHoldsUntilItsTimeIsUp() {
        assertThat(IMPORT.stateAt(Duration.ZERO)).contains("IMPORTING");
        assertThat(IMPORT.stateAt(Duration.ofMinutes(3).minusMillis(1))).contains("IMPORTING");
    }

    @Test
    void eachLaterStateBeginsWhenThePreviousOneHasLastedItsTime() {
        assertThat(IMPORT.stateAt(Duration.ofMinutes(3))).contains("NORMAL");
        assertThat(IMPORT.stateAt(Duration.ofMinutes(5).minusMillis(1))).contains("NORMAL");
    }

    @Test
    void aRemovedImageHasNoState() {
        assertThat(IMPORT.stateAt(Duration.ofMinutes(5))).isEmpty();
        assertThat(IMPORT.stateAt(Duration.ofDays(1))).isEmpty();
    }

    @Test
    void aRemovedImageTakesNoLaterState() {
        assertThatThrownBy(() -> IMPORT.then(Duration.ofMinutes(1), "NORMAL")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachStepIsANewTimeline() {
        ImageTimeline importing = ImageTimeline.startingAs("IMPORTING");

        importing.then(Duration.ofSeconds(1), "NORMAL");

        assertThat(importing.stateAt(Duration.ofHours(1))).contains("IMPORTING");
    }
}
