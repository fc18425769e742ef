package io.cloudimages.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "x86_64, X86_64", "AMD64, X86_64", "x64, X86_64",
            "i386, I386", "i686, I386",
            "arm, ARM64", "arm64, ARM64", "aarch64, ARM64", "arm_64, ARM64"})
    void readsTheCloudsWords(String text, Architecture expected) {
        assertThat(Architecture.parse(text)).isEqualTo(expected);
    }

    @Test
    void unrecognisedTextIsUnknownRatherThanAnError() {
        assertThat(Architecture.parse("riscv64")).isEqualTo(Architecture.UNKNOWN);
        assertThat(Architecture.fromName("riscv64")).isEmpty();
        assertThat(Architecture.parse(null)).isEqualTo(Architecture.UNKNOWN);
    }

    @Test
    void idsAreTheLowerCaseOutputNames() {
        assertThat(Architecture.ARM64.id()).isEqualTo("arm64");
        assertThat(Architecture.X86_64.id()).isEqualTo("x86_64");
    }
}
