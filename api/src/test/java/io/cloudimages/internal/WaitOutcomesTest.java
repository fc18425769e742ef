package io.cloudimages.internal;

import io.cloudimages.exception.ErrorContext;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WaitOutcomesTest {

    @ParameterizedTest
    @CsvSource({"PT30M, 30m", "PT1H, 1h", "PT1H30M, 1h30m", "PT90S, 1m30s", "PT1.5S, 1.5s", "PT26H, 26h"})
    void durationsAreWrittenAsTheCommandLineWritesThem(Duration duration, String text) {
        assertThat(WaitOutcomes.describe(duration)).isEqualTo(text);
    }

    @Test
    void aLongStateFromTheCloudIsCutInMessages() {
        Image image = Image.builder().provider("p").region("r").id("img-1").name("n").type(ImageType.PRIVATE)
                .state(ImageState.FAILED).rawState("X".repeat(10_000)).build();

        String message = WaitOutcomes.failed(ErrorContext.of("p", null), image).getMessage();

        assertThat(message).contains("X".repeat(64) + "...").doesNotContain("X".repeat(65));
    }
}
