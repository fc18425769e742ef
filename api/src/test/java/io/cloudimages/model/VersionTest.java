package io.cloudimages.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionTest {

    @ParameterizedTest(name = "{0} is older than {1}")
    @CsvSource({
            "9.10, 22.04",
            "7, 7.2",
            "7.2, 7.10",
            "14.04, 14.04.1",
            "2012, 2012 R2",
            "2012 R2, 2016",
            "11 SP1, 11 SP3",
            "V10, V11",
            "-, 5",
            "5.8, 5.11",
    })
    void versionsCompareNumerically(String older, String newer) {
        assertThat(Version.of(older)).isLessThan(Version.of(newer));
        assertThat(Version.of(newer)).isGreaterThan(Version.of(older));
    }

    @Test
    void sortingPutsTheNewestUbuntuLast() {
        List<String> sorted = Stream.of("22.04", "9.10", "16.04", "13.04").map(Version::of).sorted().map(Version::toString).toList();

        assertThat(sorted).containsExactly("9.10", "13.04", "16.04", "22.04");
    }

    @Test
    void textIsKeptExactlyAsWritten() {
        assertThat(Version.of("14.04.1").toString()).isEqualTo("14.04.1");
        assertThat(Version.of("V10").numbers()).containsExactly(10L);
        assertThat(Version.of("2012 R2").qualifier()).isEqualTo("R2");
    }

    @ParameterizedTest(name = "{0} lies within {1}")
    @CsvSource({"7.9, 7", "7, 7", "16.04, 16", "11 SP3, 11"})
    void aMoreSpecificVersionLiesWithinALessSpecificOne(String specific, String general) {
        assertThat(Version.of(specific).isWithin(Version.of(general))).isTrue();
    }

    @ParameterizedTest(name = "{0} does not lie within {1}")
    @CsvSource({"7, 7.9", "17, 1", "8.1, 7", "2012, 2012 R2"})
    void aVersionDoesNotLieWithinAnotherBranch(String version, String other) {
        assertThat(Version.of(version).isWithin(Version.of(other))).isFalse();
    }

    @Test
    void equalNumbersWrittenDifferentlyStayDistinctButOrdered() {
        assertThat(Version.of("14.04")).isNotEqualTo(Version.of("14.4"));
        assertThat(Version.of("14.04").compareTo(Version.of("14.4"))).isNotZero();
    }

    @Test
    void blankTextIsRefused() {
        assertThatThrownBy(() -> Version.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void absurdlyLongNumbersDoNotBreakParsing() {
        assertThat(Version.of("99999999999999999999999.1").major()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aVersionOfTwentyThousandNumbersIsReadWithoutOverflowingTheStack() {
        Version version = Version.of("1." .repeat(20_000) + "1");

        assertThat(version.numbers()).hasSize(20_001);
    }

    @Test
    void aLeadingVIsReadOnlyBeforeANumber() {
        assertThat(Version.of("V10").numbers()).containsExactly(10L);
        assertThat(Version.of("vista").numbers()).isEmpty();
        assertThat(Version.of("vista").qualifier()).isEqualTo("vista");
        assertThat(Version.of("7.").qualifier()).isEqualTo(".");
    }

}
