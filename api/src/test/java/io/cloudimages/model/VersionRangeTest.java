package io.cloudimages.model;

import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionRangeTest {

    private static boolean accepts(String range, String version) {
        return VersionRange.parse(range).contains(Version.of(version));
    }

    @ParameterizedTest(name = "{0} accepts {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "22.04 | 22.04 | true",
            "22.04 | 22.04.3 | true",
            "22.04 | 22.4 | true",
            "22.04 | 22.10 | false",
            "22.04 | 22 | false",
            "22 | 22.10 | true",
            "22 | 2.2 | false",
            "22 | 220.04 | false",
            "2012 | 2012 R2 | true",
            "2012 R2 | 2012 | false",
            "2012 R2 | 2012 R2 | true",
            "11 SP3 | 11 SP3 | true",
            "V10 | V10 SP2 | true",
            ">=20.04,<24 | 20.04 | true",
            ">=20.04,<24 | 23.10 | true",
            ">=20.04,<24 | 24 | false",
            ">=20.04,<24 | 24.04 | false",
            ">=20.04,<24 | 18.04 | false",
            ">=20.04,<24 | 9.10 | false",
            ">= 20.04 , < 24 | 22.04 | true",
            "<=22.04 | 22.04.3 | true",
            "<=22.04 | 22.10 | false",
            ">22 | 22.10 | false",
            ">22 | 23 | true",
            ">22.04 | 22.04.3 | false",
            ">22.04 | 22.10 | true",
            "<24 | 9.10 | true",
            ">=9 | 22.04 | true",
    })
    void versionsAreComparedNumericallySegmentBySegment(String range, String version, boolean accepted) {
        assertThat(accepts(range, version)).isEqualTo(accepted);
    }

    @Test
    void anUnknownVersionOrOneWithoutANumberIsNeverAccepted() {
        assertThat(VersionRange.parse(">=1").contains(null)).isFalse();
        assertThat(VersionRange.parse("<99").contains(Version.of("-"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ubuntu", ">=", "22.04,", ",22", "=22.04", "==22.04", "~22", "22.04 LTS", "22.04-beta",
            ">=20.04;<24", "latest"})
    void textThatIsNeitherAVersionNorARangeIsRefusedSayingWhatIsAllowed(String text) {
        assertThatThrownBy(() -> VersionRange.parse(text))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("22.04");
    }

    @Test
    void aLongTextIsRefused() {
        assertThatThrownBy(() -> VersionRange.parse(">=1,".repeat(60) + "<2"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most");
    }

    @Test
    void rangesWrittenAlikeAreEqualAndPrintAsTheyCanBeWrittenAgain() {
        VersionRange spaced = VersionRange.parse(" >= 20.04 , <24 ");

        assertThat(spaced).isEqualTo(VersionRange.parse(">=20.04,<24")).hasSameHashCodeAs(VersionRange.parse(">=20.04,<24"));
        assertThat(spaced).hasToString(">=20.04,<24");
        assertThat(VersionRange.parse(spaced.toString())).isEqualTo(spaced);
    }
}
