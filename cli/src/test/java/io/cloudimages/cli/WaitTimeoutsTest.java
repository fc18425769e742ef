package io.cloudimages.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code --wait-timeout} is written: hours, minutes and seconds, from a second to a day. */
class WaitTimeoutsTest {

    private final Converters.WaitTimeouts converter = new Converters.WaitTimeouts();

    @ParameterizedTest
    @CsvSource({"90s, PT1M30S", "10m, PT10M", "1h, PT1H", "1h30m, PT1H30M", "1h0m5s, PT1H5S", "24h, PT24H", "1s, PT1S",
            "' 10M ', PT10M"})
    void aWaitIsHoursMinutesAndSeconds(String written, Duration meant) {
        assertThat(converter.convert(written)).isEqualTo(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0s", "0h0m", "24h1s", "1441m", "30m1h", "1.5h", "99999999999s"})
    void aWaitOutOfRangeOrOutOfOrderIsRefused(String written) {
        assertThatThrownBy(() -> converter.convert(written)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("is not a wait from 1s to 24h; write for example 90s, 10m, 1h or 1h30m");
    }

    @ParameterizedTest
    @CsvSource({"PT30M, 30m", "PT1H30M, 1h30m", "PT90S, 1m30s", "PT0S, 0s", "PT1H0M5S, 1h5s"})
    void aWaitIsWrittenBackTheSameWay(Duration duration, String text) {
        assertThat(WaitProgress.text(duration)).isEqualTo(text);
    }
}
