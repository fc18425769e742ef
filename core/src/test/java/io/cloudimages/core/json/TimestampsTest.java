package io.cloudimages.core.json;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    @Test
    void isoTimestampsReadWithEitherUtcSpelling() {
        assertThat(Timestamps.parseIso("2020-09-22T00:00:00Z")).contains(Instant.parse("2020-09-22T00:00:00Z"));
        assertThat(Timestamps.parseIso("2020-09-22T00:00:00+00:00")).contains(Instant.parse("2020-09-22T00:00:00Z"));
    }

    @Test
    void theLegacyApisZonelessTimesAreChinaStandardTime() {
        assertThat(Timestamps.parseLocal("2014-09-27 10:11:00", Timestamps.CHINA_STANDARD_TIME))
                .contains(Instant.parse("2014-09-27T02:11:00Z"));
    }

    @Test
    void unreadableOrMissingTimesAreEmptyRatherThanErrors() {
        assertThat(Timestamps.parseIso("yesterday")).isEmpty();
        assertThat(Timestamps.parseIso(null)).isEmpty();
        assertThat(Timestamps.parseLocal("", Timestamps.CHINA_STANDARD_TIME)).isEmpty();
        assertThat(Timestamps.fromEpochSeconds(0L)).isEmpty();
        assertThat(Timestamps.fromEpochSeconds(1_700_000_000L)).contains(Instant.ofEpochSecond(1_700_000_000L));
    }
}
